// Word-level diff of two aligned claims with the `diff` package, over Arabic-aware tokens (its own
// word pattern splits Arabic letter by letter). Tokens with the same normalized form or stem count
// as equal; what remains different is listed as substitutions, variants told apart from word choices.
import { diffArrays } from 'diff';
import type { DiffPart, Substitution, Token } from '../types.js';
import { foldName } from '../claims/names.js';

export interface WordDiff {
  parts: DiffPart[];
  substitutions: Substitution[];
  /** Change hunks: the tokens only in the first claim and only in the second, side by side. */
  hunks: Array<{ removed: Token[]; added: Token[] }>;
}

function sameWord(a: Token, b: Token): boolean {
  return a.norm === b.norm || (a.stem.length >= 2 && a.stem === b.stem);
}

/** Text of a run of tokens as written, from the first token to the end of the last. */
function runText(text: string, tokens: readonly Token[]): string {
  return tokens.length === 0 ? '' : text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/** Two spellings of one word or name (ميلر / ميللر, غالانت / جالانت, الأمريكي / الأميركي). */
export function isVariant(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  return fa.length >= 2 && fa === fb;
}

export function diffTokens(textA: string, tokensA: readonly Token[], textB: string, tokensB: readonly Token[]): WordDiff {
  const changes = diffArrays(tokensA as Token[], tokensB as Token[], { comparator: sameWord });
  const parts: DiffPart[] = [];
  const hunks: WordDiff['hunks'] = [];
  let open: { removed: Token[]; added: Token[] } | null = null;
  for (const change of changes) {
    const tokens = change.value as Token[];
    if (!change.added && !change.removed) {
      // `diff` hands back the second array's tokens for equal runs.
      parts.push({ op: '=', text: runText(textB, tokens) });
      open = null;
      continue;
    }
    if (!open) {
      open = { removed: [], added: [] };
      hunks.push(open);
    }
    if (change.removed) {
      open.removed.push(...tokens);
      parts.push({ op: '-', text: runText(textA, tokens) });
    } else {
      open.added.push(...tokens);
      parts.push({ op: '+', text: runText(textB, tokens) });
    }
  }
  const substitutions: Substitution[] = [];
  for (const hunk of hunks) {
    // A substitution is a short run replaced by a short run; long rewrites are not word choices.
    if (hunk.removed.length === 0 || hunk.added.length === 0) continue;
    if (hunk.removed.length > 3 || hunk.added.length > 3) continue;
    const from = runText(textA, hunk.removed);
    const to = runText(textB, hunk.added);
    const variant = isVariant(hunk.removed.map((t) => t.norm).join(''), hunk.added.map((t) => t.norm).join(''));
    substitutions.push({ from, to, kind: variant ? 'variant' : 'lexical' });
  }
  return { parts, substitutions, hunks };
}
