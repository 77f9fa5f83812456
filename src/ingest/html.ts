// Extracts an article from an HTML page: Readability finds the article over a linkedom
// document, block elements become line breaks, and the page's meta tags give the metadata. A page
// nested too deep for that (Readability's cost grows with the cube of the depth) is read as text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Span } from '../types.js';
import type { RecordFields } from './metadata.js';

/** The few DOM members the extraction uses (the project compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  title: string;
  querySelector(selector: string): DomElement | null;
}

export interface HtmlArticle {
  /** The article's text: one line per block element. */
  text: string;
  /** Figure captions in the text, which are not the article's statements. */
  captions: Span[];
  fields: RecordFields;
  /** How the page was read when not the usual way (too deeply nested for Readability). */
  notices: string[];
}

/**
 * Deepest element nesting read with Readability. News pages nest 20 to 60 deep; Readability takes
 * 2 s on a page nested 500 deep and 13 s at 1,000, and linkedom slows past 50,000.
 */
export const MAX_HTML_DEPTH = 200;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
// `[^<>]`, not `[^>]`: an unclosed `<` must not make every later match scan to the end of the page.
const TAG = /<(\/?)([a-zA-Z!][^\s/<>]*)[^<>]*?(\/?)>/g;

/** How deep the page's elements nest, read from its tags in one pass (no DOM is built). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID_ELEMENTS.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, (depth += 1));
  }
  return max;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Words of the longest line below which a page has no article. */
const MIN_SENTENCE_WORDS = 6;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'iframe']);

/** Extracts the article of a page; null when the page has no article text. */
export function extractHtml(html: string): HtmlArticle | null {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) return flatPage(html, depth);
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Read the meta tags first: Readability rewrites the document it is given.
  const meta = readMeta(document);
  let parsed: { title?: string | null; content?: DomNode | null; siteName?: string | null; publishedTime?: string | null } | null;
  try {
    parsed = new Readability(document as never, { serializer: (node: unknown) => node as DomNode }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return null;
  const { text, captions } = blockText(parsed.content);
  if (!hasSentence(text)) return null;
  return {
    text,
    captions,
    fields: {
      title: parsed.title?.trim() || meta.title,
      outlet: meta.outlet ?? parsed.siteName ?? null,
      date: meta.date ?? parsed.publishedTime ?? null,
      url: meta.url,
    },
    notices: [],
  };
}

/** An article has at least one sentence; a page of links (navigation, a home page) has none. */
function hasSentence(text: string): boolean {
  return text.split('\n').some((line) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_SENTENCE_WORDS);
}

const SKIPPED_OPEN = new RegExp(`<(${[...SKIPPED].join('|')})\\b|<!--`, 'gi');
const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCKS].join('|')}|br)\\b[^<>]*>`, 'gi');

/** Where `</name` next stands after `from` (any case), or -1. */
function closingTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}\\b`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** The page without comments and the content of skipped elements, in one pass (an unclosed one runs to the end). */
function dropSkipped(html: string): string {
  const parts: string[] = [];
  let at = 0;
  SKIPPED_OPEN.lastIndex = 0;
  for (let m = SKIPPED_OPEN.exec(html); m !== null; m = SKIPPED_OPEN.exec(html)) {
    parts.push(html.slice(at, m.index), ' ');
    const close = m[1] ? closingTag(html, m[1], m.index) : html.indexOf('-->', m.index);
    if (close === -1) return parts.join('');
    at = m[1] ? html.indexOf('>', close) + 1 || html.length : close + 3;
    SKIPPED_OPEN.lastIndex = at;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * A page too deeply nested for a DOM: scripts, styles and comments dropped, block tags made line
 * breaks, other tags removed, entities decoded by linkedom on the flat text. The metadata comes
 * from the head, read as a document of its own when it is shallow.
 */
function flatPage(html: string, depth: number): HtmlArticle | null {
  const headEnd = html.search(/<\/head\s*>|<body\b/i);
  const head = headEnd > 0 ? html.slice(0, headEnd) : '';
  const meta = head && nestingDepth(head) <= MAX_HTML_DEPTH ? readMeta((parseHTML(`${head}</head><body></body></html>`) as unknown as { document: DomDocument }).document) : null;
  const body = dropSkipped(headEnd > 0 ? html.slice(headEnd) : html).replace(BLOCK_TAG, '\n').replace(/<[^<>]*>/g, ' ');
  // Tags are gone, so the flat text parses without nesting; its text nodes decode the entities.
  const { document } = parseHTML(`<html><body><pre>${body.replace(/</g, '&lt;')}</pre></body></html>`) as unknown as { document: { body: DomNode } };
  const text = (document.body.textContent ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  if (!hasSentence(text)) return null;
  return {
    text,
    captions: [],
    fields: meta ?? {},
    notices: [`the page nests elements ${depth} deep (more than ${MAX_HTML_DEPTH}): read as plain text, so menus and links may remain; save the article text as .txt for a cleaner result`],
  };
}

function attr(document: DomDocument, selector: string, name = 'content'): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function first(...values: Array<string | null>): string | null {
  return values.find((v) => v !== null) ?? null;
}

function readMeta(document: DomDocument): Required<RecordFields> {
  return {
    title: first(attr(document, 'meta[property="og:title"]'), document.title?.trim() || null),
    outlet: first(
      attr(document, 'meta[property="og:site_name"]'),
      attr(document, 'meta[name="application-name"]'),
      attr(document, 'meta[name="publisher"]'),
    ),
    date: first(
      attr(document, 'meta[property="article:published_time"]'),
      attr(document, 'time[datetime]', 'datetime'),
      attr(document, 'meta[itemprop="datePublished"]'),
      attr(document, 'meta[name="date"]'),
      attr(document, 'meta[name="pubdate"]'),
      attr(document, 'meta[name="publishdate"]'),
      attr(document, 'meta[name="dc.date"]'),
      attr(document, 'meta[name="DC.date.issued"]'),
    ),
    url: first(attr(document, 'link[rel="canonical"]', 'href'), attr(document, 'meta[property="og:url"]')),
    byline: first(attr(document, 'meta[name="author"]'), attr(document, 'meta[property="article:author"]'), attr(document, 'meta[name="byl"]')),
  };
}

/** The text of a node with a line per block element, and the spans of its figure captions. */
function blockText(root: DomNode): { text: string; captions: Span[] } {
  const lines: Array<{ text: string; caption: boolean }> = [];
  let current = '';
  let captionDepth = 0;
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push({ text: line, caption: captionDepth > 0 });
    current = '';
  };
  // An explicit stack, not recursion: a page's nesting must not decide whether the stack holds.
  const stack: Array<{ node: DomNode; leave: boolean }> = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    const name = node.nodeType === 1 ? node.nodeName.toLowerCase() : '';
    if (leave) {
      if (BLOCKS.has(name)) flush();
      if (name === 'figcaption') captionDepth -= 1;
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (name === 'figcaption') captionDepth += 1;
    stack.push({ node, leave: true });
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i], leave: false });
  }
  flush();
  let text = '';
  const captions: Span[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    if (line.caption) captions.push({ start: text.length, end: text.length + line.text.length, text: line.text });
    text += line.text;
  }
  return { text, captions };
}
