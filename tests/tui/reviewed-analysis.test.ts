// The analysis the terminal UI shows with a review applied: re-applied only where the review or the
// engine's comparison changed, and an event not compared yet (a large corpus is compared while it
// is browsed) stays so until it is, then shows the review too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CorpusAnalysis } from '../../src/types.js';
import { emptyReview, groupTarget, toggleVerdict } from '../../src/review/index.js';
import { reviewedAnalysis } from '../../cli/tui/reviewed-analysis.js';
import { sandstorm, tollGroup } from '../review/fixture.js';

let engine: Comparison;
let base: CorpusAnalysis;

beforeAll(async () => {
  base = await sandstorm();
  engine = base.comparisons[0];
});

const who = { by: 'desk', at: '2026-01-05T10:00:00Z' };

describe('reviewedAnalysis', () => {
  it('is the analysis itself without a review, and the same object while neither side changes', () => {
    expect(reviewedAnalysis(base, null)).toBe(base);
    const file = toggleVerdict(emptyReview(), groupTarget(engine, tollGroup(engine)), 'confirmed', who);
    const a = reviewedAnalysis(base, file);
    expect(a).not.toBe(base);
    expect(reviewedAnalysis(base, file)).toBe(a);
    expect(a.comparisons[0].groups.find((g) => g.id === tollGroup(engine).id)?.review?.verdict).toBe('confirmed');
    // Another file with the same entries about this event: the event's comparison is reused.
    const other = { ...file, entries: { ...file.entries } };
    expect(reviewedAnalysis(base, other).comparisons[0]).toBe(a.comparisons[0]);
  });

  it('keeps an event not compared yet as a hole, and reviews it once it is compared', () => {
    const lazy: CorpusAnalysis = { ...base, comparisons: new Array<Comparison>(base.comparisons.length) };
    const file = toggleVerdict(emptyReview(), groupTarget(engine, tollGroup(engine)), 'disputed', who);
    const before = reviewedAnalysis(lazy, file);
    expect(0 in before.comparisons).toBe(false);
    expect(before.comparisons).toHaveLength(base.comparisons.length);
    lazy.comparisons[0] = engine;
    const after = reviewedAnalysis(lazy, file);
    expect(after).not.toBe(before);
    expect(after.comparisons[0].groups.find((g) => g.id === tollGroup(engine).id)?.review?.verdict).toBe('disputed');
  });
});
