// Who says each claim: attributions of real lines of the Blinken seed articles, read in order as the
// claim extractor does (a verb without a subject continues the previous speaker), and English lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/types.js';
import { findAttribution, REPORTING_VERBS } from '../../src/claims/attribution/index.js';
import { foldName } from '../../src/text/transliteration.js';
import { normalizeText } from '../../src/text/normalize.js';

const SEEDS = join(import.meta.dirname, '../../examples/blinken');

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** Attributions of every line of a seed, in order, each given the last one found before it. */
function attributeSeed(prefix: string): Array<Attribution | null> {
  const text = seed(prefix);
  const out: Array<Attribution | null> = [];
  let previous: Attribution | null = null;
  let start = 0;
  for (const line of text.split('\n')) {
    const a = line.trim() ? findAttribution(text, start, start + line.length, 'ar', previous) : null;
    if (a) previous = a;
    out.push(a);
    start += line.length + 1;
  }
  return out;
}

/** `speaker / verb / channel`, `-` for null; `null` when there is no attribution. */
const format = (a: Attribution | null): string => (a ? `${a.speaker ?? '-'} / ${a.verb ?? '-'} / ${a.channel ?? '-'}` : 'null');

const SEED_ROWS: Record<string, Array<[number, string]>> = {
  '003': [
    [1, 'وزير الخارجية الأمريكي أنتوني بلينكن / قال / -'],
    [2, 'بلينكن / قال / -'],
    [3, 'بلينكن / أضاف / -'], // وأضاف أن ...: no subject, the previous speaker
    [4, 'بلينكن / اعتبر / -'],
    [5, 'بلينكن / أوضح / -'],
    [6, 'بلينكن / شدد / -'], // وشدد على أن ...
    [7, 'بلينكن / قال / قناة 13'], // كشفت قناة 13 ... أن بلينكن قال: the channel reports Blinken
    [8, 'موقع "أكسيوس" الأمريكي / قال / أكسيوس'],
    [9, 'مسؤول إسرائيلي مطلع / ذكر / الموقع'], // نقلاً عن: the official through the outlet
    [10, 'هاليفي / موضحاً / -'], // the participle's subject is the clause's actor
    [11, 'المسؤول الإسرائيلي / أشار / -'],
    [12, 'المبعوث الأمريكي الخاص للشؤون الإنسانية في الشرق الأوسط، ديفيد ساترفيلد / مشيراً / -'],
    [13, 'بلينكن / قال / المصدر ذاته'],
    [14, 'بلينكن / أعرب / -'],
    [15, 'متحدث وزارة الخارجية الأمريكية ماثيو ميللر / قال / بيان لاحق'],
    [16, 'ميلر / قال / -'],
    [17, 'بلينكن / أكد / بيان الخارجية الأمريكية'],
    [18, 'null'],
    [19, 'null'],
    [20, '- / - / السلطات الفلسطينية'],
  ],
  '004': [
    [1, 'وزير الخارجية الأميركي أنتوني بلينكن / مؤكداً / -'],
    [2, 'الخارجية الأميركية / أفادت / بيان'],
    [3, 'بلينكن / شدد / -'],
    [4, '- / - / البيان الأميركي'],
    [6, 'null'],
    [7, 'مسؤول إسرائيلي / أفاد / أكسيوس'],
    [8, 'الأمم المتحدة / تقول / -'],
    [9, 'أكسيوس / ذكر / أكسيوس'],
    [10, 'جالانت ومسؤولون إسرائيليون آخرون / قال / -'],
    [11, 'null'],
    [12, 'هاليفي / قال / أكسيوس'],
    [14, 'مصادر / قالت / أكسيوس'],
    [15, 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية / قال / -'],
    [16, 'أوتشا / أضاف / -'],
    [17, 'null'],
  ],
  '000': [
    [1, 'بلينكن / - / -'], // a headline: بلينكن: واشنطن ملتزمة ...
    [8, 'وزير الخارجية الأميركي، أنتوني بلينكن / صرّح / -'],
    [10, 'بلينكن / دعا / -'],
    [14, 'بلينكن / ادّعى / -'],
    [16, 'بلينكن / أشار / -'],
    [26, 'وزراء الخارجية / دعا / بيانٍ'],
  ],
  '001': [
    [3, 'بلينكن / - / -'],
    [7, 'وزير الخارجية الأمريكي أنتوني بلينكن / أكد / شينخوا'], // the dateline (شينخوا)
    [25, 'الوزير الأمريكي / قال / -'],
    [33, 'وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي / قال / -'],
    [37, 'الصفدي / تابع / -'],
    [43, 'سامح شكري / قال / -'],
  ],
  '002': [
    [3, 'null'],
    [4, 'المتحدث باسم وزارة الخارجية الأميركية، ماثيو ميلر / قال / بيان'],
    [5, 'المتحدث باسم وزارة الخارجية الأميركية، ماثيو ميلر / أضاف / بيان'], // still the statement
    [7, 'وزير الخارجية الأميركي / شدد / البيان'],
    [8, 'مستشار اتصالات مجلس الأمن القومي في البيت الأبيض، جون كيربي / اعتبر / -'],
    [9, 'نتانياهو / ذكر / -'], // وكان نتانياهو ذكر، الثلاثاء، أنه ...
    [13, '- / - / السلطات الإسرائيلية'],
  ],
};

describe('findAttribution on the seed articles', () => {
  const rows = Object.entries(SEED_ROWS).flatMap(([prefix, lines]) => lines.map(([n, expected]) => [prefix, n, expected] as const));
  const cache = new Map<string, Array<Attribution | null>>();
  const attributions = (prefix: string): Array<Attribution | null> => {
    if (!cache.has(prefix)) cache.set(prefix, attributeSeed(prefix));
    return cache.get(prefix)!;
  };

  it.each(rows)('%s line %i: %s', (prefix, n, expected) => {
    expect(format(attributions(prefix)[n - 1])).toBe(expected);
  });

  it('gives the verb of a participle clause as written (مدعياً)', () => {
    const text = seed('003');
    const from = text.indexOf('مدعياً');
    const end = text.indexOf('\n', from);
    const previous = attributions('003')[0];
    const a = findAttribution(text, from, end, 'ar', previous);
    expect(a?.verb).toBe('مدعياً');
    expect(a?.speaker).toBe('وزير الخارجية الأمريكي أنتوني بلينكن');
  });

  it('keys a speaker by the last name in the phrase, so spelling variants compare equal', () => {
    const a003 = attributions('003');
    const a004 = attributions('004');
    const a002 = attributions('002');
    const key = (word: string): string => foldName(normalizeText(word));
    expect(a003[0]?.speakerKey).toBe(key('بلينكن'));
    // ميللر (003) and ميلر (003, 002).
    expect(a003[14]?.speakerKey).toBe(key('ميلر'));
    expect(a003[15]?.speakerKey).toBe(a003[14]?.speakerKey);
    expect(a002[3]?.speakerKey).toBe(a003[14]?.speakerKey);
    // جالانت (004) and غالانت.
    expect(a004[9]?.speakerKey).toBe(key('غالانت'));
    // نتانياهو (002) and نتنياهو.
    expect(a002[8]?.speakerKey).toBe(key('نتنياهو'));
    // The OCHA office and its acronym.
    expect(a004[14]?.speakerKey).toBe(a004[15]?.speakerKey);
    // An anonymous source: the phrase folded, with and without the article.
    expect(a004[6]?.speakerKey).toBe(a003[10]?.speakerKey);
  });

  it('gives the verb without the conjunction but as spelled', () => {
    expect(attributions('004')[1]?.verb).toBe('أفادت'); // وأفادت
    expect(attributions('000')[13]?.verb).toBe('ادّعى'); // وادّعى, with its shadda
  });
});

describe('findAttribution in English', () => {
  const previous: Attribution = { speaker: 'Blinken', speakerKey: foldName('بلينكن'), verb: 'said', channel: null };

  it.each([
    [
      'Secretary of State Antony Blinken said on Wednesday that the daily toll of the military operations on innocent civilians remained too high.',
      'Secretary of State Antony Blinken / said / -',
    ],
    ['"We continue to pursue a diplomatic path," Blinken told reporters in Tel Aviv.', 'Blinken / told / -'],
    ['Israeli Prime Minister Benjamin Netanyahu rejected the proposal, saying it was "delusional."', 'Israeli Prime Minister Benjamin Netanyahu / saying / -'],
    ['According to Axios, Blinken told Netanyahu that the administration was deeply concerned about an operation in Rafah.', 'Blinken / told / Axios'],
    ['A senior Israeli official told Axios that Blinken raised the failures in coordination with aid groups.', 'A senior Israeli official / told / Axios'],
    ['He added that the United States remained committed to a Palestinian state.', 'Blinken / added / -'],
    [
      'State Department spokesman Matthew Miller said in a statement that Blinken and Netanyahu discussed efforts to secure the release of hostages.',
      'State Department spokesman Matthew Miller / said / statement',
    ],
    ['Gallant claimed the army would expand its ground operation to Rafah.', 'Gallant / claimed / -'],
    ['The United Nations says more than half of Gaza\'s 2.3 million people are sheltering in Rafah.', 'The United Nations / says / -'],
    ['Channel 13 reported that Blinken said he was shocked by the attacks.', 'Blinken / said / Channel 13'],
    ['"This is not the time for escalation," said Josep Borrell, the EU foreign policy chief.', 'Josep Borrell / said / -'],
    ['Axios reported, citing an Israeli official, that Blinken met Gallant and Halevi in Tel Aviv.', 'an Israeli official / reported / Axios'],
    ['Israeli strikes killed at least 20 people in Khan Younis, according to the Gaza health ministry.', '- / - / the Gaza health ministry'],
    ['The reported attack killed five people near the Kerem Shalom crossing.', 'null'],
    ['The war began on October 7, 2023.', 'null'],
  ])('%s', (sentence, expected) => {
    expect(format(findAttribution(sentence, 0, sentence.length, 'en', previous))).toBe(expected);
  });

  it('keys English speakers like the Arabic spelling of a known name', () => {
    const s = 'Gallant said the army would expand its ground operation.';
    expect(findAttribution(s, 0, s.length, 'en')?.speakerKey).toBe(foldName(normalizeText('جالانت')));
  });
});

describe('findAttribution edge cases', () => {
  it('returns null for an empty span or punctuation only', () => {
    const text = seed('003');
    expect(findAttribution(text, 10, 10, 'ar')).toBeNull();
    expect(findAttribution('« » ...', 0, 7, 'ar')).toBeNull();
  });

  it('reads a sentence of unknown language by its script', () => {
    const text = seed('003');
    const end = text.indexOf('\n');
    expect(findAttribution(text, 0, end, 'unknown')).toEqual(findAttribution(text, 0, end, 'ar'));
  });
});

describe('REPORTING_VERBS', () => {
  it('lists the common reporting verbs with their inflections, in both languages', () => {
    const forms = new Set(REPORTING_VERBS.flatMap((v) => v.forms.map(normalizeText)));
    for (const f of ['قال', 'قالت', 'يقول', 'تقول', 'أفادت', 'ذكرت', 'أوضح', 'أضاف', 'أشار', 'أعلن', 'صرّح', 'أكد', 'مؤكداً', 'مؤكدا', 'شدد', 'مشدداً', 'جدد', 'اعتبر', 'رأى', 'كشف', 'أعرب', 'أبلغ', 'نفى', 'ادّعى', 'مدعياً', 'زعم', 'حذر', 'دعا']) {
      expect(forms, f).toContain(normalizeText(f));
    }
    for (const f of ['said', 'told', 'stated', 'added', 'noted', 'stressed', 'emphasized', 'insisted', 'claimed', 'alleged', 'announced', 'warned', 'denied', 'reported']) {
      expect(forms, f).toContain(f);
    }
  });

  it('marks the distancing verbs (ادّعى, زعم, claimed, alleged)', () => {
    const distancing = REPORTING_VERBS.filter((v) => v.stance === 'distancing').map((v) => v.lemma);
    expect(distancing).toEqual(expect.arrayContaining(['ادّعى', 'زعم', 'claim', 'allege']));
  });
});
