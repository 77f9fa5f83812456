// Word-level diff of two aligned claims with the `diff` package, over Arabic-aware tokens (its own
// word pattern splits Arabic letter by letter). Tokens with the same normalized form or stem count
// as equal; what remains different is listed as substitutions, variants told apart from word choices.
import { diffArrays } from 'diff';
import type { DiffPart, Substitution, Token } from '../types.js';
import { foldName } from '../text/transliteration.js';

export interface WordDiff {
  parts: DiffPart[];
  substitutions: Substitution[];
  /** Change hunks: the tokens only in the first claim and only in the second, side by side. */
  hunks: Array<{ removed: Token[]; added: Token[] }>;
}

/** What makes two tokens the same word: the stem, or the normalized form for one-letter stems. */
function wordKey(t: Token): string {
  return t.stem.length >= 2 ? t.stem : t.norm;
}

/** The words of a token list as the diff compares them (`wordKey` of each). */
function wordKeys(tokens: readonly Token[]): string[] {
  return tokens.map(wordKey);
}

/** Text of a run of tokens as written, from the first token to the end of the last. */
function runText(text: string, tokens: readonly Token[]): string {
  return tokens.length === 0 ? '' : text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/** Where a run of tokens stands in its text: from the first token's start to the last one's end. */
function runSpan(tokens: readonly Token[]): [number, number] {
  return [tokens[0].start, tokens[tokens.length - 1].end];
}

/** A nisba adjective is not a spelling of its noun: الإسرائيلي (Israeli) / إسرائيل (Israel). */
function isNisbaOf(a: string, b: string): boolean {
  const bare = (w: string) => w.replace(/^(و|ف|ب|ل|ك)?(ال)?/, '');
  return bare(a).endsWith('ي') !== bare(b).endsWith('ي') && Math.abs(bare(a).length - bare(b).length) === 1;
}

export function diffTokens(textA: string, tokensA: readonly Token[], textB: string, tokensB: readonly Token[]): WordDiff {
  // Diffing string keys with the default equality is much faster than a comparator callback.
  const changes = diffArrays(wordKeys(tokensA), wordKeys(tokensB));
  const parts: DiffPart[] = [];
  const hunks: WordDiff['hunks'] = [];
  let open: { removed: Token[]; added: Token[] } | null = null;
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : '=';
    const n = change.count ?? change.value.length;
    const fromA = op === '+' ? [] : tokensA.slice(ia, ia + n);
    const fromB = op === '-' ? [] : tokensB.slice(ib, ib + n);
    ia += fromA.length;
    ib += fromB.length;
    if (op === '=') {
      // An equal run is shown as the second claim writes it, and placed in both texts.
      parts.push({ op: '=', text: runText(textB, fromB), a: runSpan(fromA), b: runSpan(fromB) });
      open = null;
      continue;
    }
    if (!open) {
      open = { removed: [], added: [] };
      hunks.push(open);
    }
    if (op === '-') {
      for (const t of fromA) open.removed.push(t);
      parts.push({ op: '-', text: runText(textA, fromA), a: runSpan(fromA) });
    } else {
      for (const t of fromB) open.added.push(t);
      parts.push({ op: '+', text: runText(textB, fromB), b: runSpan(fromB) });
    }
  }
  return { parts, substitutions: substitutionsOf(hunks, textA, tokensA, textB, tokensB), hunks };
}

/**
 * Word choices from the change hunks: content words only (function words and figures are not
 * framing), spelling variants paired token by token, and a word that merely moved (it occurs
 * elsewhere in the other claim) is not a substitution.
 */
function substitutionsOf(
  hunks: WordDiff['hunks'],
  textA: string,
  tokensA: readonly Token[],
  textB: string,
  tokensB: readonly Token[],
): Substitution[] {
  const stemsA = new Set(tokensA.map((t) => t.stem));
  const stemsB = new Set(tokensB.map((t) => t.stem));
  const content = (t: Token) => !t.isStop && !t.isNumber && t.norm.length > 1;
  const out: Substitution[] = [];
  for (const hunk of hunks) {
    const removed = hunk.removed.filter(content).filter((t) => !stemsB.has(t.stem));
    const added = hunk.added.filter(content).filter((t) => !stemsA.has(t.stem));
    // Fold each word once, when first compared: long hunks would otherwise fold every pair of
    // words, and a hunk that only removes or only adds compares none.
    const folded = new Map<Token, string>();
    const foldOf = (t: Token) => {
      let f = folded.get(t);
      if (f === undefined) {
        f = foldName(t.norm);
        folded.set(t, f);
      }
      return f;
    };
    const sameName = (x: Token, y: Token) => {
      const fx = foldOf(x);
      return fx.length >= 2 && fx === foldOf(y) && !isNisbaOf(x.norm, y.norm);
    };
    for (const r of [...removed]) {
      const v = added.find((a) => sameName(r, a));
      if (!v) continue;
      out.push({ from: r.text, to: v.text, kind: 'variant' });
      removed.splice(removed.indexOf(r), 1);
      added.splice(added.indexOf(v), 1);
    }
    // A short run replaced by a short run is a word choice; longer rewrites are not.
    if (removed.length === 0 || added.length === 0 || removed.length > 2 || added.length > 2) continue;
    out.push({ from: runText(textA, removed), to: runText(textB, added), kind: 'lexical' });
  }
  return out;
}
