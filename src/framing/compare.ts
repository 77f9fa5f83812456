// Framing across the outlets of one event: a profile per article, and for every claim group the
// flags each member carries and the word choices that differ between members (from the diffs).
import type { ArticleResult, ClaimGroup, FramingComparison, FramingFlag, FramingProfile, GroupFraming, Substitution } from '../types.js';
import { profileFraming, type FramingOptions } from './index.js';
import { articleTokens, keptRanges } from '../claims/extract.js';
import type { TokenStream } from '../text/token-stream.js';
import { claimKey, distinctIds, stableHash } from '../text/stable-id.js';

/** One article's framing profile, read from its token stream (built here when not given); every flag has its stable id. */
export function profileArticle(article: ArticleResult, options?: FramingOptions, tokens: TokenStream = articleTokens(article)): FramingProfile {
  const profile = profileFraming(article.id, article.text, keptRanges(article), article.language, options, { tokens });
  return { ...profile, flags: withFlagIds(article, profile.flags) };
}

/**
 * Flag ids that survive a re-run and edits elsewhere in the article: the id of the claim the flag
 * starts in, `/`, and 6 hex digits of a hash of its category, rule and normalized words (`-2` ...
 * for a repeat in one claim); a flag outside every claim takes `${articleId}:-` in its place.
 * Flags and claims are both in text order, so one pass finds each flag's claim.
 */
function withFlagIds(article: ArticleResult, flags: readonly FramingFlag[]): FramingFlag[] {
  const claims = article.claims;
  let k = 0;
  const bases = flags.map((f) => {
    while (k < claims.length && claims[k].end <= f.start) k += 1;
    const claim = k < claims.length && claims[k].start <= f.start ? claims[k].id : `${article.id}:-`;
    return `${claim}/${stableHash(`${f.category}\u0000${f.rule}\u0000${claimKey(f.text)}`, 6)}`;
  });
  const ids = distinctIds(bases);
  return flags.map((f, i) => ({ id: ids[i], ...f }));
}

/** The rule with its matched term dropped (`victim-term:شهداء` -> `victim-term`), for comparing members. */
function ruleKind(rule: string, value: string | null): string {
  return `${rule.split(':')[0]}:${value ?? ''}`;
}

function groupFraming(group: ClaimGroup, profiles: ReadonlyMap<string, FramingProfile>, claims: ReadonlyMap<string, ArticleResult['claims'][number]>): GroupFraming | null {
  const members = group.members.map((claimId) => {
    const claim = claims.get(claimId)!;
    const flags = (profiles.get(claim.articleId)?.flags ?? []).filter((f) => f.start >= claim.start && f.end <= claim.end);
    return { claimId, flags };
  });
  const seen = new Set<string>();
  const substitutions: Substitution[] = [];
  for (const d of group.diffs) {
    for (const s of d.substitutions) {
      const key = `${s.from}\u0000${s.to}`;
      if (s.kind === 'lexical' && !seen.has(key)) {
        seen.add(key);
        substitutions.push(s);
      }
    }
  }
  // A difference is a flag kind one member has and another lacks (مدعياً against مؤكداً: distancing vs asserting).
  const kinds = members.map((m) => new Set(m.flags.map((f) => ruleKind(f.rule, f.value))));
  const differ = kinds.some((k) => [...k].some((x) => kinds.some((other) => !other.has(x))));
  if (!differ && substitutions.length === 0) return null;
  return { groupId: group.id, members: members.filter((m) => m.flags.length > 0), substitutions };
}

/** Framing across articles; `tokens[i]` is the token stream of `articles[i]`, when already built. */
export function compareFraming(
  articles: readonly ArticleResult[],
  groups: readonly ClaimGroup[],
  options?: FramingOptions,
  tokens?: readonly TokenStream[],
): FramingComparison {
  const profiles = articles.map((a, i) => profileArticle(a, options, tokens?.[i]));
  const byArticle = new Map(profiles.map((p) => [p.articleId, p]));
  const claims = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
  return {
    profiles,
    groups: groups.map((g) => groupFraming(g, byArticle, claims)).filter((g): g is GroupFraming => g !== null),
  };
}
