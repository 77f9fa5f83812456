// Independence in a claim group: which members come from one origin (copies of one dispatch,
// articles crediting one agency, one outlet's own reporting), how many independent origins remain,
// which named sources several origins quote, and which conflicts are edits of one text.
import type { ArticleResult, Claim, ClaimGroup, CopyLink, EditChange, FramingProfile, GroupOrigins, Origin, OriginSupport, SharedSource } from '../types.js';
import { AGENCIES } from '../ingest/lexicons/provenance.js';
import { agencyOrigin, originReason, outletIdentity } from './article-origin.js';
import { outletOf } from './copies.js';

const AGENCY_KEYS = new Set(AGENCIES.map((a) => a.key));

/** What the group stage reads about the event: articles, their origins, copies and framing, all indexed once. */
export interface EventIndex {
  articles: readonly ArticleResult[];
  /** Origin per article, in article order. */
  origins: readonly Origin[];
  /** claim id -> its claim and article index. */
  claims: ReadonlyMap<string, { claim: Claim; article: number }>;
  /** `i,j` (i < j) -> the copy link of articles i and j. */
  links: ReadonlyMap<string, CopyLink>;
  /** `claim\0claim` (both orders) for claims that are one text. */
  passages: ReadonlySet<string>;
  /** Framing profile per article (its source flags name whom a claim quotes), when framing ran. */
  profiles: ReadonlyArray<FramingProfile | null>;
}

interface Member {
  claim: Claim;
  article: number;
  origin: Origin;
  reason: string;
}

/** The origin of one claim: an agency the sentence itself cites or credits, else its article's. */
function memberOf(index: EventIndex, id: string): Member | null {
  const hit = index.claims.get(id);
  if (!hit) return null;
  const { claim, article } = hit;
  const a = index.articles[article];
  const inside = (a.provenance?.credits ?? []).filter((c) => c.from === 'text' && c.start !== null && c.start >= claim.start && (c.end ?? 0) <= claim.end);
  const agencies = inside.filter((c) => AGENCY_KEYS.has(c.key) && (c.kind === 'agency' || c.kind === 'correspondent'));
  if (agencies.length > 0) {
    const origin = agencyOrigin(agencies);
    return { claim, article, origin, reason: `${outletOf(a)} cites ${origin.name} here (${agencies[0].text})` };
  }
  const own = outletIdentity(a);
  const correspondent = inside.find((c) => c.kind === 'correspondent');
  if (correspondent && correspondent.key === own.key) {
    return { claim, article, origin: { key: `own:${own.key}`, kind: 'own', name: own.name, gloss: `${own.name}'s own correspondent` }, reason: `${own.name}'s own correspondent (${correspondent.text})` };
  }
  if (correspondent) {
    return { claim, article, origin: { key: `own:${correspondent.key}`, kind: 'own', name: correspondent.name, gloss: `${correspondent.name}'s correspondent, quoted by ${own.name}` }, reason: `${own.name} quotes ${correspondent.name}'s correspondent (${correspondent.text})` };
  }
  const origin = index.origins[article];
  return { claim, article, origin, reason: originReason(a, origin) };
}

/** Union-find over members. */
function clusters(n: number, joined: (i: number, j: number) => string | null): { root: number[]; why: string[] } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const why: string[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const reason = joined(i, j);
      if (reason === null) continue;
      if (!why.includes(reason) && reason !== '') why.push(reason);
      parent[find(j)] = find(i);
    }
  }
  return { root: Array.from({ length: n }, (_, i) => find(i)), why };
}

/** Why two members count as one origin, or null when they are independent ('' when they share an origin already named). */
function joinedBy(index: EventIndex, x: Member, y: Member): string | null {
  if (x.article === y.article) return '';
  const [i, j] = x.article < y.article ? [x.article, y.article] : [y.article, x.article];
  const link = index.links.get(`${i},${j}`);
  const [a, b] = [outletOf(index.articles[i]), outletOf(index.articles[j])];
  if (link?.kind === 'duplicate') return `${a} filed the same text twice (${index.articles[i].id}, ${index.articles[j].id}): one article`;
  if (link?.kind === 'copy') return `${a} and ${b} carry the same text (${Math.round(Math.max(link.shareA, link.shareB) * 100)}% of the shorter)`;
  if (index.passages.has(`${x.claim.id}\u0000${y.claim.id}`)) return `${outletOf(index.articles[x.article])} and ${outletOf(index.articles[y.article])} print this sentence in the same words`;
  if (x.origin.key === y.origin.key) return '';
  return null;
}

/** How two members of one origin relate directly, when they do: one text, one agency credited, one outlet's own reports. */
function directLink(index: EventIndex, x: Member, y: Member): EditChange['kind'] | null {
  const [i, j] = x.article < y.article ? [x.article, y.article] : [y.article, x.article];
  const link = index.links.get(`${i},${j}`);
  if (link?.kind === 'duplicate' || link?.kind === 'copy' || index.passages.has(`${x.claim.id}\u0000${y.claim.id}`)) return 'copy';
  if (x.origin.key !== y.origin.key) return null;
  return x.origin.kind === 'agency' ? 'agency' : 'outlet';
}

/** The origin a cluster of members counts as: its agency, else a text several outlets share, else its outlet. */
function clusterOrigin(members: readonly Member[], index: EventIndex): Origin {
  const agencies = members.filter((m) => m.origin.kind === 'agency');
  if (agencies.length > 0) {
    const keys = new Set(agencies.map((m) => m.origin.key));
    if (keys.size === 1) return agencies[0].origin;
    const parts = new Map<string, { key: string; name: string; gloss: string }>();
    for (const m of agencies) {
      const names = m.origin.name.split(' / ');
      m.origin.key.slice('agency:'.length).split('+').forEach((k, i) => parts.set(k, { key: k, name: names[i] ?? k, gloss: m.origin.gloss }));
    }
    return agencyOrigin([...parts.values()].map((p) => ({ ...p, kind: 'agency', text: p.name, from: 'byline', start: null, end: null })));
  }
  const outlets = new Set(members.map((m) => outletOf(index.articles[m.article])));
  if (outlets.size > 1) {
    return { key: `text:${members[0].claim.id}`, kind: 'shared-text', name: 'one uncredited text', gloss: 'the same text in several outlets, crediting no one' };
  }
  // One outlet: its own correspondent when any member says so, else its own reporting before unnamed agencies.
  const own = members.filter((m) => m.origin.kind === 'own');
  const origin = own.find((m) => m.origin.gloss.endsWith('own correspondent'))?.origin ?? own[0]?.origin ?? members[0].origin;
  if (origin.kind === 'own' && members.some((m) => m.origin.kind === 'agencies')) return { ...origin, gloss: `${origin.gloss} and agencies it does not name` };
  return origin;
}

/** Named sources a member quotes: the framing stage's source flags in it (not agencies or outlets, which are origins) and its speaker. */
function namedSources(index: EventIndex, m: Member): Array<{ key: string; name: string }> {
  const out: Array<{ key: string; name: string }> = [];
  for (const f of index.profiles[m.article]?.flags ?? []) {
    if (f.category !== 'source' || f.start < m.claim.start || f.end > m.claim.end) continue;
    if (f.value === 'anonymous' || f.value === 'agency' || f.value === 'outlet') continue;
    out.push({ key: f.rule.replace(/^source:/, ''), name: f.text });
  }
  const a = m.claim.attribution;
  if (a?.speaker && a.speakerKey && !out.some((s) => s.key === a.speakerKey)) out.push({ key: a.speakerKey, name: a.speaker });
  return out;
}

/** How many independent origins stand behind a group, and who they are. */
export function groupOrigins(group: ClaimGroup, index: EventIndex): GroupOrigins {
  const members = group.members.map((id) => memberOf(index, id)).filter((m): m is Member => m !== null);
  const { root } = clusters(members.length, (i, j) => joinedBy(index, members[i], members[j]));
  const roots = [...new Set(root)];
  const independent: OriginSupport[] = roots.map((r) => {
    const own = members.filter((_, i) => root[i] === r);
    const origin = clusterOrigin(own, index);
    const basis: string[] = [];
    for (const m of own) {
      // A member that counts under the cluster's origin through a copy says so, not what its own byline claims.
      const why = m.origin.key === origin.key || origin.kind !== 'agency' ? m.reason : `${outletOf(index.articles[m.article])} runs it without crediting ${origin.name}`;
      if (!basis.includes(why)) basis.push(why);
    }
    for (let i = 0; i < own.length; i += 1) {
      for (let j = i + 1; j < own.length; j += 1) {
        const why = joinedBy(index, own[i], own[j]);
        if (why && !basis.includes(why)) basis.push(why);
      }
    }
    const articles = [...new Set(own.map((m) => m.article))].sort((a, b) => a - b);
    const via: string[] = [];
    for (const a of articles) if (!via.includes(outletOf(index.articles[a]))) via.push(outletOf(index.articles[a]));
    return { ...origin, via, articles: articles.map((a) => index.articles[a].id), claims: own.map((m) => m.claim.id), basis };
  });
  const clusterOf = new Map(members.map((m, i) => [m.claim.id, independent[roots.indexOf(root[i])].key]));
  return {
    outlets: new Set(members.map((m) => outletOf(index.articles[m.article]))).size,
    count: independent.length,
    independent,
    sharedSources: sharedSources(index, members, clusterOf),
    edits: edits(group, members, index, clusterOf),
  };
}

function sharedSources(index: EventIndex, members: readonly Member[], clusterOf: ReadonlyMap<string, string>): SharedSource[] {
  const byKey = new Map<string, SharedSource>();
  for (const m of members) {
    for (const s of namedSources(index, m)) {
      const entry = byKey.get(s.key) ?? { key: s.key, name: s.name, origins: [], claims: [] };
      const origin = clusterOf.get(m.claim.id)!;
      if (!entry.origins.includes(origin)) entry.origins.push(origin);
      if (!entry.claims.includes(m.claim.id)) entry.claims.push(m.claim.id);
      byKey.set(s.key, entry);
    }
  }
  return [...byKey.values()].filter((s) => s.origins.length >= 2);
}

/**
 * Conflicts between members of one origin that relate directly (one text, one agency, one outlet):
 * an edit or an update, not two reports that disagree. Members joined only through others (a
 * sentence one outlet copied, then that outlet's other article) are not compared this way.
 */
function edits(group: ClaimGroup, members: readonly Member[], index: EventIndex, clusterOf: ReadonlyMap<string, string>): EditChange[] {
  const out: EditChange[] = [];
  const byId = new Map(members.map((m) => [m.claim.id, m]));
  for (const s of group.status ?? []) {
    for (const other of s.against) {
      const [a, b] = group.members.indexOf(s.claim) < group.members.indexOf(other) ? [s.claim, other] : [other, s.claim];
      const origin = clusterOf.get(a);
      if (!origin || origin !== clusterOf.get(b) || out.some((e) => e.a === a && e.b === b)) continue;
      const kind = directLink(index, byId.get(a)!, byId.get(b)!);
      if (!kind) continue;
      const diff = group.diffs.find((d) => (d.a === a && d.b === b) || (d.a === b && d.b === a));
      const note = diff?.conflicts.map((c) => `${c.kind}: ${c.a || '-'} / ${c.b || '-'}`).join('; ') || 'they differ';
      out.push({ a, b, origin, kind, note });
    }
  }
  return out;
}
