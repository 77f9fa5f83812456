// Building blocks of the Markdown reports: relation badges, links to full texts, list items and
// GitHub tables, all over escaped text.
import type { Relation } from '../types.js';
import { relationName, type ClaimRef, type EventModel } from './event-model.js';
import { escapeMarkdown as md, guardLineStart } from './escape.js';
import { relationSymbol } from './labels.js';

export type Kind = Relation | 'unique';
export const KINDS: readonly Kind[] = ['shared', 'partial', 'conflict', 'unique'];

/** `~ partial`, escaped: symbol and word, never colour alone. */
export function badge(kind: Kind): string {
  return md(`${relationSymbol[kind]} ${relationName[kind]}`);
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

export function outletCell(model: EventModel, i: number): string {
  return `**${md(model.letters[i])}** ${md(model.outlets[i])}`;
}
