// Styled text as the views build it: runs of text with a semantic style, which components map to
// colours (or to nothing, without colour). Markers that carry meaning are part of the text itself.

/** What a run of text is, not how it looks; the theme decides the look. */
export type Tone = 'shared' | 'partial' | 'conflict' | 'unique' | 'removed' | 'added' | 'flag' | 'muted' | 'accent' | 'heading';

export interface SpanStyle {
  tone?: Tone;
  /** A word that differs from the other outlet's claim. */
  changed?: boolean;
  /** A word a framing rule flagged. */
  flagged?: boolean;
  /** Under the cursor. */
  selected?: boolean;
  bold?: boolean;
}

export interface StyledSpan {
  text: string;
  style?: SpanStyle;
  /**
   * A value with a direction of its own inside a line (a figure, a name, a quoted word): printed
   * as a bidi isolate, so `figure: 27 ألفاً و708 = 27708` does not mix the Arabic run with the
   * Latin around it.
   */
  isolate?: boolean;
}

/** A line ready to print: already fitted to its width and, in visual mode, in display order. */
export interface DisplayLine {
  spans: StyledSpan[];
}

export function sameStyle(a: SpanStyle | undefined, b: SpanStyle | undefined): boolean {
  if (a === b) return true;
  const x = a ?? {};
  const y = b ?? {};
  return x.tone === y.tone && !x.changed === !y.changed && !x.flagged === !y.flagged && !x.selected === !y.selected && !x.bold === !y.bold;
}

/** Adjacent runs of the same style merged, empty runs dropped. */
export function mergeSpans(spans: readonly StyledSpan[]): StyledSpan[] {
  const out: StyledSpan[] = [];
  for (const s of spans) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && !last.isolate && !s.isolate && sameStyle(last.style, s.style)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

