// The English grammar of attribution: `Blinken said`, `said a spokesman`, `, saying`, `X quoted Y as saying`, headlines.
import {
  EN_VERBS, EN_CLAUSE, EN_MODIFIERS, EN_TIME, EN_PRONOUN_SET, EN_DETERMINER_SET, EN_OUTLET_NOUN_SET,
  EN_SOURCE_PEOPLE, EN_SOURCE_NOUN_SET, EN_TIME_INTRO,
} from './classes.js';
import { entityAt, entityEndingAt, type Grammar, type VerbHit } from './context.js';
import { englishChannels, englishPhrase } from './channel.js';
import type { WordToken } from '../words.js';

/** Skips auxiliaries, adverbs and time phrases before a verb (`Blinken has also said`,
 * `Blinken on Wednesday said`); returns the index of the word before them. */
function skipModifiersBack(tokens: WordToken[], k: number): number {
  while (k >= 0 && tokens[k].isWord) {
    const n = tokens[k].norm;
    if (EN_MODIFIERS.has(n)) k -= 1;
    else if (EN_TIME.has(n)) {
      k -= 1;
      if (k >= 0 && EN_TIME_INTRO.has(tokens[k].norm)) k -= 1;
    } else break;
  }
  return k;
}

/** English: subject-first (`Blinken said`), inverted after a quotation (`said Blinken`). */
export const ENGLISH: Grammar = {
  verbs(ctx) {
    const hits: VerbHit[] = [];
    ctx.tokens.forEach((t, i) => {
      // Verbs are written in lower case: `States` in `United States` is no verb.
      if (!t.isWord || t.isArabic || ctx.quoted.has(i) || t.text !== t.text.toLowerCase()) return;
      const entry = EN_VERBS.get(t.norm);
      if (entry) hits.push({ index: i, text: t.text, entry, imperfect: /s$/.test(t.norm) });
    });
    return hits;
  },

  subjectBefore(ctx, v) {
    const { tokens } = ctx;
    let k = skipModifiersBack(tokens, v.index - 1);
    // A parenthesis after the name: `Sen. Richard Blumenthal (D-Conn.) said`.
    if (k >= 0 && tokens[k].text === ')') {
      const open = tokens.slice(0, k).map((t) => t.text).lastIndexOf('(');
      if (open > 0 && k - open < 8) k = skipModifiersBack(tokens, open - 1);
    }
    if (k < 0 || !tokens[k].isWord) return null;
    // `its alleged role`, `the reported attack`, `countries with alleged ties`: an adjective.
    if (EN_DETERMINER_SET.has(tokens[k].norm) || EN_CLAUSE.has(tokens[k].norm)) return null;
    // A name that ends at the subject's last word starts the subject with its title, over a middle
    // initial's full stop (`Susan E. Rice said`).
    const named = entityEndingAt(ctx, k);
    let from = named ? Math.min(named.from, named.phraseFrom) : k;
    while (from - 1 >= 0 && k - from < 8) {
      const t = tokens[from - 1];
      const e = entityEndingAt(ctx, from - 1);
      if (e) {
        from = Math.min(e.from, e.phraseFrom);
        continue;
      }
      if (!t.isWord || EN_CLAUSE.has(t.norm) || EN_VERBS.has(t.norm) || EN_PRONOUN_SET.has(t.norm)) break;
      from -= 1;
    }
    const words = tokens.slice(from, k + 1).filter((t) => t.isWord);
    if (!words.some((t) => !EN_DETERMINER_SET.has(t.norm))) return null;
    // `the reported attack`: a phrase of determiners only was rejected above; a lone lower-case word
    // that is neither a source noun nor a pronoun is an object (`the attack that killed`), not a speaker.
    if (words.length === 1 && /^\p{Ll}/u.test(words[0].text) && !EN_SOURCE_PEOPLE.has(words[0].norm) &&
      !EN_PRONOUN_SET.has(words[0].norm) && !EN_SOURCE_NOUN_SET.has(words[0].norm)) return null;
    return { from, to: k + 1 };
  },

  subjectAfter(ctx, v) {
    // Inversion after a quotation: `"...," said Blinken`, `said a spokesman for the ministry`.
    const { tokens } = ctx;
    const before = tokens[v.index - 1];
    if ((v.index > 0 && before.isWord) || /ing$/.test(v.text)) return null;
    if (tokens[v.index + 1] && EN_PRONOUN_SET.has(tokens[v.index + 1].norm)) return null;
    // The inverted subject is a name or a noun phrase (`said a spokesman`), not `said ahead of the vote`.
    const first = tokens[v.index + 1];
    if (!first || !first.isWord || !(/^\p{Lu}/u.test(first.text) || EN_DETERMINER_SET.has(first.norm) || EN_SOURCE_NOUN_SET.has(first.norm))) {
      return null;
    }
    let k = v.index + 1;
    const from = k;
    while (k < tokens.length && k - from < 8) {
      const t = tokens[k];
      if (!t.isWord) {
        const e = entityAt(ctx, k);
        if (e) {
          k = e.to;
          continue;
        }
        break;
      }
      if (k > from && (EN_CLAUSE.has(t.norm) || EN_TIME.has(t.norm)) && !['of', 'for'].includes(t.norm)) break;
      const e = entityAt(ctx, k);
      k = e ? e.to : k + 1;
    }
    const words = tokens.slice(from, k).filter((t) => t.isWord);
    return words.some((t) => !EN_DETERMINER_SET.has(t.norm)) ? { from, to: k } : null;
  },

  inherits(ctx, v) {
    // A participle (`, saying`) or a pronoun subject (`he added`); `the reported attack` is no report.
    if (/ing$/.test(v.text)) return true;
    const k = skipModifiersBack(ctx.tokens, v.index - 1);
    return k >= 0 && EN_PRONOUN_SET.has(ctx.tokens[k].norm);
  },

  actorBefore(ctx, v) {
    if (!/ing$/.test(v.text)) return null;
    for (const e of ctx.entities) {
      if (e.to > v.index) break;
      const prev = ctx.tokens[e.phraseFrom - 1];
      if (prev && prev.isWord && EN_CLAUSE.has(prev.norm)) continue;
      if (e.type === 'person' || e.type === 'organization') return { from: e.phraseFrom, to: e.to };
    }
    return null;
  },

  channels: englishChannels,

  citedBy(ctx, v) {
    // `X quoted Y as saying`.
    const p = englishPhrase(ctx, v.index + 1);
    return p && ctx.tokens[p.to]?.norm === 'as' ? p : null;
  },

  complementAfter(ctx, subject, v) {
    const k = subject.to === v.index ? v.index + 1 : subject.to;
    return ctx.tokens[k]?.norm === 'that' ? k : -1;
  },

  isOutlet(ctx, p) {
    if (ctx.entities.some((e) => e.from >= p.from && e.to <= p.to && e.outlet)) return true;
    return ctx.tokens.slice(p.from, p.to).some((t) => EN_OUTLET_NOUN_SET.has(t.norm));
  },

  headlineSpeaker(ctx) {
    const colon = ctx.tokens.findIndex((t) => t.text === ':');
    if (colon <= 0 || colon > 5) return null;
    return ctx.entities.some((e) => e.to <= colon && e.type !== 'place') ? { from: 0, to: colon } : null;
  },

  isPronoun(ctx, p) {
    const words = ctx.tokens.slice(p.from, p.to).filter((t) => t.isWord);
    return words.length === 1 && EN_PRONOUN_SET.has(words[0].norm);
  },
};
