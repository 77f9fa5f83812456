// The article screen's model: one article's text in full, cut into runs that say which claim
// (and status) each stretch belongs to, which boilerplate was removed, and which words framing flags.
import type { Comparison, FramingFlag } from '../../src/types.js';
import type { ClaimStatus } from '../../src/report/event-model.js';
import { eventModel } from './event-models.js';

export interface ArticleRun {
  text: string;
  /** `marker` runs stand before each claim and carry only its status. */
  kind: 'text' | 'marker';
  claimId: string | null;
  status: ClaimStatus | null;
  groupId: string | null;
  flag: FramingFlag | null;
  /** Why this stretch was removed as boilerplate, when it was. */
  removed: string | null;
}

export interface ArticleClaimRef {
  id: string;
  status: ClaimStatus | null;
  groupId: string | null;
}

export interface ArticleView {
  article: number;
  letter: string;
  outlet: string;
  id: string;
  title: string;
  date: string | null;
  source: string;
  url: string | null;
  language: string;
  /** The text's lines as runs (the text's own line breaks). */
  paragraphs: ArticleRun[][];
  /** Claims in text order, for the cursor. */
  claims: ArticleClaimRef[];
  flags: FramingFlag[];
  warnings: string[];
}

export function buildArticleView(comparison: Comparison, article: number): ArticleView | null {
  const a = comparison.articles[article];
  if (!a) return null;
  const model = eventModel(comparison);
  const flags = comparison.framing?.profiles.find((p) => p.articleId === a.id)?.flags ?? [];
  const claims = [...a.claims].sort((x, y) => x.start - y.start);
  const paragraphs: ArticleRun[][] = [];
  let lineStart = 0;
  for (const line of a.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const cuts = new Set<number>([lineStart, lineEnd]);
    const inLine = (s: number, e: number) => e > lineStart && s < lineEnd;
    for (const c of claims) if (inLine(c.start, c.end)) cuts.add(Math.max(lineStart, c.start)).add(Math.min(lineEnd, c.end));
    for (const r of a.removed) if (inLine(r.start, r.end)) cuts.add(Math.max(lineStart, r.start)).add(Math.min(lineEnd, r.end));
    for (const f of flags) if (inLine(f.start, f.end)) cuts.add(Math.max(lineStart, f.start)).add(Math.min(lineEnd, f.end));
    const points = [...cuts].sort((x, y) => x - y);
    const runs: ArticleRun[] = [];
    for (let k = 0; k + 1 < points.length; k += 1) {
      const [s, e] = [points[k], points[k + 1]];
      const claim = claims.find((c) => c.start <= s && e <= c.end) ?? null;
      const mark = claim ? model.refs.get(claim.id) : undefined;
      const removal = a.removed.find((r) => r.start <= s && e <= r.end);
      const common = { claimId: claim?.id ?? null, status: mark?.status ?? null, groupId: mark?.group?.id ?? null };
      if (claim && claim.start === s) runs.push({ text: '', kind: 'marker', ...common, flag: null, removed: null });
      else if (removal && removal.start === s) runs.push({ text: '', kind: 'marker', claimId: null, status: null, groupId: null, flag: null, removed: removal.reason });
      runs.push({ text: a.text.slice(s, e), kind: 'text', ...common, flag: flags.find((f) => f.start <= s && e <= f.end) ?? null, removed: removal?.reason ?? null });
    }
    paragraphs.push(runs);
    lineStart = lineEnd + 1;
  }
  return {
    article,
    letter: model.letters[article],
    outlet: model.outlets[article],
    id: a.id,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
    language: a.language,
    paragraphs,
    claims: claims.map((c) => ({ id: c.id, status: model.refs.get(c.id)?.status ?? null, groupId: model.refs.get(c.id)?.group?.id ?? null })),
    flags,
    warnings: a.warnings,
  };
}
