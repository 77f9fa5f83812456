// Building blocks of the HTML reports: the self-contained page shell, direction attributes for
// untrusted text, quoted claims and marked word diffs. Every untrusted string passes escapeHtml.
import type { DiffPart, Language } from '../types.js';
import { escapeHtml, readableUrl, safeUrl } from './escape.js';
import { againstLabels, statusName, statusSymbol, type ClaimRef, type ClaimStatus, type EventModel } from './event-model.js';
import { reportCss } from './html-style.js';

export const esc = escapeHtml;

/**
 * The page allows nothing but its own inline style: no script, no fetch, no image from the
 * network, so even a missed escape could neither run code nor call out.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A complete, self-contained HTML document; the chrome is English, left to right. */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="claimdiff">',
    `<title>${esc(title)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Language and direction of a block of article text: Arabic is right to left whatever its first
 * letter is (a line may open with a Latin name); text of unknown language takes the direction of
 * its first strong letter.
 */
export function textAttrs(language: Language): string {
  if (language === 'ar') return ' lang="ar" dir="rtl"';
  if (language === 'en') return ' lang="en" dir="ltr"';
  return ' dir="auto"';
}

/** An untrusted inline string (outlet, title, term) isolated so it cannot reorder its neighbours. */
export function bdi(text: string, language?: Language): string {
  return language ? `<bdi${textAttrs(language)}>${esc(text)}</bdi>` : `<bdi>${esc(text)}</bdi>`;
}

/** A run of Arabic-script text with the figures before, inside and after it (`27 ألفاً و708`). */
const RTL_RUN = /(?:[0-9\u0660-\u0669][0-9\u0660-\u0669.,]*\s+)?[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF](?:[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF0-9\u0660-\u0669.,\s]*[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF0-9\u0660-\u0669])?/g;

/**
 * An English sentence that quotes Arabic (a figure verdict: `compatible amounts: 27 ألفاً و708 (Outlet 003)`):
 * each Arabic run isolated right to left with its figures, so `27 ... 708` keeps its Arabic reading order
 * instead of the figures drifting apart around it.
 */
export function bdiMixed(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(RTL_RUN)) {
    out += esc(text.slice(last, m.index)) + `<bdi dir="rtl">${esc(m[0])}</bdi>`;
    last = m.index + m[0].length;
  }
  return `<bdi>${out}${esc(text.slice(last))}</bdi>`;
}

/** A status badge: symbol and word, never colour alone. */
export function statusBadge(status: ClaimStatus): string {
  return `<span class="rel rel-${status}">${esc(statusSymbol[status])} ${esc(statusName[status])}</span>`;
}

/** A claim's own status, and whom it conflicts with: `! conflicting with B3`. */
export function memberStatus(model: EventModel, ref: ClaimRef): string {
  const against = againstLabels(model, ref);
  return `<span class="member-status">${statusBadge(ref.status)}${against.length > 0 ? ` with ${esc(against.join(', '))}` : ''}</span>`;
}

/** A claim's label and status symbol, `B3!`, as a link to the claim in its article's full text. */
export function claimMark(ref: ClaimRef): string {
  return `<a class="claim-mark rel-${ref.status}" href="#${ref.anchor}" title="${esc(`${ref.label}: ${statusName[ref.status]}`)}">${esc(ref.label)}${esc(statusSymbol[ref.status])}</a>`;
}

/** The article letter as a badge, with the outlet for screen readers and tooltips. */
export function letterBadge(model: EventModel, article: number): string {
  return `<span class="letter" title="${esc(model.outlets[article])}">${esc(model.letters[article])}</span>`;
}

/** The letter badge and, when the outlet is known, its name (an unknown outlet's file name is shown once, in the list of outlets). */
export function outletHtml(model: EventModel, article: number): string {
  return model.named[article] ? `${letterBadge(model, article)} ${bdi(model.outlets[article])}` : letterBadge(model, article);
}

/** A link to a claim in its article's full text. */
export function claimLink(ref: ClaimRef, text = ref.label): string {
  return `<a href="#${ref.anchor}">${esc(text)}</a>`;
}

/** A claim quoted exactly, with its outlet and a link to its place in the full text. */
export function quotedClaim(model: EventModel, ref: ClaimRef): string {
  const article = model.comparison.articles[ref.article];
  return (
    `<figure class="side">` +
    `<figcaption>${outletHtml(model, ref.article)} · ${claimLink(ref, `${ref.label} in the full text`)} · ${memberStatus(model, ref)}</figcaption>` +
    `<blockquote${textAttrs(article.language)}>${esc(ref.claim.text)}</blockquote>` +
    `</figure>`
  );
}

/**
 * A word diff of two claims: kept words plain, words only in the first struck through, words
 * only in the second underlined; each change also names its side, for readers and screen readers.
 */
export function diffHtml(parts: readonly DiffPart[], a: string, b: string, language: Language): string {
  const html = parts
    .map((p) => {
      const text = esc(p.text.trim());
      if (p.op === '=') return text;
      const [tag, who] = p.op === '-' ? ['del', a] : ['ins', b];
      return `<${tag} title="only in ${esc(who)}"><span class="vh">[only in ${esc(who)}: </span>${text}<span class="vh">]</span><sup aria-hidden="true">${esc(who)}</sup></${tag}>`;
    })
    .join(' ');
  return `<p class="diff"${textAttrs(language)}>${html}</p>`;
}

/** A link to an article's own page when the address is http(s); otherwise nothing. */
export function externalLink(url: string | null): string {
  const safe = safeUrl(url);
  // The text is isolated left to right: a decoded Arabic path must not reorder the address around it.
  return safe ? `<a class="external" href="${esc(safe)}" rel="noopener noreferrer nofollow" dir="ltr">${esc(readableUrl(safe))}</a>` : '';
}

/**
 * A table of plain rows: the first cell of each row is its header. Each cell carries its column
 * name, which narrow screens show when they stack the table into one card per row.
 */
export function table(caption: string, head: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  // The head cells are HTML already escaped: without their tags they are safe attribute text.
  const labels = head.map((h) => h.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;').trim());
  const label = (i: number) => (labels[i] ? ` data-label="${labels[i]}"` : '');
  return (
    `<div class="table-wrap"><table><caption>${caption}</caption>` +
    `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${cls(i)}${label(i)}>${c}</td>`)).join('')}</tr>`).join('') +
    `</tbody></table></div>`
  );
}

/** The HTML id of a group's section. */
export function groupAnchor(model: EventModel, groupId: string): string {
  return model.groupAnchors.get(groupId) ?? 'groups';
}
