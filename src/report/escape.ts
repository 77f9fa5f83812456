// Makes untrusted article text inert in HTML and Markdown: escaped, stripped of the controls
// that could reorder the report around it, and kept off dangerous link schemes.
import { removeControls } from '../text/controls.js';

/**
 * The text without terminal escape sequences (whole: `ESC]52;c;…BEL` leaves no `52;c;…` behind),
 * control characters other than tab and line breaks, and bidi embedding, override and isolate
 * controls (an unterminated override would reverse the report's own text after it). Marks (LRM,
 * RLM, ALM) only act on their neighbours and are kept. The definition is src/text/controls.ts.
 */
export function stripControls(text: string): string {
  return removeControls(text);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Characters with a meaning in GitHub Markdown inline text. CommonMark renders a backslash
 * before any ASCII punctuation as that character alone, so escaping too much is harmless; these
 * are the ones that start markup mid-line (`(` and `!` only act after an escaped `[`). `&` is
 * escaped so an entity in an article shows as written; `$` because GitHub renders math.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&$]/g;

/**
 * Text safe inside a line of Markdown: whitespace runs collapsed to one space (kept at the
 * ends, so pieces can be joined) and every markup character escaped.
 */
export function escapeMarkdownInline(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * A line of Markdown that cannot open a block: `-`, `+` or `=` would start a list or underline
 * a heading, `1.` an ordered list. Apply it where text begins a line (a paragraph, a quote).
 */
export function guardLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text safe as one line of Markdown inline content (a table cell, a list item after its
 * marker): every markup character escaped, so it renders as the exact words and nothing else.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text).trim();
}

/** The text clipped to about `max` characters at a word boundary, whitespace collapsed. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The URL when it is an http(s) address, else null: a `javascript:` or `data:` link from an
 * article's metadata must never become a clickable link in a report.
 */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  const clean = stripControls(url).trim();
  if (/[\s<>"'`]/.test(clean)) return null;
  try {
    const parsed = new URL(clean);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A safe URL as a reader reads it: percent-escapes decoded (`/ar/20180503-الهند-عواصف`), with any
 * control or direction character that decoding brings back removed again; the URL itself when it
 * does not decode. Only for display: links keep the encoded form.
 */
export function readableUrl(safe: string): string {
  try {
    return stripControls(decodeURI(safe));
  } catch {
    return safe;
  }
}

/**
 * A file name made from an untrusted id or title: letters, digits, `.`, `_` and `-` only, no
 * leading dot (so no `..` and no hidden file), at most `max` characters; `fallback` when nothing is left.
 */
export function safeFileName(name: string, max = 60, fallback = 'report'): string {
  const cleaned = stripControls(name)
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/[-.]*-[-.]*/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '')
    .slice(0, max)
    .replace(/[.-]+$/, '');
  // Windows device names cannot be file names whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned)) return `${fallback}-${cleaned}`;
  return cleaned || fallback;
}
