// The parts of a report `--only` narrows it to, apart from the key findings: the command line lists them at start-up.

/** The parts of a report `--only` narrows it to. */
export const ONLY_PARTS = ['conflicts', 'figures', 'omissions', 'framing'] as const;
export type OnlyPart = (typeof ONLY_PARTS)[number];
