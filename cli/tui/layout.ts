// From untrusted styled text to printable lines: sanitize, split paragraphs, wrap in logical order
// by display width, then (visual mode) shape, reorder each line and right-align RTL paragraphs.
import { paragraphDirection, visualSpans, type BidiMode, type Direction } from './bidi.js';
import { DIRECTION_MARKS, FSI, PDI, sanitizeText } from './sanitize.js';
import { shapeArabic } from './shape.js';
import { mergeSpans, type DisplayLine, type SpanStyle, type StyledSpan } from './styled.js';
import { padSpans, truncateSpans, wrapSpans } from './wrap.js';

/** How text is printed: display options, apart from what is printed. */
export interface TextOptions {
  bidi: BidiMode;
  /** Arabic presentation forms (visual mode only). */
  shape?: boolean;
}

export interface BlockOptions extends TextOptions {
  width: number;
  /** Force a direction instead of reading it from each paragraph. */
  direction?: Direction;
  /** Style of the padding, so a selected row is highlighted to its end. */
  padStyle?: SpanStyle;
}

/** The runs split at newlines, sanitized; isolated values wrapped in FSI ... PDI after sanitizing. */
export function splitParagraphs(spans: readonly StyledSpan[]): StyledSpan[][] {
  const paragraphs: StyledSpan[][] = [[]];
  for (const s of spans) {
    const parts = sanitizeText(s.text).split('\n');
    parts.forEach((part, k) => {
      if (k > 0) paragraphs.push([]);
      if (!part) return;
      const text = s.isolate ? `${FSI}${part}${PDI}` : part;
      paragraphs[paragraphs.length - 1].push(s.style ? { text, style: s.style } : { text });
    });
  }
  return paragraphs;
}

/**
 * A wrapped line in display order: shaped and reordered in visual mode, as stored in logical mode.
 * Invisible direction controls are dropped in both: many terminals give them a cell (tmux shows
 * U+2068), which would break the columns.
 */
function displayOrder(line: StyledSpan[], direction: Direction, opts: TextOptions): StyledSpan[] {
  if (opts.bidi === 'logical') return mergeSpans(line.map((s) => ({ ...s, text: s.text.replace(DIRECTION_MARKS, '') })));
  const shaped = opts.shape ? line.map((s) => ({ ...s, text: shapeArabic(s.text) })) : line;
  return visualSpans(shaped, direction);
}

/** Text of several paragraphs wrapped to the width, every line padded to exactly `width` columns. */
export function layoutText(spans: readonly StyledSpan[], opts: BlockOptions): DisplayLine[] {
  const out: DisplayLine[] = [];
  for (const paragraph of splitParagraphs(spans)) {
    const direction = opts.direction ?? paragraphDirection(paragraph.map((s) => s.text).join(''));
    const align = direction === 'rtl' && opts.bidi === 'visual' ? 'right' : 'left';
    for (const line of wrapSpans(paragraph, opts.width)) {
      out.push({ spans: padSpans(displayOrder(line, direction, opts), opts.width, align, opts.padStyle) });
    }
  }
  return out;
}

/** One line cut to the width (the logical start is kept), in display order, padded to `width`. */
export function fitLine(spans: readonly StyledSpan[], opts: BlockOptions & { align?: 'auto' | 'left' | 'right' }): DisplayLine {
  const flat = splitParagraphs(spans).flatMap((p, k) => (k === 0 ? p : [{ text: ' ' }, ...p]));
  const direction = opts.direction ?? paragraphDirection(flat.map((s) => s.text).join(''));
  const align = opts.align === 'left' || opts.align === 'right' ? opts.align : direction === 'rtl' && opts.bidi === 'visual' ? 'right' : 'left';
  const cut = truncateSpans(flat, opts.width);
  return { spans: padSpans(displayOrder(cut, direction, opts), opts.width, align, opts.padStyle) };
}

/** Display lines side by side: columns of the given widths, separated by `gap`. */
export function besideLines(columns: ReadonlyArray<{ lines: readonly DisplayLine[]; width: number }>, gap = ' │ '): DisplayLine[] {
  const height = Math.max(0, ...columns.map((c) => c.lines.length));
  const out: DisplayLine[] = [];
  for (let row = 0; row < height; row += 1) {
    const spans: StyledSpan[] = [];
    columns.forEach((c, k) => {
      if (k > 0) spans.push({ text: gap, style: { tone: 'muted' } });
      spans.push(...(c.lines[row]?.spans ?? [{ text: ' '.repeat(c.width) }]));
    });
    out.push({ spans });
  }
  return out;
}
