// Optional Arabic shaping for terminals that neither reorder nor join letters: each letter is
// replaced by its contextual presentation form (isolated, final, initial, medial) and lam + alef by
// its ligature. The form table is derived at start-up from Unicode normalisation (NFKC maps every
// presentation form back to its letter), so no third-party shaper or copied table is needed.

type Forms = { isolated: string; final?: string; initial?: string; medial?: string };

/** Letter -> its presentation forms, read off the FE70-FEFC and FB50-FBFF blocks in code order. */
function buildForms(): Map<string, Forms> {
  const runs = new Map<string, string[]>();
  // FE first: the standard Arabic forms; FB adds the Persian and Urdu letters. A letter's first
  // run wins, so the separate Uighur forms of alef maksura in FB are left out.
  for (const [from, to] of [
    [0xfe70, 0xfefc],
    [0xfb50, 0xfbff],
  ]) {
    let letter = '';
    let run: string[] = [];
    const flush = () => {
      if (letter && !runs.has(letter)) runs.set(letter, run);
      letter = '';
      run = [];
    };
    for (let cp = from; cp <= to; cp += 1) {
      const base = String.fromCodePoint(cp).normalize('NFKC');
      if (!(base.length === 1 && base >= '\u0621' && base <= '\u06ff')) {
        flush();
        continue;
      }
      if (base !== letter) flush();
      letter = base;
      run.push(String.fromCodePoint(cp));
    }
    flush();
  }
  const forms = new Map<string, Forms>();
  for (const [letter, f] of runs) {
    // The blocks list a letter's forms as isolated, final, initial, medial; two forms mean the
    // letter joins only to the letter before it (alef, dal, ra, waw ...).
    forms.set(letter, f.length >= 4 ? { isolated: f[0], final: f[1], initial: f[2], medial: f[3] } : f.length >= 2 ? { isolated: f[0], final: f[1] } : { isolated: f[0] });
  }
  return forms;
}

/** Lam + alef variant -> [isolated, final] ligature (U+FEF5-U+FEFC). */
function buildLamAlef(): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (let cp = 0xfef5; cp <= 0xfefb; cp += 2) {
    map.set(String.fromCodePoint(cp).normalize('NFKC'), [String.fromCodePoint(cp), String.fromCodePoint(cp + 1)]);
  }
  return map;
}

const FORMS = buildForms();
const LAM_ALEF = buildLamAlef();
const TATWEEL = '\u0640';
const ZWJ = '\u200d';

/** Marks that do not break a join (harakat, superscript alef, Quranic marks). */
function isTransparent(ch: string): boolean {
  return /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/.test(ch);
}

/** Whether `ch` connects to the letter after it. */
function joinsForward(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch === TATWEEL || ch === ZWJ) return true;
  return FORMS.get(ch)?.initial !== undefined;
}

/** Whether `ch` connects to the letter before it. */
function joinsBackward(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch === TATWEEL || ch === ZWJ) return true;
  return FORMS.get(ch)?.final !== undefined;
}

/**
 * Arabic letters replaced by their contextual presentation forms, in logical order. Text without
 * Arabic letters comes back unchanged; NFKC of the result gives back the input (ligatures aside
 * from marks between lam and alef, which prevent the ligature).
 */
export function shapeArabic(text: string): string {
  const chars = [...text];
  const neighbour = (i: number, step: 1 | -1): string | undefined => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!isTransparent(chars[j])) return chars[j];
    return undefined;
  };
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    const forms = FORMS.get(ch);
    if (!forms) {
      out += ch;
      continue;
    }
    const prevJoins = joinsForward(neighbour(i, -1)) && forms.final !== undefined;
    const ligature = ch === '\u0644' ? LAM_ALEF.get(ch + (chars[i + 1] ?? '')) : undefined;
    if (ligature) {
      out += prevJoins ? ligature[1] : ligature[0];
      i += 1;
      continue;
    }
    const nextJoins = forms.initial !== undefined && joinsBackward(neighbour(i, 1));
    out += prevJoins && nextJoins ? forms.medial! : prevJoins ? forms.final! : nextJoins ? forms.initial! : forms.isolated;
  }
  return out;
}
