// What caused the event, as each article tells it: "no information on the cause of the blast" in
// one article against "two men set off an explosive device" in another is a difference a
// fact-checker wants, as "no group has claimed it" against a claim is (responsibility.ts). Recipe:
//   1. each article's sentences that say the cause is not known: `سبب` / `cause` with a negator or an
//      investigation before it (`ولم ترد معلومات عن سبب الانفجار`, `لم تحدد الشرطة حتى الآن سبب`,
//      `investigating the cause`) or `غير معروف` / `unknown` after it; not `بسبب` (because of);
//   2. and those that tell it: someone set off a device (`فجر رجلان ... عبوة ناسفة`, `قاما بتفجير
//      جهاز`, `يلبس حزاما ناسفا فجر نفسه`, `detonated a bomb`), with no negator before the verb; an article that tells it
//      anywhere tells it; sentences about other incidents (`مماثل`, `منذ`, `الماضي`) are left out;
//   3. an entry only when some articles say it is unknown and others tell it: `updated` when every
//      report that says unknown is earlier than every one that tells it, else `absence` (one outlet
//      does not know what another reports). Never a `conflict`: not knowing is no rival cause.
import type { ArticleResult, FigureEntry, FigureValue } from '../types.js';
import type { Sentence } from './sentence.js';
import { reportKey } from './verdict.js';
import type { ScanToken } from '../text/scan.js';
import { normalizeText } from '../text/normalize.js';
import { OTHER_INCIDENT_WORDS, PAST_WORDS, SINCE_WORDS } from './lexicons/context.js';
import { CAUSE_PATTERN, DETONATE_VERBS, DEVICE_NOUNS, UNKNOWN_AFTER, UNKNOWN_BEFORE } from './lexicons/cause.js';

const folded = (words: readonly string[]) => new Set(words.map((w) => normalizeText(w).toLowerCase()));
const UNKNOWN_PRE = folded(UNKNOWN_BEFORE);
const UNKNOWN_POST = folded(UNKNOWN_AFTER);
const DETONATE = folded(DETONATE_VERBS);
const DEVICE = folded(DEVICE_NOUNS);
const NEGATOR = folded(['لم', 'لا', 'لن', 'ليس', 'no', 'not', 'never']);
const BACKGROUND = folded([...OTHER_INCIDENT_WORDS, ...PAST_WORDS, ...SINCE_WORDS]);
/** Words a negator or an investigation may stand before the cause (`ولم تحدد الشرطة الكندية حتى الآن سبب`). */
const REACH_BEFORE = 7;
const REACH_AFTER = 4;
/** Words between the detonating verb and the device. */
const DEVICE_REACH = 5;

/** The word's normalized form, and without a leading `و` / `ف` (`ولم`, `فجر` stays). */
function forms(t: ScanToken): string[] {
  const n = t.norm.toLowerCase();
  return /^[وف]/.test(n) && n.length >= 3 ? [n, n.slice(1)] : [n];
}
const isIn = (set: ReadonlySet<string>, t: ScanToken | undefined) => t !== undefined && forms(t).some((f) => set.has(f));

interface Told {
  sentence: Sentence;
  unknown: boolean;
  start: number;
  end: number;
}

/** 1, 2. What one sentence says of the cause, or null. */
export function readCause(s: Sentence): Told | null {
  const ws = s.tokens.filter((t) => t.kind === 'word');
  if (ws.some((t) => isIn(BACKGROUND, t))) return null;
  for (let k = 0; k < ws.length; k += 1) {
    if (!CAUSE_PATTERN.test(ws[k].norm.toLowerCase())) continue;
    const before = ws.slice(Math.max(0, k - REACH_BEFORE), k);
    const after = ws.slice(k + 1, k + 1 + REACH_AFTER);
    if (before.some((t) => isIn(UNKNOWN_PRE, t)) || after.some((t) => isIn(UNKNOWN_POST, t))) {
      const first = before.find((t) => isIn(UNKNOWN_PRE, t)) ?? ws[k];
      const last = after.length > 0 ? after[after.length - 1] : ws[k];
      return { sentence: s, unknown: true, start: first.start, end: Math.max(last.end, ws[k].end) };
    }
  }
  for (let k = 0; k < ws.length; k += 1) {
    if (!isIn(DETONATE, ws[k]) || ws.slice(Math.max(0, k - 3), k).some((t) => isIn(NEGATOR, t))) continue;
    // The device after the verb (`فجر رجلان ... عبوة ناسفة`) or before it (`رجلا يلبس حزاما ناسفا فجر نفسه`).
    const after = ws.slice(k + 1, k + 1 + DEVICE_REACH).find((t) => isIn(DEVICE, t));
    const before = ws.slice(Math.max(0, k - DEVICE_REACH), k).find((t) => isIn(DEVICE, t));
    if (after) return { sentence: s, unknown: false, start: ws[k].start, end: after.end };
    if (before) return { sentence: s, unknown: false, start: before.start, end: ws[k].end };
  }
  return null;
}

function value(d: Told, article: ArticleResult): FigureValue {
  return {
    article: article.id, claim: d.sentence.claim.id, value: null, range: null, qualifier: d.unknown ? 'unknown' : 'exact',
    text: d.sentence.text.slice(d.start, d.end), start: d.start, end: d.end, sentence: d.sentence.claim.text, source: null, unit: null,
    stage: null, reported: article.date, compared: true, note: d.unknown ? 'the cause is not known' : 'a device set off',
  };
}

/** 3. The entry of what caused the event, when some articles say it is unknown and others tell it. */
export function causeEntry(articles: readonly ArticleResult[], sentences: readonly Sentence[][]): Array<Omit<FigureEntry, 'id'>> {
  const said = sentences.flatMap((list) => {
    const read = list.map(readCause).filter((x): x is Told => x !== null);
    const told = read.find((d) => !d.unknown) ?? read[0];
    return told ? [told] : [];
  });
  const unknown = said.filter((d) => d.unknown);
  const told = said.filter((d) => !d.unknown);
  if (unknown.length === 0 || told.length === 0) return [];
  const outlet = (d: Told) => articles[d.sentence.articleIndex].outlet ?? articles[d.sentence.articleIndex].id;
  const key = reportKey(said.map((d) => articles[d.sentence.articleIndex]));
  const when = (d: Told) => key(articles[d.sentence.articleIndex]);
  const shown = (d: Told) => articles[d.sentence.articleIndex].date ?? '';
  const later = unknown.every((x) => told.every((y) => when(x) !== '' && when(y) !== '' && when(x) < when(y)));
  const list = (ds: readonly Told[]) => ds.map((d) => `${outlet(d)}${shown(d) ? `, ${shown(d)}` : ''}`).join('; ');
  return [{
    quantity: 'cause', gloss: 'what caused it', scope: { period: 'event', group: null, place: null },
    relation: later ? 'updated' : 'absence',
    reason: `${list(unknown)}: the cause is not known; ${list(told)}: ${told[0].sentence.text.slice(told[0].start, told[0].end)}${later ? ' (the later reports)' : ''}`,
    latest: later ? articles[told.reduce((a, b) => (when(a) >= when(b) ? a : b)).sentence.articleIndex].id : null,
    values: said.map((d) => value(d, articles[d.sentence.articleIndex])),
  }];
}
