// A root key for an Arabic word, so that forms of one root meet: أصيبوا / المصابين / إصابة,
// دعم / الداعم, يكتب / تكتب / كاتب, قتلى / قتيل / مقتل, أطفال / طفل. It backs off from the
// light stem: clitics and inflectional suffixes off, then the letters of the derived form (م ت ي
// ا است ان, the ت infixed in افتعل), then the long vowels and weak letters inside the word. The key
// is for matching only: two words of one root may mean different things (كتب: wrote / books), and a
// radical م or ت at the start is sometimes taken for a prefix (مدينة), so it is a weaker signal
// than the stem and the aligner weighs it as such. Takes normalized text (`normalizeText`).
import { stemArabic } from './stem.js';

/** Suffixes with the letters that must stay: pronouns, plural, dual and feminine endings. */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['تهم', 3], ['تها', 3], ['هما', 3], ['كما', 3], ['كم', 3], ['هم', 3], ['ها', 3], ['نا', 3], ['ون', 3], ['ين', 3],
  ['ات', 3], ['وا', 3], ['تم', 3], ['ان', 4], ['ه', 3], ['ت', 3], ['ي', 3], ['ك', 3], ['ا', 3],
];

/** Prefixes of derived forms and of the imperfect, longest first; three letters must stay. */
const PREFIXES = ['است', 'مست', 'يست', 'تست', 'ست', 'مت', 'من', 'ان', 'م', 'ت', 'ي', 'ا'];

/** Prepositions fused to a word without the article (بدعم، لمقتل): only off a long word. */
const FUSED = /^[بلك]/;

const WEAK = /[اويء]/g;

function stripSuffixes(word: string): string {
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [s, keep] of SUFFIXES) {
      if (w.length - s.length >= keep && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** The word with the prefix of its derived form off (and form VIII's infixed ت), three letters staying. */
function stripPattern(word: string): string {
  // Form VIII of a root beginning with ن (انتخب، انتشر) is ا + ن + ت, not form VII's ان.
  const prefix = word.startsWith('انت') && word.length >= 5 ? 'ا' : PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 3);
  if (!prefix) return word;
  const rest = word.slice(prefix.length);
  // افتعل، مفتعل، افتعال: C ت C C; but not مفعول (مكتوب), where the letter after ت is a long vowel.
  const infix = (prefix === 'ا' || prefix === 'م') && rest.length >= 4 && rest[1] === 'ت' && !'اوي'.includes(rest[0]) && !'اوي'.includes(rest[2]);
  return infix ? rest[0] + rest.slice(2) : rest;
}

/** Root key of a normalized Arabic word: its consonant skeleton of 2 to 4 letters. */
export function arabicRoot(norm: string): string {
  let w = stemArabic(norm);
  if (FUSED.test(w) && w.length >= 5) w = w.slice(1);
  w = stripPattern(stripSuffixes(w));
  // Long vowels and weak letters inside the word belong to the pattern (فاعل، فعيل، فعول، أفعال);
  // the first letter stays, it may be a radical (وصل، أمن).
  const skeleton = w[0] + w.slice(1).replace(WEAK, '');
  return (skeleton.length >= 2 ? skeleton : w).slice(0, 4);
}
