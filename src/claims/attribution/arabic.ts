// The Arabic grammar of attribution: reporting verbs (mostly verb-first), their subjects before or after, and continued speakers.
import { withoutConjunction } from '../../text/clitics.js';
import { isComma } from '../words.js';
import { AR_VERBS, AR_IMPERFECT, STATEMENT_WORDS, OPENERS, RELATIVES, KAN, MODALS, RESUMPTIVE } from './classes.js';
import { BOUNDARY, COMPLEMENTIZERS, OUTLET_NOUNS, isQuoteMark, isTitle } from '../word-classes.js';
import { entityAt, entityEndingAt, opensSentence, verbText, type Grammar, type VerbHit } from './context.js';
import {
  arabicPhrase, complementFollows, complementNext, hasPrepClitic, shortSubject, startsActor, stopsSubject,
} from './arabic-phrase.js';
import { arabicChannels } from './channel.js';

/** Arabic: verb-first sentences (`وقال بلينكن`), subject-first clauses (`أن بلينكن قال`). */
export const ARABIC: Grammar = {
  verbs(ctx) {
    const hits: VerbHit[] = [];
    ctx.tokens.forEach((t, i) => {
      if (!t.isArabic || ctx.quoted.has(i)) return;
      let cut = 0;
      let entry = AR_VERBS.get(t.norm);
      if (!entry && /^[وف]/.test(t.norm)) {
        entry = AR_VERBS.get(t.norm.slice(1));
        cut = 1;
      }
      if (!entry) return;
      if (entry.ambiguous && !complementFollows(ctx, i)) return;
      const written = verbText(t, cut);
      // A damma on the first letter marks the passive (أُعلنت وفاة ...): nobody is reporting.
      if (written[1] === '\u064F') return;
      // In a relative clause (`الذي أعلن رحيله`) or a channel phrase (`حسب ما أعلنت الوكالة`); an
      // imperfect after أن, لن, لم, قد is a plan or a possibility (`من المتوقع أن يعلن`), not a report.
      const before = ctx.tokens[i - 1];
      if (before && (RELATIVES.has(before.norm) || before.norm === 'ما' || before.norm === 'لما')) return;
      const imperfect = AR_IMPERFECT.has(t.norm.slice(cut));
      if (imperfect && before && MODALS.has(before.norm)) return;
      // A feminine participle doubles as an adjective or a noun (معلومات مؤكدة, مضيفة): only with
      // its complement right after it.
      const form = t.norm.slice(cut);
      if (/ه$/.test(form) && (form[0] === 'م' || form[1] === 'ا') && !complementNext(ctx, i)) return;
      hits.push({ index: i, text: written, entry, imperfect });
    });
    return hits;
  },

  subjectBefore(ctx, v) {
    let k = v.index - 1;
    if (isComma(ctx.tokens[k])) k -= 1;
    if (k < 0) return null;
    // A name ending right before the verb (`أن بلينكن قال`), with its title phrase.
    const e = entityEndingAt(ctx, k);
    if (e) {
      const from = e.phraseFrom;
      const b = ctx.tokens[from - 1];
      if (from > 0 && !(COMPLEMENTIZERS.has(b.norm) || KAN.has(b.norm))) return null;
      if (hasPrepClitic(ctx, e.from)) return null;
      return { from, to: k + 1 };
    }
    // A source opening the sentence or the clause: `فالحكومة النمساوية أكدت`, `أن المسؤولين قالوا`.
    let b = k;
    while (b > 0 && ctx.tokens[b - 1].isWord && !COMPLEMENTIZERS.has(ctx.tokens[b - 1].norm) && !KAN.has(ctx.tokens[b - 1].norm) && k - b < 4) b -= 1;
    if (b > 0 && !(COMPLEMENTIZERS.has(ctx.tokens[b - 1].norm) || KAN.has(ctx.tokens[b - 1].norm))) return null;
    if (!startsActor(ctx, b)) return null;
    const p = arabicPhrase(ctx, b);
    return p && p.to === k + 1 ? p : null;
  },

  subjectAfter(ctx, v) {
    let k = v.index + 1;
    if (k < ctx.tokens.length && RESUMPTIVE.has(ctx.tokens[k].norm)) k += 1;
    const t = ctx.tokens[k];
    if (t === undefined) return null;
    if (t.isWord) {
      if (stopsSubject(ctx, k)) return null;
      if (!startsActor(ctx, k)) return shortSubject(ctx, k);
    } else if (!isQuoteMark(t)) return null;
    return arabicPhrase(ctx, k);
  },

  inherits(ctx, v) {
    // Only a verb that opens the sentence continues the previous speaker (`وأضاف أن`, `من جانبه،
    // أكد أن`); inside a sentence its subject is the clause's (see actorBefore), and an imperfect
    // verb there describes (`قراراً يدعو إلى`).
    if (opensSentence(ctx, v.index)) return true;
    if (v.imperfect) return false;
    const before = ctx.tokens[v.index - 1];
    if (before && before.isArabic && OPENERS.has(before.norm)) return opensSentence(ctx, v.index - 1);
    // A fronted phrase of a few words closed by a comma: `من جانبه،`, `وخلال اللقاء،`.
    return isComma(before) && ctx.tokens.slice(0, v.index - 1).filter((t) => t.isWord).length <= 5 &&
      !ctx.tokens.slice(0, v.index - 1).some((t) => t.isArabic && AR_VERBS.has(withoutConjunction(t.norm)));
  },

  actorBefore(ctx, v) {
    // An imperfect verb inside the sentence describes rather than reports.
    if (v.imperfect) return null;
    for (let k = 0; k < v.index; k += 1) {
      const t = ctx.tokens[k];
      if (!t.isArabic || ctx.quoted.has(k) || hasPrepClitic(ctx, k)) continue;
      const prev = ctx.tokens[k - 1];
      if (prev && prev.isArabic && BOUNDARY.has(prev.norm)) continue;
      const e = entityAt(ctx, k);
      // A person or a title anywhere before; any source right after the first word, where the
      // subject of a verb-first sentence stands (`ورحبت الحكومة الإسبانية ... وقالت إن`).
      const subjectSlot = k === 1 && ctx.tokens[0].isArabic && startsActor(ctx, k);
      if ((e && e.type === 'person') || isTitle(ctx.tokens, k) || subjectSlot) {
        const p = arabicPhrase(ctx, e ? e.phraseFrom : k);
        if (p && p.to <= v.index) return p;
      }
    }
    return null;
  },

  channels: arabicChannels,

  citedBy(ctx, _v, subject) {
    for (let k = subject.to; k < subject.to + 4 && k < ctx.tokens.length; k += 1) {
      if (ctx.tokens[k].norm === 'عن') return arabicPhrase(ctx, k + 1);
    }
    return null;
  },

  complementAfter(ctx, subject) {
    let k = subject.to;
    if (isComma(ctx.tokens[k])) k += 1;
    const t = ctx.tokens[k];
    return t && COMPLEMENTIZERS.has(t.norm) ? k : -1;
  },

  isOutlet(ctx, p) {
    if (ctx.entities.some((e) => e.from >= p.from && e.to <= p.to && e.outlet)) return true;
    const first = ctx.tokens[p.from];
    return [first.norm, withoutConjunction(first.norm)].some((f) => OUTLET_NOUNS.has(f) || STATEMENT_WORDS.has(f));
  },

  headlineSpeaker(ctx) {
    const colon = ctx.tokens.findIndex((t) => t.text === ':');
    if (colon <= 0 || colon > 5) return null;
    // A name, a country or an organisation, alone before the colon (not `وتابع:`).
    const named = ctx.entities.some((e) => e.from === 0 && e.to === colon);
    return named ? { from: 0, to: colon } : null;
  },

  isPronoun() {
    return false;
  },
};
