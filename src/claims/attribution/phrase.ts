// Renders a phrase of tokens as the attribution shows it: the speaker as written, its key, an outlet's name; and tells cited sources from outlets.
import type { Attribution } from '../../types.js';
import { normalizeText, normalizeWithMap } from '../../text/normalize.js';
import { isQuoteMark } from '../word-classes.js';
import { foldName } from '../../text/transliteration.js';
import { withoutConjunction } from '../../text/clitics.js';
import { EN_DETERMINER_SET, EN_SOURCE_PEOPLE, isActorWord } from './classes.js';
import { entityAt, type Ctx, type Phrase } from './context.js';

/** The attribution of a speaker phrase (or none), a verb as written and a channel. */
export function make(ctx: Ctx, speaker: Phrase | null, verb: string | null, channel: string | null): Attribution {
  return {
    speaker: speaker ? phraseText(ctx, speaker) : null,
    speakerKey: speaker ? speakerKey(ctx, speaker) : null,
    verb,
    channel,
  };
}

/** The speaker's key: its last person's name (بلينكن for `وزير الخارجية الأمريكي أنتوني بلينكن`),
 * else its last named organisation or outlet, else the whole phrase folded. */
function speakerKey(ctx: Ctx, p: Phrase): string {
  const inside = ctx.entities.filter((e) => e.from >= p.from && e.to <= p.to);
  const person = inside.filter((e) => e.type === 'person').pop();
  const named = person ?? inside.filter((e) => e.type !== 'place').pop() ?? inside.pop();
  if (named) return named.key;
  // The phrase as shown (without its conjunction or preposition), folded word by word.
  const words = normalizeText(phraseText(ctx, p))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !(ctx.lang === 'en' && EN_DETERMINER_SET.has(w)));
  return foldName(words.join(' '));
}

/** The phrase as written: without a leading conjunction or clitic, and without quotation marks
 * around it (`"أوتشا"` -> `أوتشا`). */
export function phraseText(ctx: Ctx, p: Phrase): string {
  let from = p.from;
  let to = p.to;
  while (from < to && !ctx.tokens[from].isWord) from += 1;
  while (to > from && !ctx.tokens[to - 1].isWord) to -= 1;
  if (from >= to) return '';
  const first = ctx.tokens[from];
  let s = first.start;
  const entity = entityAt(ctx, from);
  if (entity && entity.start > first.start) s = entity.start;
  else if (p.startAt !== undefined) s = p.startAt;
  else if (first.isArabic && /^[وف]?ل/.test(first.norm) && !isActorWord(first.norm) && isActorWord(first.norm.replace(/^[وف]?ل/, ''))) {
    // `وفقا لوكالة أنباء نوفوستي`: the channel is the agency, without ل.
    s = first.start + normalizeWithMap(first.text).offsets[first.norm.indexOf('ل') + 1];
  }
  else if (first.isArabic && /^[وف]/.test(first.norm) && !isActorWord(first.norm) && isActorWord(withoutConjunction(first.norm))) {
    s = first.start + normalizeWithMap(first.text).offsets[1];
  }
  let e = ctx.tokens[to - 1].end;
  // Keep a closing mark whose opening mark is inside: `موقع "أكسيوس"`.
  const inside = ctx.text.slice(s, e);
  const next = ctx.tokens[to];
  const unbalanced = (inside.split('"').length - 1) % 2 === 1 || inside.split('«').length > inside.split('»').length;
  if (unbalanced && next && isQuoteMark(next)) e = next.end;
  return ctx.text.slice(s, e);
}

/** The outlet's name in a phrase (`أكسيوس` in `موقع "أكسيوس" الأمريكي`), else the phrase. */
export function outletName(ctx: Ctx, p: Phrase): string {
  const outlet = ctx.entities.find((e) => e.from >= p.from && e.to <= p.to && e.outlet);
  return outlet ? outlet.text : phraseText(ctx, p);
}

/** A cited source is a person or an anonymous source (`مسؤول إسرائيلي`), not an outlet or a text. */
export function isSourcePhrase(ctx: Ctx, p: Phrase): boolean {
  const inside = ctx.entities.filter((e) => e.from >= p.from && e.to <= p.to);
  if (inside.some((e) => e.outlet)) return false;
  if (inside.some((e) => e.type === 'person')) return true;
  const first = ctx.tokens[p.from];
  if (ctx.lang === 'en') return EN_SOURCE_PEOPLE.has(first.norm) || ctx.tokens.slice(p.from, p.to).some((t) => EN_SOURCE_PEOPLE.has(t.norm));
  // Anonymous people: مسؤول, مصادر, متحدث, دبلوماسي, شهود (not البيان, السلطات).
  return [first.norm, withoutConjunction(first.norm)].some((f) =>
    // `المصدر ذاته` refers back to a channel already named; `مصدر`, `مصادر` are people.
    /^(?:(?:ال)?(?:مسوول|مصادر|متحدث|دبلوماسي|مراسل|شهود|سكان|مسعف)|مصدر)/.test(f),
  );
}
