// The relation model as committed data: it loads and matches the features it is read with,
// fitting it is deterministic, and the committed weights are exactly what `npm run train` writes
// from the developers' data (that last check needs ../shared and skips without it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_FEATURES } from '../../src/classify/relation-features.js';
import { CONFLICT_THRESHOLD, PAIRS_CONFLICT_THRESHOLD, relationModel } from '../../src/classify/relation-model.js';
import { describePairs, type TextPair } from '../../eval/classify/dataset.js';
import { fitRelationModel } from '../../eval/classify/recipe.js';
import { ROOT, SHARED_DATA } from '../support/seeds.js';

describe('the committed relation model', () => {
  it('reads the features relation-features.ts computes, in their order', () => {
    expect(relationModel.features).toEqual([...RELATION_FEATURES]);
    for (const v of [relationModel.mean, relationModel.scale, relationModel.weights]) {
      expect(v).toHaveLength(RELATION_FEATURES.length);
      for (const x of v) expect(Number.isFinite(x)).toBe(true);
    }
    expect(relationModel.scale.every((s) => s > 0)).toBe(true);
  });

  it('says what it was trained on, and its thresholds are probabilities', () => {
    expect(relationModel.trainedOn).toMatch(/ANS stance train \(\d+ pairs/);
    expect(relationModel.trainedOn).toMatch(/\d+ unannotated multi-outlet ANT events/);
    for (const t of [CONFLICT_THRESHOLD, PAIRS_CONFLICT_THRESHOLD]) expect(t > 0 && t < 1).toBe(true);
  });

  it('weighs every contradiction cue towards a conflict', () => {
    const weight = (f: string) => relationModel.weights[RELATION_FEATURES.indexOf(f as (typeof RELATION_FEATURES)[number])];
    for (const f of ['numberRival', 'dateRival', 'negationOne', 'antonymSameActor', 'nationalitySwap']) expect(weight(f)).toBeGreaterThan(0);
    expect(weight('negationBoth')).toBeLessThan(0);
  });
});

// A small fixed sample: paraphrases, and the same sentences with a figure, a negation, a place or an opposite changed.
const SAMPLE: TextPair[] = [
  ['قتل 4 أشخاص في انهيار جسر للمشاة في ميامي', 'لقي أربعة أشخاص حتفهم في انهيار جسر مشاة في ميامي', 0],
  ['قتل 4 أشخاص في انهيار جسر للمشاة في ميامي', 'قتل 6 أشخاص في انهيار جسر للمشاة في ميامي', 1],
  ['شارك الوزير في اجتماع الحكومة يوم الأحد', 'حضر الوزير اجتماع الحكومة الأحد', 0],
  ['شارك الوزير في اجتماع الحكومة يوم الأحد', 'لم يشارك الوزير في اجتماع الحكومة يوم الأحد', 1],
  ['قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في جنين', 'قتل خمسة فلسطينيين بنيران إسرائيلية في مدينة جنين', 0],
  ['قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في جنين', 'قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في نابلس', 1],
  ['ارتفعت أسعار النفط في تعاملات الاثنين', 'صعدت أسعار النفط في تعاملات يوم الاثنين', 0],
  ['ارتفعت أسعار النفط في تعاملات الاثنين', 'انخفضت أسعار النفط في تعاملات الاثنين', 1],
  ['Oil prices rose on Monday', 'Oil prices climbed on Monday', 0],
  ['Oil prices rose on Monday', 'Oil prices fell on Monday', 1],
  ['Four people were killed in the shooting', 'The shooting killed four people', 0],
  ['Four people were killed in the shooting', 'Six people were killed in the shooting', 1],
].map(([s1, s2, label], k) => ({ s1: s1 as string, s2: s2 as string, label: label as 0 | 1, source: 'ans', group: `sample:${k}` }));

describe('fitting the relation model', () => {
  it('is deterministic: the same pairs give the same weights, to the last digit', () => {
    const first = fitRelationModel(describePairs(SAMPLE));
    const second = fitRelationModel(describePairs(SAMPLE));
    expect(second).toEqual(first);
  });

  it('learns from the sample that an edited figure or negation contradicts', () => {
    const model = fitRelationModel(describePairs(SAMPLE));
    const weight = (f: string) => model.weights[model.features.indexOf(f)];
    expect(weight('numberRival')).toBeGreaterThan(0);
    expect(weight('negationOne')).toBeGreaterThan(0);
  });
});

const hasData = existsSync(path.join(SHARED_DATA, 'ans')) && existsSync(path.join(SHARED_DATA, 'ant-corpus-multisource')) && existsSync(path.resolve(ROOT, '../shared/gold'));

describe.skipIf(!hasData)('the committed weights (skipped when ../shared/data or ../shared/gold is absent)', () => {
  it('are what npm run train writes from the developers\' data, for the link and the relation model (npm run train -- --check)', () => {
    // One run of the script checks both learned models (it takes a minute: it fits both).
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/train.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout, run.stderr).toContain('src/align/link-model.ts: unchanged');
    expect(run.stdout, run.stderr).toContain('src/classify/relation-model.ts: unchanged');
  }, 600_000);
});
