// Recognises agencies and outlets by name: a whole name (a byline part, a dateline's brackets) and
// credits inside an article's text (an agency cited, `مراسل بي بي سي`). Names are matched on the
// normalized text, so hamza, alef and ta marbuta variants and Arabic clitics do not matter.
import type { Credit } from '../types.js';
import { normalizeChar, normalizeText } from '../text/normalize.js';
import {
  AGENCIES, CITING_AFTER_EN, CITING_BEFORE, CITING_FILLERS, CORRESPONDENT_WORDS, CORRESPONDENT_WORDS_EN, OUTLETS, OWN_CORRESPONDENT,
  UNNAMED_AGENCIES, type OriginEntry,
} from './lexicons/provenance.js';

/** A known name: which entry, and whether it is an agency, an outlet or unnamed agencies. */
export interface KnownName {
  kind: 'agency' | 'outlet' | 'agencies';
  entry: OriginEntry;
}

/** Normalized, spaces collapsed. Names and windows are short: folding them char by char beats a decoder round trip. */
const norm = (s: string): string => (s.length > 64 ? normalizeText(s) : fold(s)).replace(/\s+/g, ' ').trim();

function fold(s: string): string {
  let out = '';
  for (const ch of s) out += normalizeChar(ch);
  return out;
}
/** A name's comparable form: normalized, dots and hyphens as spaces (`العربية.نت` = `العربية نت`, `أ.ف.ب` = `أ ف ب`). */
const compact = (s: string): string => norm(s).replace(/[\s.\-_'"]+/g, ' ').trim();

const UNNAMED: OriginEntry = { key: 'agencies', name: 'agencies', gloss: 'news agencies, not named', terms: UNNAMED_AGENCIES };

/** Every spelling (compact form) -> its entry; short forms too, since a whole name stands alone. */
const BY_NAME = new Map<string, KnownName>();
/** Latin acronyms of agencies (`AP`, `SPA`, `MAP`) match only as written, in capitals: `map` is a word. */
const BY_ACRONYM = new Map<string, KnownName>();
for (const [kind, entries] of [['agency', AGENCIES], ['outlet', OUTLETS], ['agencies', [UNNAMED]]] as const) {
  for (const entry of entries) {
    for (const t of [...entry.terms, ...(entry.short ?? []), entry.name]) {
      const acronym = kind === 'agency' && /^[A-Z]{2,5}$/.test(t);
      const map = acronym ? BY_ACRONYM : BY_NAME;
      const k = acronym ? t : compact(t);
      if (!map.has(k)) map.set(k, { kind, entry });
    }
  }
}

/** Words that may precede a name in a credit without being part of it (`وكالة الأناضول`, `قناة العربية`). */
const NAME_PREFIXES = /^(?:وكاله انباء|وكاله|قناه|موقع|شبكه|صحيفه|the|agence)\s+/;

/** Names already looked up (bracketed words and bylines repeat across a corpus); cleared when large. */
const nameCache = new Map<string, KnownName | null>();

/** The agency or outlet a whole name is (`فرانس برس`, `(AFP)`, `وكالة الأناضول`, `العربية.نت`), or null. */
export function knownName(name: string): KnownName | null {
  let hit = nameCache.get(name);
  if (hit === undefined) {
    if (nameCache.size > 50_000) nameCache.clear();
    hit = lookUp(name);
    nameCache.set(name, hit);
  }
  return hit;
}

function lookUp(name: string): KnownName | null {
  const bare = name.trim().replace(/^[("'«\s]+|[)"'»\s:]+$/g, '');
  const acronym = BY_ACRONYM.get(bare);
  if (acronym) return acronym;
  let n = norm(bare);
  const direct = BY_NAME.get(compact(n));
  if (direct) return direct;
  n = n.replace(NAME_PREFIXES, '');
  return BY_NAME.get(compact(n)) ?? null;
}

/** The outlet entry an outlet field or name stands for (`alarabia`, `Sky News Arabia`), or null. */
export function outletEntry(outlet: string | null): OriginEntry | null {
  if (!outlet) return null;
  const known = knownName(outlet);
  return known?.kind === 'outlet' ? known.entry : null;
}

/** A credit of a known name. */
export function creditOf(known: KnownName, text: string, from: Credit['from'], start: number | null, end: number | null, kind?: Credit['kind']): Credit {
  const k: Credit['kind'] = kind ?? (known.kind === 'outlet' ? 'own' : known.kind);
  return { kind: k, key: known.entry.key, name: known.entry.name, gloss: known.entry.gloss, text, from, start, end };
}

// --- mentions in the text -------------------------------------------------------------------

// The text is scanned as it is (normalizing 40 MB of news for this alone costs more than reading
// it): each name becomes a pattern whose letters match all their variants (أ إ آ ا, ة ه, ى ي,
// either case), shared beginnings are factored into a trie, and there is no look-behind (which
// makes a regex try every position); word boundaries and clitics are checked by hand.

/** Raw characters per normalized character: `ا` -> `اأإآٱ`, `a` -> `aAáà...`. */
const VARIANTS = new Map<string, string>();
for (let c = 0x20; c < 0x0700; c += 1) {
  const ch = String.fromCharCode(c);
  const n = normalizeChar(ch);
  if (n.length === 1 && /[\p{L}\p{N}]/u.test(n)) VARIANTS.set(n, (VARIANTS.get(n) ?? '') + ch);
}
const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

function charPattern(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === '-') return '[-\u2010-\u2015\\s]?';
  const variants = VARIANTS.get(ch);
  if (!variants) return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const cls = variants.length === 1 ? escapeClass(variants).replace(/^\\/, '') : `[${escapeClass(variants)}]`;
  return cls;
}

interface Trie { next: Map<string, Trie>; end: boolean }

/** One pattern for many names, their shared beginnings factored, each letter matching its variants. */
function loosePattern(terms: readonly string[]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const t of new Set(terms.map(norm))) {
    let node = root;
    for (const ch of t) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([ch, child]) => charPattern(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // Longest first: a name that continues (`وكالة الأنباء` ... `الفلسطينية`) is tried before it ends.
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const LONG_TERMS = [...AGENCIES.flatMap((e) => e.terms)];
/** An agency named in full. */
// It opens with the separator before the name (consumed, so the engine skips the inside of words)
// and the clitics (و ف ب ل ك) before it.
const BOUNDARY = `(?:^|[\\s"'«»“”(\\[/،,.:;؛!?؟\\-–—])`;
const AGENCY_NAME = new RegExp(`${BOUNDARY}([وفبلك]{0,2})(${loosePattern(LONG_TERMS)})`, 'g');
/** A short name is read only in brackets (`(واس)`) or after وكالة (`وكالة "وفا"`). */
const BRACKETED = /\(\s*([^()\n]{2,24}?)\s*\)/g;
const AFTER_AGENCY = new RegExp(`${loosePattern(['وكالة'])}\\s+(?:${loosePattern(['أنباء', 'الأنباء'])}\\s+)?["«]?([^\\s"«»()]+(?:\\s+[^\\s"«»()]+)?)`, 'g');
/** A correspondent, a reporter or a photographer, whose outlet or agency follows (`مراسل بي بي سي`), or the outlet's own (`مراسلنا`). */
const CORRESPONDENT = new RegExp(`${BOUNDARY}[وفبلك]{0,2}(${loosePattern([...OWN_CORRESPONDENT, ...CORRESPONDENT_WORDS, ...CORRESPONDENT_WORDS_EN])})`, 'g');
const OWN = new Set(OWN_CORRESPONDENT.map(norm));
const EN_CORRESPONDENT = new Set(CORRESPONDENT_WORDS_EN.map(norm));
const CITING = new Set(CITING_BEFORE.map(norm));
const FILLERS = new Set(CITING_FILLERS.map(norm));
const AFTER_EN = new RegExp(`^["')]*\\s+(?:${[...new Set(CITING_AFTER_EN.map(norm))].join('|')})(?![\\p{L}\\p{N}])`, 'u');
const LETTER = /[\p{L}\p{N}]/u;
const CLITICS = 'وفبلك';

/** The clitics before a hit at `at` (`و`, `ول`), or null when the hit starts inside a word. */
function cliticsBefore(text: string, at: number): string | null {
  let k = at;
  while (k > 0 && at - k < 2 && CLITICS.includes(text[k - 1])) k -= 1;
  while (k < at && k > 0 && LETTER.test(text[k - 1])) k += 1;
  return k > 0 && LETTER.test(text[k - 1]) ? null : text.slice(k, at);
}

function endsWord(text: string, end: number): boolean {
  return end >= text.length || !LETTER.test(text[end]);
}

/** The longest known name among the first one to five words from `at` (`بي بي سي`, `وكالة فرانس برس`), with where it ends. */
function nameAt(text: string, at: number): { known: KnownName; end: number } | null {
  const words = /^\s*["«]?((?:[^\s"«»()،,.:]+\s*){1,5})/.exec(text.slice(at, at + 60));
  if (!words) return null;
  const lead = words[0].length - words[1].length;
  const pieces = words[1].split(/(?<=\S)(?=\s)/);
  for (let k = pieces.length; k >= 1; k -= 1) {
    const name = pieces.slice(0, k).join('').trimEnd();
    const known = knownName(name);
    if (known) return { known, end: at + lead + name.length };
  }
  return null;
}

/** Does the text before `at` cite what follows (`ذكرت وكالة`, `بحسب ما نقلت`, `according to`)? */
function citedBefore(text: string, at: number): boolean {
  const words = norm(text.slice(Math.max(0, at - 60), at)).split(/[\s"'()«»,]+/).filter(Boolean);
  for (let k = words.length - 1, skipped = 0; k >= 0 && skipped <= 3; k -= 1, skipped += 1) {
    const w = words[k];
    const bare = w.replace(/^[وف]/, '');
    if (CITING.has(w) || CITING.has(bare)) return true;
    // Two-word markers: `according to`, `reported by`, `نقلا عن`.
    if (k > 0 && (CITING.has(`${words[k - 1]} ${w}`) || CITING.has(`${words[k - 1].replace(/^[وف]/, '')} ${w}`))) return true;
    if (!FILLERS.has(w) && !FILLERS.has(bare)) return false;
  }
  return false;
}

interface Hit {
  at: number;
  end: number;
  known: KnownName;
  correspondent: boolean;
}

/** Correspondents: `مراسل بي بي سي`, `مراسلة وكالة فرانس برس` (AFP's, not a citation of AFP), `BBC correspondent`, `مراسلنا`. */
function findCorrespondents(text: string, from: number, to: number, ownOutlet: OriginEntry | null, hits: Hit[]): void {
  CORRESPONDENT.lastIndex = from;
  for (let m = CORRESPONDENT.exec(text); m && m.index < to; m = CORRESPONDENT.exec(text)) {
    const end = m.index + m[0].length;
    const at = end - m[1].length;
    const word = norm(m[1]);
    if (OWN.has(word)) {
      if (ownOutlet && endsWord(text, end)) hits.push({ at, end, known: { kind: 'outlet', entry: ownOutlet }, correspondent: true });
      continue;
    }
    if (EN_CORRESPONDENT.has(word)) {
      if (!endsWord(text, end)) continue;
      // `BBC correspondent`, `the BBC's Middle East correspondent`: the name stands before.
      const before = /((?:\S+\s+){0,4})$/.exec(text.slice(Math.max(from, at - 50), at))?.[1] ?? '';
      const words = before.replace(/['’]s(?=\s)/g, '').trim().split(/\s+/);
      for (let k = 0; k < words.length; k += 1) {
        const known = knownName(words.slice(k, k + 3).join(' ')) ?? knownName(words.slice(k, k + 2).join(' ')) ?? knownName(words[k]);
        // An agency's reporter, or the article's own: `Fox News correspondent Megyn Kelly` in another outlet names a person, not a source.
        if (known && (known.kind === 'agency' || known.entry === ownOutlet)) {
          hits.push({ at: at - before.length + before.indexOf(words[k]), end, known, correspondent: true });
          break;
        }
      }
      continue;
    }
    // A suffix (`مراسلة`, `مراسلو`) may follow; a longer word (`مراسلات`) is something else.
    const tail = /^[\p{L}]{0,1}(?=[^\p{L}\p{N}]|$)/u.exec(text.slice(end, end + 2));
    if (!tail) continue;
    // The name follows, with its قناة, موقع or وكالة (`مراسل وكالة الأنباء الفرنسية`): knownName reads past them.
    const after = /^\S*\s+/.exec(text.slice(end, end + 30));
    const name = after ? nameAt(text, end + after[0].length) : null;
    if (name && name.known.kind !== 'agencies' && name.end <= to) hits.push({ at, end: name.end, known: name.known, correspondent: true });
  }
}

/** Agencies the text cites: named in full with a citing word (`ذكرت وكالة رويترز`), said to (`لرويترز`), or by a short name after وكالة or in brackets. */
function findCitations(text: string, from: number, to: number, hits: Hit[]): void {
  const taken = (at: number, end: number) => hits.some((h) => at < h.end && end > h.at);
  const cite = (at: number, end: number, known: KnownName | null, clitics: string) => {
    if (!known || known.kind !== 'agency' || taken(at, end)) return;
    const after = ` ${norm(text.slice(end, end + 24))}`;
    if (clitics.endsWith('ل') || citedBefore(text, at - clitics.length) || AFTER_EN.test(after)) hits.push({ at, end, known, correspondent: false });
  };
  for (const re of [AGENCY_NAME, BRACKETED, AFTER_AGENCY]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      if (re === AGENCY_NAME) {
        const at = end - m[2].length;
        if (endsWord(text, end)) cite(at, end, knownName(m[2]), m[1]);
      } else if (cliticsBefore(text, m.index) !== null) cite(m.index, end, knownName(m[1]), '');
    }
  }
}

/**
 * The credits an article's text gives: agencies it cites (`ذكرت وكالة رويترز`, `Reuters reported`,
 * `قال لوكالة فرانس برس`, `(واس)` after a citation) and correspondents (`مراسل بي بي سي`,
 * `مراسلنا`: the article's own outlet, `ownOutlet`). Only `ranges` are read (the article past its boilerplate).
 */
export function findTextCredits(text: string, ranges: ReadonlyArray<readonly [number, number]>, ownOutlet: OriginEntry | null): Credit[] {
  const hits: Hit[] = [];
  for (const [from, to] of ranges) {
    findCorrespondents(text, from, to, ownOutlet, hits);
    findCitations(text, from, to, hits);
  }
  hits.sort((a, b) => a.at - b.at);
  const out: Credit[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    // A name in brackets right after the same name cited (`وكالة الأنباء السعودية (واس)`) is one mention.
    if (!h.correspondent && last && last.key === h.known.entry.key && last.end !== null && h.at - last.end <= 3) continue;
    out.push(creditOf(h.known, text.slice(h.at, h.end), 'text', h.at, h.end, h.correspondent ? 'correspondent' : undefined));
  }
  return out;
}
