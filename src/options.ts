// One options object for every entry point: the analysis settings of each stage with their
// documented defaults, merged from what a caller overrides, and the form a Comparison records.
import type { AlignOptions, ClassifyOptions, ComparisonOptions } from './types.js';
import { defaultAlignOptions } from './align/align.js';
import { linkModel } from './align/link-model.js';
import { defaultClassifyOptions } from './classify/index.js';
import type { FramingOptions } from './framing/index.js';
import type { EventOptions } from './events/index.js';

/** Everything the analysis can be told; display options (width, colour, bidi) live with the views. */
export interface AnalysisOptions {
  align: AlignOptions;
  classify: ClassifyOptions;
  framing: FramingOptions;
  events: EventOptions;
}

/** What a caller may override: any part of any stage's options. */
export interface AnalysisOverrides {
  align?: Partial<Omit<AlignOptions, 'weights'>> & { weights?: Partial<AlignOptions['weights']> };
  classify?: Partial<ClassifyOptions>;
  framing?: FramingOptions;
  events?: EventOptions;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  align: defaultAlignOptions,
  classify: defaultClassifyOptions,
  framing: {},
  events: {},
};

/** The defaults with the caller's overrides, stage by stage. */
export function resolveOptions(overrides: AnalysisOverrides = {}): AnalysisOptions {
  const d = defaultAnalysisOptions;
  return {
    align: { ...d.align, ...overrides.align, weights: { ...d.align.weights, ...overrides.align?.weights } },
    classify: { ...d.classify, ...overrides.classify },
    framing: { ...d.framing, ...overrides.framing },
    events: { ...d.events, ...overrides.events },
  };
}

/** The options as a comparison records them (plain data: no callbacks, no user lexicon text). */
export function recordOptions(options: AnalysisOptions): ComparisonOptions {
  return {
    alignThreshold: options.align.threshold,
    sharedThreshold: options.classify.sharedThreshold,
    align: { ...options.align, weights: { ...options.align.weights }, model: (options.align.model ?? linkModel).id },
    classify: { ...options.classify },
    framing: { extraEntries: options.framing.extraLexicon?.length ?? 0 },
  };
}
