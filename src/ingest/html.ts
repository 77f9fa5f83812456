// Extracts an article from an HTML page: Readability finds the article over a linkedom
// document, block elements become line breaks, and the page's meta tags give the metadata.
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
  // An article has at least one sentence; a page of links (navigation, a home page) has none.
  if (!text.split('\n').some((line) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_SENTENCE_WORDS)) return null;
  return {
    text,
    captions,
    fields: {
      title: parsed.title?.trim() || meta.title,
      outlet: meta.outlet ?? parsed.siteName ?? null,
      date: meta.date ?? parsed.publishedTime ?? null,
      url: meta.url,
    },
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
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') return flush();
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'figcaption') captionDepth += 1;
    for (let i = 0; i < node.childNodes.length; i += 1) walk(node.childNodes[i]);
    if (block) flush();
    if (name === 'figcaption') captionDepth -= 1;
  };
  walk(root);
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
