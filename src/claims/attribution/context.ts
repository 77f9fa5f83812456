// The shared state of one sentence's attribution: tokens, entities, quotations, and the grammar hooks each language fills in.
import type { Attribution } from '../../types.js';
import { normalizeWithMap } from '../../text/normalize.js';
import type { ReportingVerb } from '../lexicons/reporting-verbs.js';
import type { EntityMatch } from '../entities/index.js';
import type { WordToken } from '../words.js';

export interface Ctx {
  text: string;
  tokens: WordToken[];
  entities: EntityMatch[];
  /** Entities by their first token and by the token after their last. */
  byFrom: Map<number, EntityMatch>;
  byTo: Map<number, EntityMatch>;
  /** Token indexes inside quotations: a verb there belongs to the quoted speech. */
  quoted: Set<number>;
  previous: Attribution | null;
  lang: 'ar' | 'en';
}

/** Tokens `from`..`to` (exclusive). */
export interface Phrase {
  from: number;
  to: number;
  /** Where the phrase starts in the text when its first word carries a preposition (`لروايات`). */
  startAt?: number;
}

export interface VerbHit {
  index: number;
  /** As written, without a leading conjunction. */
  text: string;
  entry: ReportingVerb;
  /** A present-tense form (يقول, تدعو, says). */
  imperfect: boolean;
}

/** True when no word comes before the token: the verb opens the sentence. */
export const opensSentence = (ctx: Ctx, i: number): boolean => !ctx.tokens.slice(0, i).some((t) => t.isWord);

export interface Channels {
  /** Where the claim came from: `أكسيوس`, `البيان الأميركي`, `statement`. */
  channel: string | null;
  /** A speaker the sentence cites through the channel: `نقلاً عن مسؤول إسرائيلي`, `citing officials`. */
  cited: Phrase | null;
  /** An agency in the dateline (`(شينخوا)`, `(Reuters) -`): the channel of a statement the sentence reports. */
  dateline: string | null;
}

export interface Grammar {
  verbs(ctx: Ctx): VerbHit[];
  subjectBefore(ctx: Ctx, v: VerbHit): Phrase | null;
  subjectAfter(ctx: Ctx, v: VerbHit): Phrase | null;
  /** True when the verb, lacking a subject, still reports: it continues the speaker before it. */
  inherits(ctx: Ctx, v: VerbHit): boolean;
  /** For a verb without a subject in mid-sentence: the clause's actor before it. */
  actorBefore(ctx: Ctx, v: VerbHit): Phrase | null;
  channels(ctx: Ctx): Channels;
  /** For a citing verb (`نقلت X عن Y`, `X quoted Y as saying`): Y. */
  citedBy(ctx: Ctx, v: VerbHit, subject: Phrase): Phrase | null;
  /** The token that opens the reported content right after a subject (أن, إن, that). */
  complementAfter(ctx: Ctx, subject: Phrase, v: VerbHit): number;
  isOutlet(ctx: Ctx, p: Phrase): boolean;
  /** A headline's speaker before a colon: `بلينكن: واشنطن ملتزمة ...`. */
  headlineSpeaker(ctx: Ctx): Phrase | null;
  isPronoun(ctx: Ctx, p: Phrase): boolean;
}

export const entityAt = (ctx: Ctx, k: number): EntityMatch | undefined => ctx.byFrom.get(k);
export const entityEndingAt = (ctx: Ctx, k: number): EntityMatch | undefined => ctx.byTo.get(k + 1);

/** The verb as written without the conjunction its first `cut` normalized letters are. */
export function verbText(t: WordToken, cut: number): string {
  return cut === 0 ? t.text : t.text.slice(normalizeWithMap(t.text).offsets[cut]);
}
