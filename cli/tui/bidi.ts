// Right-to-left text for terminals that print cells left to right without reordering (xterm, tmux,
// Windows Terminal, kitty ...): each wrapped line is reordered with the Unicode Bidirectional
// Algorithm (bidi-js), keeping grapheme clusters whole and mirroring brackets. Data stays in
// logical order; only what is printed is reordered, one line at a time, after wrapping.
import bidiImport, { type Bidi } from 'bidi-js';
import { DIRECTION_MARKS } from './sanitize.js';
import { mergeSpans, type StyledSpan } from './styled.js';

// bidi-js is a UMD module: at run time the default import is the factory itself, although its
// typings describe an ES default export.
const bidiFactory = ((bidiImport as unknown as { default?: () => Bidi }).default ?? bidiImport) as unknown as () => Bidi;
const bidi: Bidi = bidiFactory();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export type Direction = 'ltr' | 'rtl';

/** `visual`: reorder for terminals without bidi; `logical`: print as stored, the terminal reorders. */
export type BidiMode = 'visual' | 'logical';

/** The direction of a paragraph: that of its first strong character (UAX #9 rules P2-P3), else LTR. */
export function paragraphDirection(text: string): Direction {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return 'ltr';
}

/** True when the text holds a right-to-left letter, so reordering can change it. */
function hasRtl(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/.test(text);
}

/**
 * One line of styled runs in display order for a paragraph of direction `base`: embedding levels
 * resolved, runs reversed level by level, mirrored characters swapped, grapheme clusters kept in
 * logical order inside, implicit direction marks dropped once they have done their work.
 */
export function visualSpans(spans: readonly StyledSpan[], base: Direction): StyledSpan[] {
  const text = spans.map((s) => s.text).join('');
  if (base === 'ltr' && !hasRtl(text)) return mergeSpans(spans.map((s) => ({ ...s, text: s.text.replace(DIRECTION_MARKS, '') })));
  // Style and grapheme cluster of every UTF-16 unit.
  const styleOf: Array<StyledSpan['style']> = [];
  for (const s of spans) for (let i = 0; i < s.text.length; i += 1) styleOf.push(s.style);
  const clusterOf = new Int32Array(text.length);
  const clusterStart: number[] = [];
  for (const { index, segment } of graphemes.segment(text)) {
    clusterOf.fill(clusterStart.length, index, index + segment.length);
    clusterStart.push(index);
  }
  const levels = bidi.getEmbeddingLevels(text, base);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const order = bidi.getReorderedIndices(text, levels);
  const out: StyledSpan[] = [];
  let i = 0;
  while (i < order.length) {
    // The units of one cluster are adjacent in display order (reversed when right-to-left): emit the
    // cluster once, in logical order, so that marks follow their letter.
    const cluster = clusterOf[order[i]];
    let j = i;
    while (j < order.length && clusterOf[order[j]] === cluster) j += 1;
    const units = order.slice(i, j).sort((a, b) => a - b);
    const chars = units.map((u) => mirrored.get(u) ?? text[u]).join('').replace(DIRECTION_MARKS, '');
    const style = styleOf[units[0]];
    if (chars) out.push(style ? { text: chars, style } : { text: chars });
    i = j;
  }
  return mergeSpans(out);
}

/** One line of text in display order for a paragraph of direction `base`. */
export function visualLine(line: string, base: Direction): string {
  return visualSpans([{ text: line }], base)
    .map((s) => s.text)
    .join('');
}
