// Arabic phrase finders for attribution: where a subject starts and ends (names, titles, sources, outlets), clitics, channel phrases.
import { normalizeText, normalizeWithMap } from '../../text/normalize.js';
import { foldName } from '../../text/transliteration.js';
import { withoutConjunction, prepositionPrefix } from '../../text/clitics.js';
import { isComma } from '../words.js';
import { AR_VERBS, CHANNEL_MARKERS, NEXT_COMPLEMENT, EMPHATIC, isActorWord } from './classes.js';
import {
  BOUNDARY, COMPLEMENTIZERS, NOT_NAMES, POST_NATIONALITY, TIME_WORDS, closingQuote, isNisba, isQuoteMark, isTitle,
} from '../word-classes.js';
import { entityAt, type Ctx, type Phrase } from './context.js';

/** True when a complementizer, a preposition that opens reported content, a colon or a quote comes next. */
export function complementNext(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i + 1];
  return t !== undefined && (COMPLEMENTIZERS.has(t.norm) || NEXT_COMPLEMENT.has(t.norm) || t.text === ':' || isQuoteMark(t));
}

/** True when a subject can start at `k`: a name, a title, a source or outlet noun (`مسؤول`,
 * `مصادر`, `موقع`), a given name. */
export function startsActor(ctx: Ctx, k: number): boolean {
  const e = entityAt(ctx, k);
  if (e && !hasPrepClitic(ctx, k)) return true;
  const t = ctx.tokens[k];
  // Both forms: وزراء is a word of its own, ومسؤولون is و + مسؤولون.
  return isTitle(ctx.tokens, k) || [t.norm, withoutConjunction(t.norm)].some(isActorWord);
}

/** True when the token at `k` carries a preposition clitic before a name (`لنتنياهو`, `بغزة`),
 * the article (`للشؤون`) or an outlet or source noun (`لوكالة`, `لمصادر`). */
export function hasPrepClitic(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t.isArabic) return false;
  const m = /^[وف]?[لب](.+)$/.exec(t.norm);
  if (m && !isActorWord(t.norm) && isActorWord(m[1])) return true;
  const e = entityAt(ctx, k);
  if (e && e.start > t.start) {
    const prefix = normalizeText(ctx.text.slice(t.start, e.start));
    return /[لبك]/.test(prefix);
  }
  return prepositionPrefix(t.norm) > 0;
}

/** A word after which a verb's subject cannot go on. */
export function stopsSubject(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t.isArabic) return !t.isWord;
  const bare = withoutConjunction(t.norm);
  return (
    COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || TIME_WORDS.has(bare) ||
    AR_VERBS.has(t.norm) || AR_VERBS.has(bare) || CHANNEL_MARKERS.has(bare) || hasPrepClitic(ctx, k) ||
    /^\p{N}/u.test(t.text)
  );
}

/** The subject phrase starting at `k`: a name, a title with its descriptors and name, a source
 * (`مسؤول إسرائيلي مطلع`), an outlet (`موقع "أكسيوس" الأمريكي`, `قناة 13 الإسرائيلية`). */
export function arabicPhrase(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  let words = 0;
  let afterNationality = false;
  let person = false;
  let named = false;
  // A phrase that opens with a plain name ends where a title starts its apposition
  // (`علي أكبر ولايتي مستشار المرشد`).
  const plainStart = !isTitle(tokens, from) && !startsActor(ctx, from) && tokens[from].isWord;
  // After a definite source noun only definite adjectives follow (`الحركة الإسلامية`, not
  // `الحركة حل نفسها`); after an indefinite one anything (`مسؤول إسرائيلي مطلع`, `مسؤولو المحكمة`).
  const definite = tokens[from].isWord && withoutConjunction(tokens[from].norm).startsWith('ال') &&
    !isTitle(tokens, from) && !entityAt(ctx, from);
  while (k < tokens.length && words < 12) {
    const t = tokens[k];
    if (!t.isWord) {
      // A short name in quotation marks: `"أكسيوس"`, `موقع "أكسيوس"`, `مدير "الشاباك"`.
      if (isQuoteMark(t) && !person) {
        const close = closingQuote(tokens, k, 3);
        const quotedName = close > 0 && (entityAt(ctx, k + 1) !== undefined || k > from);
        const leading = close > 0 && k === from && (COMPLEMENTIZERS.has(tokens[close + 1]?.norm ?? '') || tokens[close + 1]?.text === ':');
        if (quotedName || leading) {
          k = close + 1;
          words += 1;
          continue;
        }
      }
      break;
    }
    const e = entityAt(ctx, k);
    if (e && !hasPrepClitic(ctx, k)) {
      if (person && !/^[وف]/.test(t.norm)) break;
      k = e.to;
      words += e.to - e.from;
      person = e.type === 'person';
      named = !person;
      continue;
    }
    if (k > from && (stopsSubject(ctx, k) || (plainStart && isTitle(tokens, k)))) break;
    // After a name, only `و` + another speaker continues (`جالانت ومسؤولون إسرائيليون آخرون`);
    // after an organisation, also its adjectives (`قناة 13 الإسرائيلية`).
    const joins = /^[وف]/.test(t.norm) && startsActor(ctx, k);
    if (person && !joins) break;
    if (named && !joins && !isNisba(t.norm) && !POST_NATIONALITY.has(t.norm)) break;
    if (joins) person = named = false;
    if (definite && k > from && !joins && !t.norm.startsWith('ال') && !EMPHATIC.has(t.norm)) break;
    if (isNisba(t.norm)) afterNationality = true;
    else if (afterNationality && t.norm.startsWith('ال') && !POST_NATIONALITY.has(t.norm)) break;
    k += 1;
    words += 1;
  }
  if (k === from) return null;
  // A name set off by commas after a title phrase without one: `وزير الخارجية الأميركي، أنتوني بلينكن،`.
  if (!person && isTitle(tokens, from)) {
    const name = ctx.entities.find((e) => e.type === 'person' && e.phraseFrom === from && e.from >= k);
    if (name && name.from - k <= 8) k = name.to;
  }
  return { from, to: k };
}

/** An unknown subject of up to three words that the complement follows at once: `وقال مراسلون
 * إنه`, `وأكدت الدراسة أن` (not `وأكد التزام الولايات المتحدة باستخدام ...`, an object). */
export function shortSubject(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  // The previous speaker named again by surname: `وقال هاموند لبرنامج ...`.
  const prevKey = ctx.previous?.speakerKey;
  if (prevKey && foldName(tokens[k].norm) === prevKey.split(' ').pop()) return { from, to: k + 1 };
  while (k < tokens.length && k - from < 3 && tokens[k].isArabic && !stopsSubject(ctx, k)) k += 1;
  if (k === from) return null;
  const comma = isComma(tokens[k]);
  const c = comma ? k + 1 : k;
  if (COMPLEMENTIZERS.has(tokens[c]?.norm ?? '')) return { from, to: k };
  // Over a short prepositional or time phrase: `وصرح فالفيردي بعد المباراة أن`; a partitive
  // `من` belongs to the subject: `وقالت ثلاثة من فصائل منظمة التحرير إنها`.
  const phrase = tokens[k]?.isArabic && (BOUNDARY.has(tokens[k].norm) || TIME_WORDS.has(tokens[k].norm) || hasPrepClitic(ctx, k));
  if (!comma && k - from <= 2 && phrase) {
    // Up to the complement: أن/إن, a colon or a quotation (`وقال كورتس لإذاعة (أو.آر.إف) ... "`).
    for (let j = k + 1; j < tokens.length && j <= k + 14; j += 1) {
      const w = tokens[j];
      if (COMPLEMENTIZERS.has(w.norm)) return { from, to: tokens[k].norm === 'من' ? j : k };
      if (w.text === ':' || isQuoteMark(w)) return { from, to: k };
      if (!w.isWord && !['،', ',', '(', ')', '.'].includes(w.text)) break;
      if (AR_VERBS.has(withoutConjunction(w.norm))) break;
    }
  }
  // A name set off by a comma, or followed by its title: `وقال ماتيس، في`, `قالت تيريزا ماي، رئيسة الوزراء`.
  const plain = tokens.slice(from, k).every((t) => !t.norm.startsWith('ال') && !NOT_NAMES.has(t.norm));
  if (comma && plain && (k - from === 1 || isTitle(tokens, c))) return { from, to: k };
  return null;
}

/** A reporting verb that doubles as a noun counts only with its complement close behind it. */
export function complementFollows(ctx: Ctx, i: number): boolean {
  let words = 0;
  for (let k = i + 1; k < ctx.tokens.length && words <= 12; k += 1) {
    const t = ctx.tokens[k];
    if (!t.isWord) {
      if (t.text === ':' || isQuoteMark(t)) return true;
      if (t.text === '.' || t.text === '؟' || t.text === '?') return false;
      continue;
    }
    words += 1;
    if (COMPLEMENTIZERS.has(t.norm)) return true;
  }
  return false;
}

/** The channel after a marker: words up to a comma, a complementizer, a preposition or the end
 * (`البيان الأميركي`, `المصدر ذاته`, `"أكسيوس"`, `السلطات الصحية`). */
export function channelPhrase(ctx: Ctx, j: number): Phrase | null {
  const { tokens } = ctx;
  let k = j;
  if (isQuoteMark(tokens[k])) k += 1;
  const from = k;
  while (k < tokens.length && k - from < 6) {
    const t = tokens[k];
    if (!t.isWord) break;
    const stop = COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || hasPrepClitic(ctx, k) ||
      AR_VERBS.has(withoutConjunction(t.norm));
    if (k > from && stop) break;
    if (!t.isArabic && ctx.lang === 'ar') break;
    k += 1;
  }
  if (k === from) return null;
  // `وفقاً لروايات وسائل الإعلام`: the channel starts after the preposition ل.
  const first = tokens[from];
  if (first.isArabic && first.norm.startsWith('ل') && first.norm.length > 3 && !entityAt(ctx, from)) {
    return { from, to: k, startAt: first.start + normalizeWithMap(first.text).offsets[1] };
  }
  return { from, to: k };
}
