// Building blocks of the Markdown reports: status badges, links to full texts, list items and
// GitHub tables, all over escaped text.
import { againstLabels, statusName, statusSymbol, type ClaimRef, type ClaimStatus, type EventModel } from './event-model.js';
import { escapeMarkdown as md, guardLineStart } from './escape.js';

/** `~ partial`, escaped: symbol and word, never colour alone. */
export function badge(status: ClaimStatus): string {
  return md(`${statusSymbol[status]} ${statusName[status]}`);
}

/** A claim's own status and whom it conflicts with: `! conflicting with B3`. */
export function memberStatusMd(model: EventModel, ref: ClaimRef): string {
  const against = againstLabels(model, ref);
  return `${badge(ref.status)}${against.length > 0 ? ` with ${md(against.join(', '))}` : ''}`;
}

/** A claim's label and status symbol, `B3!`, linked to its article's full text. */
export function claimMarkMd(ref: ClaimRef): string {
  return `[${ref.label}${md(statusSymbol[ref.status])}](${fullTextSlug(ref.letter)})`;
}

/** GitHub's anchor for the heading `Full text of article A`, which the quotes link to. */
export function fullTextSlug(letter: string): string {
  return `#full-text-of-article-${letter.toLowerCase()}`;
}

export function claimLink(ref: ClaimRef): string {
  return `[${ref.label}](${fullTextSlug(ref.letter)})`;
}

/** A list item; its content cannot open a nested list or heading. */
export function item(content: string): string {
  return `- ${guardLineStart(content)}`;
}

export function tableMd(head: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string {
  const align = head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** `**A** Al Arabiya`, or `**A**` alone for an unknown outlet (its file name is in the list of articles). */
export function outletCell(model: EventModel, i: number): string {
  return model.named[i] ? `**${md(model.letters[i])}** ${md(model.outlets[i])}` : `**${md(model.letters[i])}**`;
}
