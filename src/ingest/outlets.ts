// Outlet identity: which outlet a URL's domain or a metadata name stands for (the built-in table
// of known outlets, src/ingest/lexicons/outlets.ts), and a user's outlet table applied to articles.
import type { Article, OutletInfo } from '../types.js';
import { KNOWN_OUTLETS, type KnownOutlet } from './lexicons/outlets.js';

/** A name folded for matching: lower case, no spaces, dots, dashes or apostrophes (`Sky News` = `skynews`). */
export function compactName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-_'’`]+/g, '');
}

/** The info of a known outlet, as articles carry it. */
export function outletInfoOf(outlet: KnownOutlet): OutletInfo {
  return { name: outlet.name, country: outlet.country, owner: outlet.owner, language: outlet.language, lean: null };
}

/** Host and path of a URL (`www.` dropped, lower case), or null when it is not an http(s) address. */
export function urlParts(url: string | null | undefined): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { host: parsed.hostname.toLowerCase().replace(/^www\./, ''), path: parsed.pathname.toLowerCase() };
  } catch {
    return null;
  }
}

/** True when `host` is `domain` or one of its subdomains. */
function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** How well a table domain (`bbc.co.uk/arabic`) fits a URL: its length when it does (the most specific wins), else 0. */
function domainFit(parts: { host: string; path: string }, domain: string): number {
  const slash = domain.indexOf('/');
  const host = slash < 0 ? domain : domain.slice(0, slash);
  const prefix = slash < 0 ? '' : domain.slice(slash);
  if (!hostMatches(parts.host, host)) return 0;
  if (prefix && !(parts.path === prefix || parts.path.startsWith(`${prefix}/`))) return 0;
  return domain.length;
}

/** The known outlet a URL's domain belongs to, or null. */
export function outletOfUrl(url: string | null | undefined, table: readonly KnownOutlet[] = KNOWN_OUTLETS): KnownOutlet | null {
  const parts = urlParts(url);
  if (!parts) return null;
  let best: KnownOutlet | null = null;
  let bestFit = 0;
  for (const [outlet, d] of table === KNOWN_OUTLETS ? knownDomainsOf(parts.host) : domainsOf(table, parts.host)) {
    const fit = domainFit(parts, d);
    if (fit > bestFit) {
      best = outlet;
      bestFit = fit;
    }
  }
  return best;
}

/** The table's domains whose host part is `host` or a parent of it, in table order: only they can fit a URL of that host. */
function domainsOf(table: readonly KnownOutlet[], host: string): Array<[KnownOutlet, string]> {
  const out: Array<[KnownOutlet, string]> = [];
  for (const outlet of table) {
    for (const d of outlet.domains) {
      const slash = d.indexOf('/');
      if (hostMatches(host, slash < 0 ? d : d.slice(0, slash))) out.push([outlet, d]);
    }
  }
  return out;
}

/** domainsOf the built-in table per host: a corpus has few hosts and many URLs. */
const knownDomains = new Map<string, Array<[KnownOutlet, string]>>();

function knownDomainsOf(host: string): Array<[KnownOutlet, string]> {
  let found = knownDomains.get(host);
  if (!found) {
    if (knownDomains.size > 10_000) knownDomains.clear();
    found = domainsOf(KNOWN_OUTLETS, host);
    knownDomains.set(host, found);
  }
  return found;
}

const byAlias = new Map<string, KnownOutlet | null>();
for (const outlet of KNOWN_OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) {
    const key = compactName(alias);
    // An alias two outlets share names neither.
    byAlias.set(key, byAlias.has(key) && byAlias.get(key) !== outlet ? null : outlet);
  }
}

/** The known outlet a name stands for (`skynews`, `nyt`, `العربية`), or null when none or several do. */
export function outletOfName(name: string | null | undefined): KnownOutlet | null {
  if (!name) return null;
  return byAlias.get(compactName(name)) ?? null;
}

/** An outlet's name and aliases folded by compactName, folded once per outlet: every article of a corpus asks. */
const compactNames = new WeakMap<KnownOutlet, string[]>();

function compactNamesOf(outlet: KnownOutlet): string[] {
  let names = compactNames.get(outlet);
  if (!names) compactNames.set(outlet, (names = [outlet.name, ...outlet.aliases].map(compactName)));
  return names;
}

/**
 * True when a metadata name plausibly names this known outlet: one of its names, or the start of
 * one (`BBC` for BBC Arabic, `CNN` for CNN Arabic), or the first label of one of its domains.
 */
export function namesOutlet(name: string, outlet: KnownOutlet): boolean {
  const key = compactName(name);
  if (key.length < 2) return false;
  const names = compactNamesOf(outlet);
  if (names.includes(key) || names.some((n) => n.startsWith(key))) return true;
  return outlet.domains.some((d) => d.split(/[./]/)[0] === key);
}

/**
 * The outlet an article's fields give: a field that names the URL's known outlet (or a known outlet
 * on its own) takes that outlet's name and facts; another field stays as written; without a field,
 * the URL's domain names it when the table knows the domain.
 */
export function identifyOutlet(field: string | null, url: string | null): { outlet: string; info: OutletInfo | null; from: 'field' | 'domain' } | null {
  const byUrl = outletOfUrl(url);
  if (field) {
    const known = byUrl && namesOutlet(field, byUrl) ? byUrl : outletOfName(field);
    return known ? { outlet: known.name, info: outletInfoOf(known), from: 'field' } : { outlet: field, info: null, from: 'field' };
  }
  return byUrl ? { outlet: byUrl.name, info: outletInfoOf(byUrl), from: 'domain' } : null;
}

/** The warnings metadata gives when it finds no outlet or guesses one from the file name: moot once a table names it. */
export const NO_OUTLET_WARNING = 'no outlet found (no outlet field, source line or dateline, and the file name names none)';
export function guessedOutletWarning(name: string): string {
  return `outlet "${name}" guessed from the file name; add a "المصدر: ..." or "Source: ..." line to be sure`;
}

/** One row of a user's outlet table: which articles it names, and what to call their outlet. */
export interface OutletRow {
  /**
   * An article id, a file name (with or without its extension), a domain (matching its
   * subdomains, optionally with a path: `bbc.co.uk/arabic`), or an outlet name as read.
   */
  match: string;
  name: string;
  country?: string | null;
  owner?: string | null;
  language?: string | null;
  lean?: string | null;
}

/** The file name of an article's source, without folders, record number or extension. */
function fileStem(source: string): { name: string; stem: string } {
  const file = source.replace(/#\d+$/, '').split(/[\\/]/).pop() ?? source;
  return { name: file, stem: file.replace(/\.[^.]+$/, '') };
}

/** The row that names an article: by id, then file name, then URL domain (the most specific), then outlet name. */
function rowFor(article: Article, rows: readonly OutletRow[]): OutletRow | null {
  const { name, stem } = fileStem(article.source);
  const exact = rows.find((r) => r.match === article.id) ?? rows.find((r) => r.match === name || r.match === stem);
  if (exact) return exact;
  const parts = urlParts(article.url);
  if (parts) {
    let best: OutletRow | null = null;
    let bestFit = 0;
    for (const r of rows) {
      const fit = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/i.test(r.match) ? domainFit(parts, r.match.toLowerCase().replace(/^www\./, '')) : 0;
      if (fit > bestFit) {
        best = r;
        bestFit = fit;
      }
    }
    if (best) return best;
  }
  if (article.outlet) {
    const key = compactName(article.outlet);
    return rows.find((r) => compactName(r.match) === key) ?? null;
  }
  return null;
}

/**
 * The articles with the outlet a user's table gives them (name and facts, `outletFrom` set to
 * `outlets-file`); articles no row names are returned unchanged. Facts a row leaves out are taken
 * from the built-in table when it knows the outlet by that name.
 */
export function applyOutletTable<T extends Article>(articles: readonly T[], rows: readonly OutletRow[]): T[] {
  if (rows.length === 0) return [...articles];
  return articles.map((a) => {
    const row = rowFor(a, rows);
    if (!row) return a;
    const known = outletOfName(row.name);
    const info: OutletInfo = {
      name: row.name,
      country: row.country ?? known?.country ?? null,
      owner: row.owner ?? known?.owner ?? null,
      language: row.language ?? known?.language ?? null,
      lean: row.lean ?? null,
    };
    const moot = new Set([NO_OUTLET_WARNING, ...(a.outletFrom === 'filename' && a.outlet ? [guessedOutletWarning(a.outlet)] : [])]);
    return { ...a, outlet: row.name, outletFrom: 'outlets-file', outletInfo: info, warnings: a.warnings.filter((w) => !moot.has(w)) };
  });
}
