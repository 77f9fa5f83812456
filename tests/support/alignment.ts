// Compact views of an alignment for assertions (STYLE lesson 7): claims named by their article's
// letter and the first words of their text.
import type { Comparison } from '../../src/types.js';
import { articleLetter, claimIndex } from '../../src/report/event-model.js';

/** `A:وأشار المسؤول الإسرائيلي` for a claim: letter and first three words. */
export function claimLabel(comparison: Comparison, claimId: string): string {
  const { article, claim } = claimIndex(comparison).get(claimId)!;
  return `${articleLetter(article)}:${claim.text.split(/\s+/).slice(0, 3).join(' ')}`;
}

/** One line per group: `relation | A:... | B:...`, members in order. */
export function formatAlignment(comparison: Comparison): string[] {
  return comparison.groups.map((g) => [g.relation, ...g.members.map((m) => claimLabel(comparison, m))].join(' | '));
}

/** The group holding claims that start with each of the given prefixes, or undefined. */
export function groupWith(comparison: Comparison, ...prefixes: string[]) {
  const index = claimIndex(comparison);
  return comparison.groups.find((g) =>
    prefixes.every((p) => g.members.some((m) => index.get(m)!.claim.text.startsWith(p))),
  );
}

/** Texts of an article's unique claims. */
export function uniqueTexts(comparison: Comparison, articleIndex: number): string[] {
  const index = claimIndex(comparison);
  const id = comparison.articles[articleIndex].id;
  return (comparison.unique[id] ?? []).map((c) => index.get(c)!.claim.text);
}
