// Sources: who an article cites, how often, and through whom. A mention counts only where the text
// cites it: after a reporting verb (وقال مكتب الأمم المتحدة، وذكر "أكسيوس"), after a citation
// marker (وفق، بحسب، نقلاً عن; according to, citing) or before a reporting verb (the UN said).
// Recipe: 1-3. candidate mentions (source-mentions.ts); 4. keep the cited ones; 5. chains
// (X نقلاً عن Y, مصادر لـ"أكسيوس", X told Y) fill `via`.
import type { FramingFlag, SourceCitation } from '../types.js';
import type { LexiconMatch } from './match-lexicon.js';
import {
  FILLERS, findMentions, MARKERS, RELAYS, resolve, SIDES, stripConj, variants, type SourceMention, type SourceState,
} from './source-mentions.js';
import { wordSet } from '../text/word-sets.js';
import { gapBetween, type WordedRange } from './words.js';

export { isSourceName, newSourceState, type SourceMention, type SourceState } from './source-mentions.js';

/** Prepositions before a noun that make it no subject of a verb after it. */
const PREPOSITIONS = wordSet(['ضد', 'على', 'في', 'من', 'إلى', 'عن', 'مع', 'بين', 'حول', 'لدى', 'تجاه', 'بحق']);

/** Words that may follow an English speaker after its verb (`said police on Tuesday`, `said Trump, adding`). */
const AFTER_SPEAKER = wordSet(['on', 'in', 'at', 'to', 'from', 'during', 'after', 'before', 'late', 'earlier', 'today', 'yesterday', 'last', 'this', 'as', 'when', 'while', 'and', 'who', 'adding']);

/** English verbs of saying whose object is what was said (`said Trump agreed`); `told Fox News that` names its channel. */
const SAYING = wordSet([
  'said', 'says', 'say', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists',
  'claimed', 'claims', 'wrote', 'writes', 'acknowledged', 'announced', 'declared', 'warned', 'explained', 'suggested', 'believes', 'believed',
]);

/**
 * An English name right after a reporting verb that goes on with another lower-case word is the
 * subject of what was said, not the speaker: `McConnell said Trump agreed` (against `said police.`).
 */
function startsClause(text: string, range: WordedRange, m: SourceMention): boolean {
  const w = range.words;
  const next = w[m.last + 1];
  if (w[m.first].isArabic || !next || next.sentence !== w[m.last].sentence || next.isArabic) return false;
  return /^\s+$/.test(gapBetween(range, m.last, m.last + 1)) && /^\p{Ll}/u.test(text[next.start]) && !AFTER_SPEAKER.has(next.norm);
}

/** The index before `i` past citation fillers (قال موقع، وفق ما أعلنته ...), stopping at a reporting verb; or -1. */
function skipBack(range: WordedRange, i: number, maxFillers: number, verbs: Set<number>): number {
  const w = range.words;
  let k = i - 1;
  let skipped = 0;
  while (
    k >= 0 && w[k].sentence === w[i].sentence && skipped < maxFillers && !verbs.has(k) &&
    variants(w[k].norm).some((v) => FILLERS.has(v))
  ) {
    k -= 1;
    skipped += 1;
  }
  return k >= 0 && w[k].sentence === w[i].sentence ? k : -1;
}

/** 4. Is the mention cited here? Returns whether, and the marker word before it when there is one. */
function citedAt(text: string, range: WordedRange, m: SourceMention, verbs: Set<number>): { cited: boolean; before: number } {
  const w = range.words;
  const tight = m.how === 'back-reference';
  const before = skipBack(range, m.first, tight ? 0 : 3, verbs);
  if (before >= 0) {
    if (verbs.has(before) && !(SAYING.has(w[before].norm) && startsClause(text, range, m))) return { cited: true, before };
    if (!tight && variants(w[before].norm).some((v) => MARKERS.has(v) || RELAYS.has(v))) return { cited: true, before };
  }
  // After: the UN said; a senior Israeli official told; الأمم المتحدة تقول. Not after a preposition:
  // in `حملة ضد وسائل إعلام تقول إنها` the media are what the campaign is against, not who says.
  if (m.first > 0 && w[m.first - 1].sentence === w[m.first].sentence && w[m.first].isArabic && PREPOSITIONS.has(w[m.first - 1].norm)) {
    return { cited: false, before: -1 };
  }
  let k = m.last + 1;
  const limit = m.last + (tight ? 1 : 3);
  while (k <= limit && k < w.length && w[k].sentence === w[m.last].sentence) {
    // Only words run on without punctuation: in "بين إسرائيل وحماس، أوضح بلينكن" Hamas is not the speaker.
    if (/[^\s"]/.test(gapBetween(range, k - 1, k))) break;
    if (verbs.has(k)) return { cited: true, before: -1 };
    if (!(SIDES.has(w[k].norm) || FILLERS.has(w[k].norm) || (!w[k].isArabic && /^\p{Lu}/u.test(w[k].norm)))) break;
    k += 1;
  }
  return { cited: false, before: -1 };
}

/** Cited sources of one analysed range, in text order, updating the article's state. */
export function findSources(
  text: string,
  range: WordedRange,
  reportingVerbs: readonly LexiconMatch[],
  scripts: { ar: boolean; en: boolean },
  state: SourceState,
): SourceMention[] {
  const verbs = new Set<number>();
  for (const m of reportingVerbs) for (let k = m.first; k <= m.last; k += 1) verbs.add(k);
  // Back-references resolve against what was cited before them, so walk in text order.
  const pending = findMentions(text, range, scripts, state, verbs);
  const w = range.words;
  const cited: SourceMention[] = [];
  for (const found of pending) {
    const m = found.ref ? resolve(found, range, state) : found;
    if (!m) continue;
    let { cited: ok, before } = citedAt(text, range, m, verbs);
    const prev = cited[cited.length - 1];
    // 5. Chains: مصادر لـ"أكسيوس" / officials told Axios — the outlet is cited as the channel.
    const channel = prev && prev.last < m.first && (m.kind === 'outlet' || m.kind === 'agency') &&
      w[m.first].sentence === w[prev.last].sentence && m.first - prev.last <= 2 &&
      (w[m.first - 1].norm === 'ل' || w[m.first].norm.startsWith('ل') || w[m.first - 1].norm === 'told');
    if (channel) {
      prev.via = m.name;
      ok = true;
    }
    if (!ok) continue;
    // X نقلاً عن Y / citing Y: Y is quoted through the last outlet cited in the sentence.
    const relayed = before >= 0 && (RELAYS.has(stripConj(w[before].norm)) || (w[before].norm === 'عن' && before > 0 && RELAYS.has(stripConj(w[before - 1].norm))));
    if (relayed) {
      const through = [...cited].reverse().find((c) => w[c.first].sentence === w[m.first].sentence && c.last < m.first);
      if (through) m.via = through.name;
    }
    cited.push(m);
    if (m.kind === 'outlet' || m.kind === 'agency') state.lastOutlet = m;
    // `المصدر ذاته` (the same source) means the last source that spoke to the outlet, not a person it quotes.
    if (!m.key.startsWith('person:')) state.lastSource = m;
  }
  return cited;
}

/** A `source` flag for a cited mention. */
export function sourceFlag(text: string, range: WordedRange, m: SourceMention): FramingFlag {
  const start = range.words[m.first].start;
  const end = range.words[m.last].end;
  const gloss = m.via ? `${m.gloss}, via ${m.via}` : m.gloss;
  return { start, end, text: text.slice(start, end), category: 'source', rule: `source:${m.key}`, value: m.kind, gloss };
}

/** Citations by key in order of first citation, with counts and the first chain given. */
export function summarizeSources(mentions: readonly SourceMention[]): SourceCitation[] {
  const byKey = new Map<string, SourceCitation>();
  for (const m of mentions) {
    const c = byKey.get(m.key);
    if (c) {
      c.count += 1;
      c.via ??= m.via;
    } else {
      byKey.set(m.key, { name: m.name, key: m.key, kind: m.kind, side: m.side, count: 1, via: m.via });
    }
  }
  return [...byKey.values()];
}
