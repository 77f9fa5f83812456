// The matching key of a normalized word: stopwords out, then a light stem.
// Interim light stemmer until src/text/stem.ts lands: strips the article and one-letter clitics
// (و ف ب ك ل + ال) and one common suffix in Arabic, plural and verb endings in English.
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS } from './lexicons/stopwords.js';

const STOP = new Set<string>([...ARABIC_STOPWORDS, ...ENGLISH_STOPWORDS]);

const ARABIC_PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const ARABIC_SUFFIXES = ['هما', 'ات', 'ان', 'ون', 'ين', 'يه', 'ها', 'هم', 'نا', 'ه', 'ي'];

function stemArabic(word: string): string {
  let w = word;
  for (const p of ARABIC_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w === word && w.length >= 4 && (w[0] === 'و' || w[0] === 'ف' || w[0] === 'ب' || w[0] === 'ل')) w = w.slice(1);
  for (const s of ARABIC_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) return w.slice(0, -s.length);
  }
  return w;
}

function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The key two words must share to count as one term, or null for a stopword or a one-letter word. */
export function termKey(norm: string, arabic: boolean): string | null {
  if (norm.length < 2 || STOP.has(norm)) return null;
  return arabic ? stemArabic(norm) : stemEnglish(norm);
}
