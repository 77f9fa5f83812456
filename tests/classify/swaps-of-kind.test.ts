// The pair cues for what no lexicon of opposites names: two actors with their roles exchanged (a
// converse), one word swapped for another of its kind, a hedge or a question against a statement,
// and the reworded words of a headline pair. Real contradictions are ANS train rows, read from
// ../shared/data at test time (never copied here); agreements are ANS train rows too, or sentences
// written like news headlines.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/types.js';
import { claimFromText } from '../../src/claims/extract.js';
import { alignPair, defaultAlignOptions, featuresOf } from '../../src/align/align.js';
import { roleSwapCue } from '../../src/classify/cues/roles.js';
import { kindOf, sameKindSwap } from '../../src/classify/cues/kinds.js';
import { asks, hedges } from '../../src/classify/cues/modality.js';
import { tokenize } from '../../src/text/token-stream.js';
import { relationOf, typePair } from './support.js';
import { SHARED_DATA } from '../support/seeds.js';

/** Two texts as aligned claims: their features and word diff. */
function aligned(a: string, b: string, language: Language = 'ar') {
  const features = featuresOf([a, b].map((text, k) => ({ text, language, claims: [claimFromText(`s${k + 1}`, text, language)] })));
  return { a: features[0], b: features[1], diff: alignPair(features, 0, 1, defaultAlignOptions).diff };
}

const roles = (a: string, b: string, language: Language = 'ar') => {
  const p = aligned(a, b, language);
  const cue = roleSwapCue(p.a, p.b);
  return cue ? `${cue.a} / ${cue.b}` : null;
};

const ANS_TRAIN = path.join(SHARED_DATA, 'ans', 'stance', 'train.csv');
const hasAns = existsSync(ANS_TRAIN);
let ansRows: Array<{ s1: string; s2: string; stance: string }> | null = null;

/** The first ANS train row whose first text contains `anchor` (and whose second contains `second`). */
function ansRow(anchor: string, second = ''): { s1: string; s2: string; stance: string } {
  ansRows ??= parse(readFileSync(ANS_TRAIN, 'utf8'), { columns: true }) as Array<{ s1: string; s2: string; stance: string }>;
  const row = ansRows.find((r) => r.s1.includes(anchor) && r.s2.includes(second));
  if (!row) throw new Error(`no ANS train row with ${anchor} / ${second}`);
  return row;
}

describe.skipIf(!hasAns)('roles swapped between two actors, on ANS train contradictions (skipped: ../shared/data/ans is absent)', () => {
  it.each([
    // Each takes the other's marker: the gas goes the other way.
    ['غاز قبرص لمصر', '', 'قبرص … لمصر / مصري … لقبرص'],
    ['طلب خاص من كوريا الجنوبية', 'من الولايات المتحدة', 'كوريا الجنوبية … للولايات المتحدة / الولايات المتحدة … لكوريا الجنوبية'],
    ['غاز مصري إلى غزة', '', 'مصري … غزة / غزة … لمصر'],
    // Both unmarked, in the opposite order, around the same verb: who challenges, who harms.
    ['الصين تتحدى الولايات المتحدة', 'أميركا تتحدى', 'الصين … الولايات المتحدة / أميركا … الصين'],
    ['الصين: الولايات المتحدة', '', 'الصين … الولايات المتحدة / واشنطن … الصين'],
  ])('%s / %s: %s, a conflict in pairs mode', (anchor, second, expected) => {
    const row = ansRow(anchor, second);
    expect(row.stance).toBe('disagree');
    expect(roles(row.s1, row.s2)).toBe(expected);
    expect(relationOf(row.s1, row.s2, { pairs: true })).toMatch(/^conflict \(wording: /);
  });

  it.each([
    // An adjective moves with its noun: order says nothing about who acts.
    ['سفينة تنقيب صينية تثير غضب اليابان', 'اليابان تغضب'],
    ['الولايات المتحدة تطلق سراح معتقل سعودي', ''],
    ['السعودية تمهل السفير الكندي', ''],
    // The agent of a passive (من قبل) keeps its role.
    ['الرئيس السوداني عمر البشير يقيل وزير الخارجية', ''],
  ])('%s / %s: an agreement, no roles swapped', (anchor, second) => {
    const row = ansRow(anchor, second);
    expect(row.stance).toBe('agree');
    expect(roles(row.s1, row.s2)).toBeNull();
  });
});

describe('roles: converses and joined actors are no swap', () => {
  it.each([
    // A converse verb says the same (meets / receives): the frame around the names differs.
    ['بلينكن يلتقي نتنياهو في القدس', 'نتنياهو يستقبل بلينكن في القدس'],
    ['ميركل تستقبل ماكرون في برلين', 'ماكرون يزور ميركل في برلين'],
    // Two actors joined by و or بين act together.
    ['ترامب يلتقي بوتين في هلسنكي', 'بوتين وترامب يلتقيان في هلسنكي'],
    ['محادثات بين مصر والسودان حول سد النهضة', 'محادثات بين السودان ومصر حول سد النهضة'],
    // The same order.
    ['مصر تستورد الغاز من قبرص', 'القاهرة تستورد الغاز من قبرص'],
  ])('%s / %s', (a, b) => {
    expect(roles(a, b)).toBeNull();
    expect(relationOf(a, b, { pairs: true })).not.toMatch(/^conflict/);
  });

  it('reads English names and prepositions the same way', () => {
    expect(roles('Egypt sells gas to Cyprus', 'Cyprus sells gas to Egypt', 'en')).toBe('Egypt … Cyprus / Cyprus … Egypt');
    expect(roles('Egypt and Cyprus sign a gas deal', 'Cyprus and Egypt sign a gas deal', 'en')).toBeNull();
  });
});

describe('one word swapped for another of its kind', () => {
  it.each([
    ['الدولار', 'currency'],
    ['لليورو', 'currency'],
    ['النفط', 'commodity'],
    ['الذهب', 'commodity'],
    ['المغنية', 'profession'],
    ['بالاغتصاب', 'offence'],
    ['الزوجة', 'kin'],
    ['الخمسين', 'number'],
    ['الثالثة', 'ordinal'],
    ['يناير', 'month'],
  ])('%s is a word of kind %s', (word, kind) => {
    expect(kindOf(tokenize(word)[0])?.[0]).toBe(kind);
  });

  // Places, nationalities and people are the swaps cue's (it knows a capital from its country).
  it.each([['قال'], ['الحكومة'], ['مسيرة'], ['أحد'], ['بمصر'], ['الإيطالي']])('%s is of no kind', (word) => {
    expect(kindOf(tokenize(word)[0])).toBeNull();
  });

  it.each([
    ['الدولار يسجل أعلى مستوى هذا العام', 'اليورو يسجل أعلى مستوى هذا العام', 'الدولار / اليورو'],
    ['الذهب يتراجع مع انحسار التوترات العالمية', 'النفط يتراجع مع انحسار التوترات العالمية', 'الذهب / النفط'],
    ['الممثل الفرنسي متهم باغتصاب ممثلة شابة', 'الممثل الفرنسي متهم بقتل ممثلة شابة', 'باغتصاب / بقتل'],
    ['بريجيت نيلسن تنجب مولودا في عامها الرابع والخمسين', 'بريجيت نيلسن تنجب مولودا في عامها الرابع والثلاثين', 'والخمسين / والثلاثين'],
  ])('%s / %s: %s', (a, b, expected) => {
    const p = aligned(a, b);
    const cue = sameKindSwap(p.a, p.b, p.diff);
    expect(cue && `${cue.a} / ${cue.b}`).toBe(expected);
  });

  it.each([
    // Two words for one thing are no swap (a helicopter is an aircraft).
    ['سقوط طائرة عسكرية أمريكية غربي العراق', 'سقوط مروحية عسكرية أمريكية غربي العراق'],
    // Nothing swapped: one claim adds a word.
    ['ارتفاع أسعار النفط', 'ارتفاع أسعار النفط والذهب'],
  ])('%s / %s: no swap of a kind', (a, b) => {
    const p = aligned(a, b);
    expect(sameKindSwap(p.a, p.b, p.diff)).toBeNull();
  });
});

describe('hedges and questions', () => {
  it.each([
    ['أوبك قد تخفض الإنتاج أمام صعود أسعار النفط', true],
    ['نموذج اقتصادي تركي جديد قد يعالج تدهور الليرة', true],
    ['ربما تؤجل الانتخابات', true],
    ['The talks may collapse', true],
    // قد before a past verb is "has": a statement.
    ['وقد أعلن الجيش مقتل ثلاثة جنود', false],
    ['أوبك تخفض الإنتاج', false],
  ])('%s hedges: %s', (text, expected) => {
    const p = aligned(text, text);
    expect(hedges(p.a)).toBe(expected);
  });

  it.each([
    ['هل استطاع الموساد اختراق أسرار إيران النووية؟', true],
    ['كيف تحافظ واشنطن على التعاون في سوريا', true],
    ['الموساد يخترق أسرار إيران النووية', false],
  ])('%s asks: %s', (text, expected) => {
    const p = aligned(text, text);
    expect(asks(p.a)).toBe(expected);
  });
});

describe('highest / lowest, and the titles written with them', () => {
  it.each([
    ['التضخم يسجل أعلى مستوى له منذ 15 عاما في تركيا', 'التضخم يسجل أدنى مستوى له منذ 15 عاما في تركيا', 'conflict (antonym: أعلى / أدنى)'],
    ['النفط يصعد لأعلى مستوى منذ أعوام', 'النفط يهبط لأدنى مستوى منذ أعوام', 'conflict (antonym: يصعد / يهبط)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });

  it.each([
    // With the article they are titles and fixed terms, not levels.
    ['وقال المرشد الأعلى الإيراني إن الاتفاق قائم', 'وقال المرشد الإيراني إن الحد الأدنى من الاتفاق قائم'],
    ['وأعلن المجلس الأعلى للقضاء تأجيل الجلسة', 'وأعلن مجلس القضاء تأجيل الجلسة إلى الشرق الأدنى'],
  ])('%s / %s: no opposite', (a, b) => {
    expect(typePair(a, b).conflicts.filter((c) => c.kind === 'antonym')).toEqual([]);
  });
});

describe('a reworded headline pair names the words each side alone has', () => {
  it('names them when no hunk swaps words (pairs mode), and never in compare', () => {
    const [a, b] = ['العملة التركية تتدهور إلى مستوى قياسي جديد', 'صعود للعملة التركية مجددا'];
    const pairs = typePair(a, b, { pairs: true });
    expect(pairs.relation).toBe('conflict');
    expect(pairs.conflicts[0].kind).toBe('wording');
    expect(typePair(a, b).conflicts.every((c) => c.kind !== 'wording')).toBe(true);
  });
});
