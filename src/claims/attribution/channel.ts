// Channels a claim came through: `وفق X`, `نقلاً عن X`, `لوكالة X`, `في بيان`, `according to X`, `told Axios`, a dateline agency.
import { withoutConjunction } from '../../text/clitics.js';
import {
  EN_VERBS, CHANNEL_MARKERS, CHANNEL_FILLERS, CITING_MARKERS, STATEMENT_WORDS, EN_CLAUSE, EN_DETERMINER_SET, EN_STATEMENT_SET,
} from './classes.js';
import { OUTLET_NOUNS, isQuoteMark } from '../word-classes.js';
import { entityAt, type Channels, type Ctx, type Phrase } from './context.js';
import { arabicPhrase, channelPhrase, startsActor, stopsSubject } from './arabic-phrase.js';
import { isSourcePhrase, outletName, phraseText } from './phrase.js';

/** The agency of a dateline (`(شينخوا)`, `(Reuters) -`) that the token at `i`, one of the first
 * `near`, opens; else null. */
function datelineAt(ctx: Ctx, i: number, near: number): string | null {
  if (ctx.tokens[i].text !== '(' || i >= near) return null;
  const e = entityAt(ctx, i + 1);
  return e && e.outlet && ctx.tokens[e.to]?.text === ')' ? e.text : null;
}

/** The Arabic channels of a sentence; see `Channels`. */
export function arabicChannels(ctx: Ctx): Channels {
  const { tokens } = ctx;
  let channel: string | null = null;
  let cited: Phrase | null = null;
  let outletTo: string | null = null;
  let dateline: string | null = null;
  let statement: string | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (ctx.quoted.has(i) || !t.isWord) {
      // A dateline: `(شينخوا)` near the start.
      dateline ??= datelineAt(ctx, i, 10);
      continue;
    }
    const bare = withoutConjunction(t.norm);
    // `وفق X`, `بحسب X`, `حسبما ذكر X`, `وفقاً لما جاء في X`.
    if (CHANNEL_MARKERS.has(t.norm) || CHANNEL_MARKERS.has(bare)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].isWord && CHANNEL_FILLERS.has(tokens[j].norm)) j += 1;
      // `حسب ما تكتبه الصحيفة`: the verb after ما is no part of the channel.
      if (/^ل?ما$/.test(tokens[j - 1]?.norm ?? '') && tokens[j]?.isArabic && !tokens[j].norm.startsWith('ال') && !entityAt(ctx, j)) j += 1;
      // `حسب ما ذكرت صحيفة "غارديان" البريطانية`: a named outlet reads like a subject.
      const p = j < tokens.length && tokens[j].isWord && startsActor(ctx, j) ? arabicPhrase(ctx, j) : channelPhrase(ctx, j);
      if (p) {
        if (isSourcePhrase(ctx, p) && cited === null) cited = p;
        else if (channel === null) channel = outletName(ctx, p);
      }
      continue;
    }
    // `نقلاً عن X`: X is the speaker.
    if (CITING_MARKERS.has(bare) && tokens[i + 1]?.norm === 'عن') {
      const p = arabicPhrase(ctx, i + 2);
      if (p && cited === null) cited = p;
      continue;
    }
    // `لـ"أكسيوس"`, `لوكالة رويترز`: told to an outlet.
    if (outletTo === null && (t.norm === 'ل' || /^[وف]?ل/.test(t.norm))) {
      const k = t.norm === 'ل' ? (isQuoteMark(tokens[i + 1]) ? i + 2 : i + 1) : i;
      const e = entityAt(ctx, k);
      if (e && e.outlet) outletTo = e.text;
      // `لوكالة الأنباء الفرنسية`: an outlet noun with ل.
      else if (t.norm !== 'ل' && OUTLET_NOUNS.has(t.norm.replace(/^[وف]?ل/, ''))) {
        const p = channelPhrase(ctx, i);
        if (p) outletTo = phraseText(ctx, p);
      }
    }
    // `في بيان`, `في بيان لاحق`.
    if (statement === null && STATEMENT_WORDS.has(t.norm) && tokens[i - 1]?.norm === 'في') {
      const next = tokens[i + 1];
      const adjective = next && next.isArabic && !stopsSubject(ctx, i + 1);
      statement = ctx.text.slice(t.start, adjective ? next.end : t.end);
    }
  }
  return { channel: channel ?? outletTo ?? statement, dateline, cited };
}

/** The English channels of a sentence; see `Channels`. */
export function englishChannels(ctx: Ctx): Channels {
  const { tokens } = ctx;
  let channel: string | null = null;
  let cited: Phrase | null = null;
  let statement: string | null = null;
  let dateline: string | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (ctx.quoted.has(i)) continue;
    dateline ??= datelineAt(ctx, i, 4);
    if (!t.isWord) continue;
    // `according to X`, `citing X`.
    const according = t.norm === 'according' && tokens[i + 1]?.norm === 'to';
    if (according || t.norm === 'citing') {
      const p = englishPhrase(ctx, i + (according ? 2 : 1));
      if (p) {
        if (t.norm === 'citing' || isSourcePhrase(ctx, p)) cited ??= p;
        else channel ??= outletName(ctx, p);
      }
      continue;
    }
    // `told Axios`, `told the Times of Israel`.
    if (t.norm === 'told' || t.norm === 'tells') {
      let k = i + 1;
      if (tokens[k]?.norm === 'the') k += 1;
      const e = entityAt(ctx, k);
      if (e && e.outlet) channel ??= e.text;
    }
    // `in a statement`, `in a joint statement`.
    if (EN_STATEMENT_SET.has(t.norm) && statement === null) {
      let k = i - 1;
      while (k >= 0 && tokens[k].isWord && !EN_DETERMINER_SET.has(tokens[k].norm) && !EN_CLAUSE.has(tokens[k].norm) && i - k < 3) k -= 1;
      if (k >= 0 && EN_DETERMINER_SET.has(tokens[k].norm) && tokens[k - 1]?.norm === 'in') {
        statement = ctx.text.slice(tokens[k + 1].start, t.end);
      }
    }
  }
  return { channel: channel ?? statement, dateline, cited };
}

/** An English noun phrase from `k`: up to punctuation or a clause word (`Axios`, `an Israeli official`). */
export function englishPhrase(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  while (k < tokens.length && k - from < 8) {
    const e = entityAt(ctx, k);
    if (e) {
      k = e.to;
      continue;
    }
    const t = tokens[k];
    if (!t.isWord || (EN_CLAUSE.has(t.norm) && !['of', 'for'].includes(t.norm)) || EN_VERBS.has(t.norm)) break;
    k += 1;
  }
  return k > from ? { from, to: k } : null;
}
