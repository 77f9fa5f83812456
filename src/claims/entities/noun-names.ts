// 2. Outlets and organisations a noun introduces (موقع "أكسيوس", قناة 13); 5. places after a place
// noun (مخيم جباليا).
import { foldName } from '../../text/transliteration.js';
import { ORG_NOUNS, OUTLET_NOUNS, PLACE_NOUNS, TIME_WORDS, bareForms, closingQuote, isBoundary, isNisba, isQuoteMark } from '../word-classes.js';
import type { WordToken } from '../words.js';
import { isNameLike, makeMatch, type EntityMatch, type GazetteerMatches } from './match.js';

export function matchNamedByNoun(text: string, tokens: WordToken[], gazetteer: GazetteerMatches): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isArabic) continue;
    const forms = bareForms(t);
    const outlet = forms.some((f) => OUTLET_NOUNS.has(f));
    if (!outlet && !forms.some((f) => ORG_NOUNS.has(f))) continue;
    const next = tokens[i + 1];
    // قناة 13, القناة 12: the number names the channel.
    if (outlet && /^\p{N}+$/u.test(next.text) && /قناه/.test(t.norm)) {
      if (!gazetteer.has(i)) out.push(makeMatch(text, tokens, i, i + 2, 'organization', foldName('قناه ' + next.norm), i, true));
      continue;
    }
    // موقع "أكسيوس", حركة "حماس": a short name in quotation marks.
    if (isQuoteMark(next)) {
      const close = closingQuote(tokens, i + 1, 4);
      if (close < 0 || gazetteer.has(i + 2)) continue;
      const inner = tokens.slice(i + 2, close).map((w) => w.base).join(' ');
      out.push(makeMatch(text, tokens, i + 2, close, 'organization', foldName(inner), i, outlet));
    }
  }
  return out;
}

export function matchPlaceNouns(text: string, tokens: WordToken[], gazetteer: GazetteerMatches): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isArabic || !bareForms(t).some((f) => PLACE_NOUNS.has(f)) || gazetteer.has(i + 1)) continue;
    // مخيم النصيرات, حي الرمال: camps and quarters are often named with the article.
    const articleOk = /مخيم|حي$/.test(t.norm);
    // محافظة منكوبة, قرية مهجورة: a feminine passive participle (مفعولة) after the noun describes it, names nothing.
    if (isPassiveParticiple(tokens[i + 1])) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2) {
      const w = tokens[k];
      const ok = isNameLike(tokens, k, gazetteer) ||
        (articleOk && w.isArabic && w.norm.startsWith('ال') && !isNisba(w.norm) && !TIME_WORDS.has(w.norm));
      if (!ok) break;
      k += 1;
    }
    if (k > i + 1 && isBoundary(tokens, k)) {
      const name = tokens.slice(i + 1, k).map((w) => w.base).join(' ');
      out.push(makeMatch(text, tokens, i + 1, k, 'place', foldName(name), i));
    }
  }
  return out;
}

/** The feminine passive participle pattern مفعولة (منكوبة, مهجورة, محظورة), as normalized (ة is ه). */
function isPassiveParticiple(t: WordToken | undefined): boolean {
  return t !== undefined && t.isArabic && /^م[^اويه]{2}و[^اوي]ه$/.test(t.norm);
}
