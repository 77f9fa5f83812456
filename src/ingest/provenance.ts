// Provenance: whom an article credits for its text, read from what it says, never guessed.
// Recipe:
//   1. the byline a field gives (`بكين - فرانس برس`, `العربية.نت - إسلام سيف`, `أ ف ب`);
//   2. the dateline or byline opening the lead (`(CNN)--`, `WASHINGTON (AP) —`, `Posted on ... by ...`);
//   3. a closing credit line (`فرانس24/ أ ف ب/ رويترز`);
//   4. the text: agencies it cites (`ذكرت وكالة رويترز`, `Reuters reported`) and correspondents
//      (`مراسل بي بي سي`, `مراسلنا`);
//   5. the basis: what 1-3 say about the whole text (agency copy, own reporting, both, or nothing).
import type { Credit, Provenance, Removal } from '../types.js';
import { creditOf, findTextCredits, knownName, outletEntry } from './credits.js';
import { matchDateline } from './dateline.js';

export interface ProvenanceInput {
  text: string;
  /** Boilerplate found in the text (found even when it is kept), in text order. */
  removals: readonly Removal[];
  /** A byline field (JSON `author` or `byline`, HTML `author`), when the format gives one. */
  byline: string | null;
  /** The article's outlet, so that `دبي - العربية.نت` on an Al Arabiya article reads as its own. */
  outlet: string | null;
}

/** Separators between a byline's parts: a dash (tatweel too, as Arabic bylines write it) between spaces, or a tight dash. */
const DASH = /\s+[-–—―ـ]+\s*|\s*[-–—―]+\s+|(?<=\p{L})[-–—―](?=\s|\p{L})/u;
const LIST = /\s*[،,/;|]\s*|\s+and\s+/u;

/** Reads an article's provenance. */
export function readProvenance(input: ProvenanceInput): Provenance {
  const own = outletEntry(input.outlet);
  const credits: Credit[] = [];
  let place: string | null = null;
  // 1. The byline field.
  const byline = input.byline?.replace(/\s+/g, ' ').trim() || null;
  if (byline) place = readByline(byline, input.outlet, credits);
  // 2. The dateline or byline opening the lead.
  for (const r of input.removals) {
    if (r.reason !== 'dateline' && r.reason !== 'byline') continue;
    const d = matchDateline(r.text);
    if (!d) continue;
    place ??= d.place || null;
    // A byline may name a writer and an agency: `بقلم الزميل محمد توفيق، CNN`, `By Jane Doe, Reuters`.
    let from = r.text.indexOf(d.outlet, d.start);
    for (const name of d.kind === 'byline' ? d.outlet.split(LIST) : [d.outlet]) {
      const at = r.text.indexOf(name, from);
      if (!name || at < 0) continue;
      from = at + name.length;
      credits.push(nameCredit(name, input.outlet, 'dateline', r.start + at, r.start + at + name.length, d.kind === 'byline'));
    }
  }
  // 3. A closing credit line: agencies joined by slashes.
  for (const r of input.removals) {
    if (r.reason !== 'credit') continue;
    let at = 0;
    for (const part of r.text.split(LIST)) {
      const i = r.text.indexOf(part, at);
      at = i + part.length;
      const known = knownName(part);
      if (known) credits.push(creditOf(known, part, 'credit', r.start + i, r.start + i + part.length, ownOrKind(known, input.outlet)));
    }
  }
  // 4. Agencies cited and correspondents in the text.
  credits.push(...findTextCredits(input.text, outside(input.text.length, input.removals), own));
  // 5. The basis, from the credits that speak for the whole text.
  const whole = credits.filter((c) => c.from !== 'text');
  const agency = whole.some((c) => c.kind === 'agency' || c.kind === 'agencies');
  const mine = whole.some((c) => c.kind === 'own' || c.kind === 'writer' || c.kind === 'correspondent');
  const basis = agency && mine ? 'mixed' : agency ? 'agency' : mine ? 'own' : 'unknown';
  return { byline, place, credits: dedupe(credits), basis };
}

/**
 * Reads a byline field into credits and returns the place it names. `PLACE - CREDIT` is the
 * convention (`بكين - فرانس برس`, `اليمن - إسلام سيف`); a credit is an agency, unnamed agencies,
 * the outlet itself or, failing those, a writer (`العربية.نت - إسلام سيف`, `علاوة مزياني`).
 */
function readByline(byline: string, outlet: string | null, credits: Credit[]): string | null {
  const bare = byline.replace(/^(?:by|بقلم|كتب|كتبت)\s*:?\s+/i, '');
  const parts = bare.split(DASH).map((p) => p.trim()).filter(Boolean);
  let place: string | null = null;
  parts.forEach((part, i) => {
    const names = part.split(LIST).flatMap(splitAnd).map((n) => n.trim()).filter(Boolean);
    const known = names.map((n) => knownName(n));
    // The first of several parts that names nobody known is the place the story was filed from.
    if (i === 0 && parts.length > 1 && known.every((k) => k === null)) {
      place = part;
      return;
    }
    names.forEach((name, k) => {
      const hit = known[k];
      if (hit) credits.push(creditOf(hit, name, 'byline', null, null, ownOrKind(hit, outlet)));
      else if (name.split(/\s+/).length <= 4) credits.push(writer(name, outlet, 'byline', null, null));
    });
  });
  return place;
}

/** `العربية.نت ووكالات`: a name joined to a known one by و. */
function splitAnd(name: string): string[] {
  if (knownName(name)) return [name];
  const m = /^(.+?)\s+و(\S.*)$/u.exec(name);
  return m && knownName(m[2]) ? [m[1], m[2]] : [name];
}

/** A credited name: a known agency or outlet, an unknown name in a dateline's brackets (an agency we do not list), or a writer. */
function nameCredit(name: string, outlet: string | null, from: Credit['from'], start: number, end: number, byline: boolean): Credit {
  const known = knownName(name);
  if (known) return creditOf(known, name, from, start, end, ownOrKind(known, outlet));
  if (sameName(name, outlet)) return { kind: 'own', key: name, name, gloss: 'the outlet itself', text: name, from, start, end };
  if (byline) return writer(name, outlet, from, start, end);
  return { kind: 'agency', key: name, name, gloss: 'an agency or outlet credited in the dateline', text: name, from, start, end };
}

function writer(name: string, outlet: string | null, from: Credit['from'], start: number | null, end: number | null): Credit {
  if (sameName(name, outlet)) return { kind: 'own', key: name, name, gloss: 'the outlet itself', text: name, from, start, end };
  return { kind: 'writer', key: name, name, gloss: outlet ? `a writer of ${outlet}` : 'the writer', text: name, from, start, end };
}

/** An outlet credited on another outlet's article is that outlet's copy, which counts like an agency's. */
function ownOrKind(known: NonNullable<ReturnType<typeof knownName>>, outlet: string | null): Credit['kind'] {
  if (known.kind !== 'outlet') return known.kind;
  const own = outletEntry(outlet);
  return !own || own.key === known.entry.key ? 'own' : 'agency';
}

function sameName(name: string, outlet: string | null): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[\s.\-_]+/g, '');
  return outlet !== null && fold(name) === fold(outlet);
}

/** The [start, end) ranges of the text no removal covers. */
function outside(length: number, removals: readonly Removal[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const r of [...removals].sort((a, b) => a.start - b.start)) {
    if (r.start > at) out.push([at, r.start]);
    at = Math.max(at, r.end);
  }
  if (at < length) out.push([at, length]);
  return out;
}

/** One credit per kind, key, origin and place: a byline field and a dateline may say the same. */
function dedupe(credits: Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => {
    const k = `${c.kind}|${c.key}|${c.from}|${c.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
