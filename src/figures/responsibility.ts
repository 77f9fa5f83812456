// Who claimed the attack, as each article tells it: "no group has yet claimed it" in one article
// against "IS claimed responsibility" in another is a difference a fact-checker wants, even when
// the two sentences share no words to align on. Recipe:
//   1. each article's first sentence that claims responsibility (`أعلن ... مسؤوليته`, `تبنى`,
//      `claimed responsibility`) or says no one has (`ولم تعلن أي جهة مسؤوليتها`, `no group has
//      claimed responsibility`), leaving out denials (`نفت موسكو مسؤوليتها`: not a claim) and
//      sentences about other attacks (`خلال الأشهر الماضية`, `ذلك الهجوم`, `many attacks`);
//   2. the claimant: the words between the verb and `مسؤولية` (`أعلن تنظيم داعش مسؤوليته`), else
//      the words before the verb (`وكان تنظيم داعش أعلن مسؤوليته`);
//   3. the verdict: all say none, or all name a claimant that shares a word, `agree`; claimants with
//      no word in common `compatible` (one group has many names: داعش / تنظيم الدولة); none in
//      every earlier report and a claimant in every later one `updated`; else `absence`.
import type { ArticleResult, FigureEntry, FigureRelation, FigureValue } from '../types.js';
import type { Sentence } from './sentence.js';
import { reportKey } from './verdict.js';
import type { ScanToken } from '../text/scan.js';
import { isStopword } from '../text/stopwords.js';
import { EARLIER_FIGURE_MARKERS, EVERY_WORDS, NEGATORS, OTHER_INCIDENT_WORDS, OTHER_TIME_ADJECTIVES, PAST_WORDS, SINCE_WORDS } from './lexicons/context.js';
import { CLAIM_VERBS, DENIAL_VERBS, MANY_WORDS, RESPONSIBILITY_PATTERN, THAT_WORDS } from './lexicons/responsibility.js';
import { contentKey, wordSet } from './words.js';

const CLAIM = wordSet(CLAIM_VERBS);
const DENIAL = wordSet(DENIAL_VERBS);
const NEGATOR = wordSet([...NEGATORS, 'has', 'have', 'yet', 'any', 'أي']);
const NOT = wordSet(NEGATORS);
// `آخر` is left out: `وإصابة آخرين` (and others wounded) is no other attack.
const BACKGROUND = wordSet([...PAST_WORDS, ...OTHER_INCIDENT_WORDS, ...OTHER_TIME_ADJECTIVES.filter((w) => w !== 'آخر'), ...SINCE_WORDS, ...EVERY_WORDS, ...MANY_WORDS, ...THAT_WORDS]);
const AUXILIARY = wordSet(EARLIER_FIGURE_MARKERS);

interface Said {
  sentence: Sentence;
  none: boolean;
  /** The claimant's words as written, or the words that say no one claimed it. */
  text: string;
  start: number;
  end: number;
  keys: Set<string>;
}

const norm = (t: ScanToken) => t.norm.toLowerCase();

/** 1, 2. What one sentence says of the claim of responsibility, or null. */
function readClaim(s: Sentence): Said | null {
  const ws = s.tokens.filter((t) => t.kind === 'word');
  const at = ws.findIndex((t) => RESPONSIBILITY_PATTERN.test(norm(t)));
  if (at < 0 || ws.some((t) => BACKGROUND.has(norm(t)) || DENIAL.has(norm(t)))) return null;
  // The claiming verb within seven words before `مسؤولية` (`ولم تعلن أي جهة حتى الآن مسؤوليتها`), or `claimed responsibility`.
  let verb = -1;
  for (let k = at - 1; k >= 0 && k >= at - 7; k -= 1) if (CLAIM.has(norm(ws[k]))) verb = k;
  if (verb < 0) return null;
  const negated = ws.slice(Math.max(0, verb - 3), verb).some((t) => NOT.has(norm(t)));
  if (negated) {
    let first = verb;
    while (first > 0 && NEGATOR.has(norm(ws[first - 1]))) first -= 1;
    return { sentence: s, none: true, text: s.text.slice(ws[first].start, ws[at].end), start: ws[first].start, end: ws[at].end, keys: new Set() };
  }
  const content = (t: ScanToken) => norm(t).length > 2 && !isStopword(norm(t), 'unknown') && !AUXILIARY.has(norm(t)) && !NEGATOR.has(norm(t));
  let who = ws.slice(verb + 1, at).filter(content);
  // Else the content words right before the verb (`وكان تنظيم داعش أعلن`, `أن التنظيم أعلن`), up to three.
  if (who.length === 0) for (let k = verb - 1; k >= 0 && k >= verb - 3 && content(ws[k]); k -= 1) who.unshift(ws[k]);
  if (who.length === 0) return null;
  const [first, last] = [who[0], who[who.length - 1]];
  return { sentence: s, none: false, text: s.text.slice(first.start, last.end), start: first.start, end: last.end, keys: new Set(who.map((t) => contentKey(norm(t)))) };
}

function value(d: Said, article: ArticleResult): FigureValue {
  return {
    article: article.id, claim: d.sentence.claim.id, value: null, range: null, qualifier: d.none ? 'none' : 'exact', text: d.text, start: d.start, end: d.end,
    sentence: d.sentence.claim.text, source: null, unit: null, stage: null, reported: article.date, compared: true, note: d.none ? 'no one has claimed it' : 'claimed by',
  };
}

/** 3. The entry of who claimed the event, when two articles or more say. */
export function responsibilityEntry(articles: readonly ArticleResult[], sentences: readonly Sentence[][]): Array<Omit<FigureEntry, 'id'>> {
  const said = sentences.map((list) => list.map(readClaim).find((x): x is Said => x !== null)).filter((x): x is Said => x !== undefined);
  if (said.length < 2) return [];
  const outlet = (d: Said) => articles[d.sentence.articleIndex].outlet ?? articles[d.sentence.articleIndex].id;
  const key = reportKey(said.map((d) => articles[d.sentence.articleIndex]));
  const when = (d: Said) => key(articles[d.sentence.articleIndex]);
  const shown = (d: Said) => articles[d.sentence.articleIndex].date ?? '';
  const none = said.filter((d) => d.none);
  const named = said.filter((d) => !d.none);
  let relation: FigureRelation;
  let reason: string;
  if (none.length === 0 || named.length === 0) {
    const apart = named.some((x) => named.some((y) => ![...x.keys].some((k) => y.keys.has(k))));
    relation = apart ? 'compatible' : 'agree';
    reason = none.length > 0 ? 'no one has claimed it, in every report' : `claimed by ${named.map((d) => `${d.text} (${outlet(d)})`).join(', ')}${apart ? '; the names differ (one group may go by several)' : ''}`;
  } else {
    const later = none.every((x) => named.every((y) => when(x) !== '' && when(y) !== '' && when(x) < when(y)));
    relation = later ? 'updated' : 'absence';
    reason = `${none.map((d) => `${outlet(d)}${shown(d) ? `, ${shown(d)}` : ''}`).join('; ')}: no one has claimed it; ${named.map((d) => `${outlet(d)}${shown(d) ? `, ${shown(d)}` : ''}`).join('; ')}: claimed by ${named[0].text}${later ? ' (the later reports)' : ''}`;
  }
  return [{
    quantity: 'responsibility', gloss: 'who claimed responsibility', scope: { period: 'event', group: null, place: null }, relation, reason,
    latest: relation === 'updated' ? articles[named.reduce((a, b) => (when(a) >= when(b) ? a : b)).sentence.articleIndex].id : null,
    values: said.map((d) => value(d, articles[d.sentence.articleIndex])),
  }];
}
