// 1. Gazetteer names in a sentence, with clitics (وغالانت, لنتنياهو, بغزة) and spelling variants (جالانت).
import { normalizeText } from '../../text/normalize.js';
import { cliticForms, withoutArticle } from '../../text/clitics.js';
import { foldName, foldWord } from '../../text/transliteration.js';
import { GAZETTEER, type GazetteerEntry } from '../lexicons/gazetteer.js';
import { scanWords, type WordToken } from '../words.js';
import { offsetOf, type EntityMatch, type GazetteerMatches } from './match.js';

interface Alias {
  tokens: WordToken[];
  entry: GazetteerEntry;
  key: string;
  /** Persons and outlets are foreign names: match their transliteration variants too. */
  loose: boolean;
}

const ALIASES: Map<string, Alias[]> = buildAliases();

function buildAliases(): Map<string, Alias[]> {
  const index = new Map<string, Alias[]>();
  for (const entry of GAZETTEER) {
    const key = foldName(normalizeText(entry.ar[0] ?? entry.en[0]));
    const loose = entry.type === 'person' || entry.outlet === true;
    for (const form of [...entry.ar, ...entry.en.map((e) => e.replace(/^the /i, ''))]) {
      const tokens = scanWords(form, 0, form.length);
      const first = foldWord(tokens[0].base);
      const list = index.get(first) ?? [];
      list.push({ tokens, entry, key, loose });
      index.set(first, list);
    }
  }
  return index;
}

/** Last-letter class, so that folding does not merge a name with its adjective (إسرائيل / إسرائيلي). */
const ending = (w: string): string => {
  const last = w[w.length - 1];
  return 'يوها'.includes(last) ? last : '-';
};

function wordMatches(text: WordToken, textNorm: string, alias: WordToken, loose: boolean): boolean {
  if (!alias.isWord || !text.isWord) return text.norm === alias.norm;
  if (!alias.isArabic) {
    if (textNorm !== alias.norm) return false;
    // Acronyms keep their case (US is not us); proper names start with a capital.
    if (alias.text.length > 1 && alias.text === alias.text.toUpperCase()) return text.text.replace(/['’]s$/, '') === alias.text;
    return !/^\p{Lu}/u.test(alias.text) || /^\p{Lu}/u.test(text.text);
  }
  if (textNorm === alias.norm) return true;
  // The article may be added to a name (الموساد for موساد); dropping it from a name is only safe
  // for foreign names (أقصى is "farthest", الأقصى the mosque).
  if (textNorm.startsWith('ال') && withoutArticle(textNorm) === alias.norm) return true;
  if (!loose) return false;
  if (alias.norm.startsWith('ال') && withoutArticle(alias.norm) === textNorm) return true;
  return textNorm.length >= 4 && ending(textNorm) === ending(alias.norm) && variantOf(withoutArticle(textNorm), withoutArticle(alias.norm));
}

/** Spelling variants of one foreign name: the same after mapping ج/غ/ق and collapsing doubled
 * letters, or apart by one long vowel (هليفي / هاليفي, نتانياهو / نتنياهو), not more: مليار is not ميلر. */
function variantOf(a: string, b: string): boolean {
  const skeleton = (w: string): string => w.replace(/ء/g, '').replace(/[جغق]/g, 'غ').replace(/(.)\1+/g, '$1');
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 1; i < long.length; i += 1) {
    if ('اوي'.includes(long[i]) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/** The longest gazetteer match starting at each token, keyed by token index. */
export function matchGazetteer(text: string, tokens: WordToken[]): GazetteerMatches {
  const found: GazetteerMatches = new Map();
  let coveredTo = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isWord) continue;
    let best: { alias: Alias; cut: number; to: number } | null = null;
    for (const { form, cut } of cliticForms(t.base)) {
      for (const alias of ALIASES.get(foldWord(form)) ?? []) {
        if (!wordMatches(t, form, alias.tokens[0], alias.loose)) continue;
        let k = i + 1;
        let ok = true;
        for (const next of alias.tokens.slice(1)) {
          if (k >= tokens.length || !wordMatches(tokens[k], tokens[k].base, next, alias.loose)) {
            ok = false;
            break;
          }
          k += 1;
        }
        if (ok && (best === null || k > best.to)) best = { alias, cut, to: k };
      }
    }
    if (best === null) continue;
    const startAt = t.start + offsetOf(t.text, best.cut);
    const last = tokens[best.to - 1];
    const endAt = /['’]s$/.test(last.text) && !last.isArabic ? last.end - 2 : last.end;
    const match: EntityMatch = {
      start: startAt,
      end: endAt,
      text: text.slice(startAt, endAt),
      key: best.alias.key,
      type: best.alias.entry.type,
      from: i,
      to: best.to,
      phraseFrom: i,
      outlet: best.alias.entry.outlet === true,
    };
    // A shorter match inside a longer one (غزة inside قطاع غزة) is not kept.
    if (i >= coveredTo) found.set(i, match);
    coveredTo = Math.max(coveredTo, best.to);
  }
  return found;
}
