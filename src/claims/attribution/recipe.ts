// The attribution recipe shared by both languages, as numbered steps over a language's grammar hooks.
import type { Attribution } from '../../types.js';
import { make, outletName, phraseText } from './phrase.js';
import type { Ctx, Grammar, Phrase, VerbHit } from './context.js';

/** Runs the recipe over one sentence with a language's grammar. */
export function attribute(ctx: Ctx, g: Grammar): Attribution | null {
  const verbs = g.verbs(ctx);
  const found = g.channels(ctx);
  // A dateline alone does not attribute a sentence: the outlet's own lead is not a statement.
  if (verbs.length > 0) found.channel ??= found.dateline;

  // 1. The first reporting verb with an explicit subject, before it (`أن بلينكن قال`, `Blinken said`)
  //    or after it (`وقال بلينكن`, `said Blinken`).
  let main: { v: VerbHit; subject: Phrase } | null = null;
  for (const v of verbs) {
    const subject = g.subjectBefore(ctx, v) ?? g.subjectAfter(ctx, v);
    if (subject && !g.isPronoun(ctx, subject)) {
      main = { v, subject };
      break;
    }
    // `وأضاف أن بلينكن شدد ...`, `He added that Blinken said ...`: what follows a verb that
    // continues the previous speaker is that speaker's content.
    if (g.inherits(ctx, v)) break;
  }

  if (main) {
    let speaker: Phrase | null = main.subject;
    let verb = main.v.text;
    let channel: string | null = null;
    const cited = main.v.entry.cites ? g.citedBy(ctx, main.v, main.subject) : null;
    if (cited) {
      // 2. `نقلت وكالة رويترز عن مسؤول`: the subject is the channel, the cited one the speaker.
      channel = outletName(ctx, main.subject);
      speaker = cited;
    } else if (g.isOutlet(ctx, main.subject)) {
      // 3. An outlet that reports: it is the channel. What it reports may name the speaker:
      //    `نقلاً عن مسؤول إسرائيلي` or `كشفت قناة 13 أن بلينكن قال`.
      channel = outletName(ctx, main.subject);
      if (found.cited) speaker = found.cited;
      else {
        const inner = embedded(ctx, g, main.subject, main.v, verbs);
        if (inner) {
          speaker = inner.subject;
          verb = inner.v.text;
        }
      }
    } else if (found.cited) {
      // `قال مسؤول، نقلاً عن ...` is rare; the cited speaker still says it through the subject.
      channel = phraseText(ctx, main.subject);
      speaker = found.cited;
    }
    return make(ctx, speaker, verb, channel ?? found.channel);
  }

  // 4. A verb without a subject: the clause's actor (`أطلع هاليفي بلينكن ...، موضحاً`); for a verb
  //    that opens the sentence the previous claim's speaker (`وأضاف أن ...`); else no speaker.
  let unknown: VerbHit | null = null;
  for (const v of verbs) {
    const actor = g.actorBefore(ctx, v);
    if (actor) return make(ctx, actor, v.text, found.channel);
    if (found.cited) return make(ctx, found.cited, v.text, found.channel);
    if (g.inherits(ctx, v)) {
      const prev = ctx.previous;
      if (prev && prev.speaker) {
        return { speaker: prev.speaker, speakerKey: prev.speakerKey, verb: v.text, channel: found.channel ?? prev.channel };
      }
      return { speaker: null, speakerKey: null, verb: v.text, channel: found.channel };
    }
    // An imperfect verb inside an Arabic sentence describes (`قراراً يدعو إلى`); an English verb
    // without a subject is an adjective (`the reported attack`).
    if (ctx.lang === 'ar' && !v.imperfect) unknown ??= v;
  }
  if (unknown) return { speaker: null, speakerKey: null, verb: unknown.text, channel: found.channel };

  // 5. No verb: a headline's `X: ...`, a cited source, or a channel alone (`وفق البيان الأميركي`).
  const headline = g.headlineSpeaker(ctx);
  if (headline) return make(ctx, headline, null, found.channel);
  if (found.cited) return make(ctx, found.cited, null, found.channel);
  if (found.channel) return { speaker: null, speakerKey: null, verb: null, channel: found.channel };
  return null;
}

/** The speaker of what an outlet reports, when the report opens with a speaker and a speech
 * verb: `كشفت قناة 13 أن بلينكن قال`, `Channel 13 reported that Blinken said`. Not for verbs of
 * telling (`أن بلينكن أبلغ نتنياهو`): that the telling happened is what the outlet reports. */
function embedded(
  ctx: Ctx,
  g: Grammar,
  subject: Phrase,
  v: VerbHit,
  verbs: VerbHit[],
): { v: VerbHit; subject: Phrase } | null {
  const c = g.complementAfter(ctx, subject, v);
  if (c < 0) return null;
  for (const inner of verbs) {
    if (inner.index <= c || inner.entry.addressee) continue;
    const s = g.subjectBefore(ctx, inner);
    if (s && s.from === c + 1 && !g.isPronoun(ctx, s)) return { v: inner, subject: s };
  }
  return null;
}
