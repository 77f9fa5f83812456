// Applying a review to the India sandstorm comparison: the reviewer's decisions sit beside the
// engine's (which stay as they were), groups are confirmed, set aside, corrected, split and merged,
// flags and figures take their marks, and entries whose item is gone are listed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, ReviewFile } from '../../src/types.js';
import { applyReview, claimTarget, emptyReview, figureTarget, flagTarget, groupTarget, markPair, pairTarget, setNote, setQuantity, setRelation, toggleVerdict, type Reviewer } from '../../src/review/index.js';
import { agraGroup, claimWith, partsGroup, sandstorm, tollGroup } from './fixture.js';

const who: Reviewer = { by: 'desk', at: '2026-01-05T10:00:00Z' };
let comparison: Comparison;

beforeAll(async () => {
  comparison = (await sandstorm()).comparisons[0];
});

/** A group's review in one line: `relation(engine -> reviewer) verdict members`. */
function groupLine(c: Comparison, id: string): string {
  const g = [...c.groups, ...(c.review?.groups ?? [])].find((x) => x.id === id)!;
  const r = g.review;
  if (!r) return `${g.relation} untouched`;
  const letter = (claim: string) => 'ABC'[c.articles.findIndex((a) => claim.startsWith(`${a.id}:`))];
  const status = r.status.map((s) => `${letter(s.claim)}${s.relation === 'conflict' ? '!' : s.relation === 'partial' ? '~' : '='}`).join(' ');
  return `${g.relation} -> ${r.relation ?? 'set aside'} ${r.verdict ?? '-'} [${status}]${r.split.length ? ` split ${r.split.map(([a, b]) => `${letter(a)}/${letter(b)}`).join(',')}` : ''}`;
}

describe('applyReview', () => {
  it('leaves the comparison as the engine made it when the review is empty, and says nothing was reviewed', () => {
    const reviewed = applyReview(comparison, emptyReview());
    expect(reviewed.groups).toEqual(comparison.groups);
    expect(reviewed.review?.groups).toEqual([]);
    expect(reviewed.review?.unique).toEqual(comparison.unique);
    expect(reviewed.review?.summary.items.group).toEqual({ total: comparison.groups.length, reviewed: 0 });
    expect(reviewed.review?.unmatched).toEqual([]);
  });

  it.each([
    // C's 77 (08:09) is the toll 116 (17:02) raises: C is partial, A's 95 and B's 116 still conflict.
    ['confirm the toll conflict', (c: Comparison, r: ReviewFile) => toggleVerdict(r, groupTarget(c, tollGroup(c)), 'confirmed', who), tollGroup, 'conflict -> conflict confirmed [A! B! C~]'],
    ['dispute the state tolls', (c: Comparison, r: ReviewFile) => toggleVerdict(r, groupTarget(c, partsGroup(c)), 'disputed', who), partsGroup, 'partial -> set aside disputed []'],
    ['correct the toll conflict to partial', (c: Comparison, r: ReviewFile) => setRelation(toggleVerdict(r, groupTarget(c, tollGroup(c)), 'disputed', who), groupTarget(c, tollGroup(c)), 'partial', who), tollGroup, 'conflict -> partial disputed [A~ B~ C~]'],
    [
      'split the two Agra figures of B and C',
      (c: Comparison, r: ReviewFile) => markPair(r, pairTarget(claimWith(c, /أكثر من 40 شخصا/), claimWith(c, /أكثر من 30 شخصا/)), false, who),
      agraGroup,
      // 43, more than 40, more than 30 dead: the relation model reads them as compatible (partial).
      'partial -> partial - [A~ B~ C~] split B/C',
    ],
  ])('%s', (_, edit, group, line) => {
    const reviewed = applyReview(comparison, edit(comparison, emptyReview()));
    expect(groupLine(reviewed, group(comparison).id)).toBe(line);
    // The engine's own fields stay.
    const engine = reviewed.groups.find((g) => g.id === group(comparison).id)!;
    expect({ ...engine, review: undefined }).toEqual({ ...group(comparison), review: undefined });
  });

  it('counts a claim of a set-aside group as reported by one outlet when no other group holds it', () => {
    const parts = partsGroup(comparison);
    const reviewed = applyReview(comparison, toggleVerdict(emptyReview(), groupTarget(comparison, parts), 'disputed', who));
    const sixtyFive = claimWith(comparison, /مقتل 65 شخصا/);
    expect(comparison.unique[sixtyFive.articleId]).not.toContain(sixtyFive.id);
    expect(reviewed.review?.unique[sixtyFive.articleId]).toContain(sixtyFive.id);
    // 95 dead (A) sits in other groups too: it stays grouped.
    const ninetyFive = claimWith(comparison, /نحو 95 شخصا مصرعهم/);
    expect(reviewed.review?.unique[ninetyFive.articleId]).not.toContain(ninetyFive.id);
  });

  it('makes a group of two claims the reviewer merged, with their relation, and takes them off the unique lists', () => {
    const hundred = claimWith(comparison, /100/, 'BB');
    const unique = Object.values(comparison.unique).flat();
    const other = claimWith(comparison, /./, 'FR');
    const fr = comparison.unique[other.articleId][0];
    expect(unique).toContain(hundred.id);
    const claims = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
    let review = markPair(emptyReview(), pairTarget(hundred, claims.get(fr)!), true, who);
    review = setRelation(review, pairTarget(hundred, claims.get(fr)!), 'conflict', who);
    const reviewed = applyReview(comparison, review);
    expect(reviewed.review?.groups).toHaveLength(1);
    const made = reviewed.review!.groups[0];
    expect(made.id).toMatch(/^r[0-9a-f]{8}$/);
    expect(made.members).toEqual([hundred.id, fr]);
    expect(made.review).toMatchObject({ origin: 'reviewer', relation: 'conflict', by: 'desk' });
    expect(made.status.map((s) => s.against)).toEqual([[fr], [hundred.id]]);
    expect(Object.values(reviewed.review!.unique).flat()).not.toContain(hundred.id);
    expect(Object.values(reviewed.review!.unique).flat()).not.toContain(fr);
    expect(reviewed.review?.summary.items.group).toEqual({ total: comparison.groups.length + 1, reviewed: 1 });
  });

  it('a merge the reviewer gave no relation takes it from the figures table: rival tolls make a conflict, one toll a shared fact', () => {
    const killed = comparison.figures!.find((f) => f.quantity === 'killed' && f.relation === 'conflict')!;
    const together = (a: string, b: string) => comparison.groups.some((g) => g.members.includes(a) && g.members.includes(b));
    const pick = (differ: boolean) =>
      killed.values.flatMap((x) => killed.values.map((y) => [x, y] as const)).find(([x, y]) =>
        x.article < y.article && !together(x.claim, y.claim) && (x.value !== y.value) === differ && x.value !== null && y.value !== null);
    const claims = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
    const rival = pick(true)!;
    expect(rival).toBeDefined();
    const reviewed = applyReview(comparison, markPair(emptyReview(), pairTarget(claims.get(rival[0].claim)!, claims.get(rival[1].claim)!), true, who));
    expect(reviewed.review!.groups.map((g) => `${g.relation} ${g.members.length}`)).toEqual(['conflict 2']);
    // Two claims of different facts with no figure in common stay a plain merge: shared.
    const [x, y] = [claimWith(comparison, /أغرا/, 'BB'), claimWith(comparison, /./, 'FR')];
    const plain = applyReview(comparison, markPair(emptyReview(), pairTarget(x, y), true, who));
    expect(plain.review!.groups.map((g) => g.relation)).toEqual(['shared']);
  });

  it('marks flags, figures and claims, with the note, who and when', () => {
    const profile = comparison.framing!.profiles[0];
    const flag = profile.flags.find((f) => f.category === 'agency')!;
    const killed = comparison.figures!.find((f) => f.quantity === 'killed' && f.relation === 'conflict')!;
    const only = claimWith(comparison, /100/, 'BB');
    let review = toggleVerdict(emptyReview(), flagTarget(profile.articleId, flag), 'dismissed', who);
    review = setQuantity(review, figureTarget(killed), 'wounded', who);
    review = setNote(review, figureTarget(killed), 'B counts the wounded', who);
    review = toggleVerdict(review, claimTarget(only), 'confirmed', who);
    const reviewed = applyReview(comparison, review);
    expect(reviewed.framing!.profiles[0].flags.find((f) => f.id === flag.id)?.review).toEqual({ verdict: 'dismissed', note: null, by: 'desk', at: who.at });
    expect(reviewed.figures!.find((f) => f.id === killed.id)?.review).toEqual({ verdict: null, note: 'B counts the wounded', by: 'desk', at: who.at, quantity: 'wounded' });
    expect(reviewed.articles.flatMap((a) => a.claims).find((c) => c.id === only.id)?.review?.verdict).toBe('confirmed');
    const s = reviewed.review!.summary;
    expect([s.items.flag.reviewed, s.items.figure.reviewed, s.items.claim.reviewed, s.dismissed, s.confirmed, s.corrected, s.notes]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('lists an entry about these articles whose item is gone, and not one about other articles', () => {
    const target = groupTarget(comparison, tollGroup(comparison));
    let review = toggleVerdict(emptyReview(), { ...target, id: 'g00000000' }, 'confirmed', who);
    review = toggleVerdict(review, { ...target, id: 'g11111111', articles: ['another-article'] }, 'confirmed', who);
    const reviewed = applyReview(comparison, review);
    expect(reviewed.review?.unmatched.map((u) => u.id)).toEqual(['g00000000']);
    expect(reviewed.review?.unmatched[0].entry.engine?.text).toMatch(/نحو 95 شخصا/);
  });
});

describe('review edits', () => {
  it('takes a verdict back when it is given again, and removes an entry that says nothing', () => {
    const target = groupTarget(comparison, tollGroup(comparison));
    const once = toggleVerdict(emptyReview(), target, 'confirmed', who);
    expect(once.entries[target.id]).toMatchObject({ kind: 'group', verdict: 'confirmed', by: 'desk', at: who.at, engine: { relation: 'conflict' } });
    expect(once.entries[target.id].claims?.map((c) => c.article)).toEqual(comparison.articles.map((a) => a.id));
    expect(toggleVerdict(once, target, 'confirmed', who).entries).toEqual({});
    expect(setRelation(emptyReview(), target, 'conflict', who).entries).toEqual({});
  });

  it.each([
    ['group', 'dismissed'],
    ['claim', 'dismissed'],
  ] as const)('refuses a %s %s (dismissed is for flags and figures)', (kind, verdict) => {
    const target = kind === 'group' ? groupTarget(comparison, tollGroup(comparison)) : claimTarget(claimWith(comparison, /100/));
    expect(() => toggleVerdict(emptyReview(), target, verdict, who)).toThrow(/cannot be dismissed/);
  });
});
