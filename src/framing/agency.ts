// Agency: whether a report of killing names who did it. Flags `agent` (قتلت إسرائيل; Israeli forces
// killed; killed by ...), `passive` (الذين قتلوا; were killed, with no agent) and `agentless`
// (مقتل، سقوط ضحايا، أدى إلى استهداف; died) so a reader can compare who is made responsible.
import type { FramingFlag } from '../types.js';
import { withoutConjunction } from '../text/clitics.js';
import { wordKey, wordSet as norm } from '../text/word-sets.js';
import {
  actorAdjectivesAr, actorAdjectivesEn, actorHeadsAr, actorHeadsEn, agentMarkersAr, agentlessPhrasesAr,
  attackNounsEn, killFormsAr, passiveAuxEn, passiveVerbsEn, relativesAr, resultPhrasesAr, victimNounsAr,
  victimSubjectsEn, violenceVerbsAr, violenceVerbsEn,
} from './lexicons/agency.js';
import { allSplits, gapBetween, type Word, type WordedRange } from './words.js';

const phrases = (list: readonly string[]): string[][] => list.map((p) => wordKey(p).split(' '));

/** Arabic adjective forms: base, feminine, plurals, each with or without ال. */
function adjectiveForms(bases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const b of bases.map(wordKey)) {
    for (const f of [b, `${b}ه`, `${b}ون`, `${b}ين`]) {
      out.add(f);
      out.add(`ال${f}`);
    }
  }
  return out;
}

const VIOLENCE_AR = norm(violenceVerbsAr);
const KILL_AR = norm(killFormsAr);
const ACTORS_AR = norm(actorHeadsAr);
const VICTIMS_AR = norm(victimNounsAr);
const RELATIVES_AR = norm(relativesAr);
const ACTOR_ADJ_AR = adjectiveForms(actorAdjectivesAr);
const MARKERS_AR = phrases(agentMarkersAr);
const RESULTS_AR = phrases(resultPhrasesAr);
const AGENTLESS_AR = agentlessPhrasesAr.map(([p, rule, gloss]) => ({ words: wordKey(p).split(' '), rule, gloss }));
const AGENTLESS_FIRST = new Set(AGENTLESS_AR.map((p) => p.words[0]));
const VIOLENCE_EN = norm(violenceVerbsEn);
const ACTORS_EN = norm(actorHeadsEn);
const AUX_EN = norm(passiveAuxEn);
const PASSIVE_EN = norm(passiveVerbsEn);
const ACTOR_ADJ_EN = norm(actorAdjectivesEn);
const ATTACK_EN = norm(attackNounsEn);
const VICTIM_SUBJECTS_EN = norm(victimSubjectsEn);

/** The word without و/ف: `وقتلت` -> قتلت. */
const verbCore = (word: string): string => withoutConjunction(word, 3);

/** True for an actor (القوات، الاحتلال, with و/ف and ال) or its adjective (الإسرائيلية). */
function isActorAr(word: Word): boolean {
  return ACTORS_AR.has(word.bare) || ACTORS_AR.has(verbCore(word.norm)) || ACTOR_ADJ_AR.has(verbCore(word.norm));
}

/** True when words i and j (i < j) are in one clause: same sentence, no comma or bracket between. */
function sameClause(range: WordedRange, i: number, j: number): boolean {
  const w = range.words;
  if (w[i].sentence !== w[j].sentence) return false;
  return !/[,()\n:"]/.test(gapBetween(range, i, j));
}

/** Does a phrase (normalized words) start at word i? The first word may carry و/ف. */
function phraseAt(range: WordedRange, i: number, phrase: string[]): boolean {
  const w = range.words;
  if (i + phrase.length > w.length) return false;
  for (let k = 0; k < phrase.length; k += 1) {
    const word = k === 0 ? verbCore(w[i].norm) : w[i + k].norm;
    if (word !== phrase[k] && !(k === 0 && w[i].norm === phrase[k])) return false;
    if (k > 0 && !sameClause(range, i + k - 1, i + k)) return false;
  }
  return true;
}

/** Index of the last word of an agent phrase (برصاص الاحتلال، في غارة إسرائيلية) starting after `from`, or -1. */
function agentPhraseAr(range: WordedRange, from: number, window: number): number {
  const w = range.words;
  for (let k = from + 1; k <= from + window && k < w.length; k += 1) {
    if (w[k].sentence !== w[from].sentence) return -1;
    for (const marker of MARKERS_AR) {
      if (!phraseAt(range, k, marker)) continue;
      const end = k + marker.length - 1;
      for (let a = end + 1; a <= end + 3 && a < w.length && sameClause(range, end, a); a += 1) {
        if (isActorAr(w[a])) return a;
      }
    }
  }
  return -1;
}

function flag(text: string, range: WordedRange, first: number, last: number, rule: string, value: string, gloss: string): FramingFlag {
  const start = range.words[first].start;
  const end = range.words[last].end;
  return { start, end, text: text.slice(start, end), category: 'agency', rule, value, gloss };
}

function arabicAgency(text: string, range: WordedRange): FramingFlag[] {
  const w = range.words;
  const out: FramingFlag[] = [];
  const used = new Set<number>();
  const splits = allSplits(range);
  for (let i = 0; i < w.length; i += 1) {
    if (!w[i].isArabic || used.has(i)) continue;
    const core = verbCore(w[i].norm);
    // 1. Agentless phrases: مقتل، سقوط ضحايا، لقي حتفه — unless an agent phrase follows.
    const cores = AGENTLESS_FIRST.has(core) ? [core] : splits[i].map((s) => s.core).filter((c) => AGENTLESS_FIRST.has(c));
    const agentless = cores.length === 0 ? undefined : AGENTLESS_AR.find((p) => phraseAt(range, i, p.words) || (p.words.length === 1 && cores.includes(p.words[0])));
    if (agentless) {
      const last = i + agentless.words.length - 1;
      const agent = agentPhraseAr(range, last, 8);
      if (agent >= 0) out.push(flag(text, range, i, agent, 'agency:agent-phrase', 'agent', 'the killing is attributed to a named actor'));
      else out.push(flag(text, range, i, last, agentless.rule, 'agentless', agentless.gloss));
      for (let k = i; k <= Math.max(last, agent); k += 1) used.add(k);
      continue;
    }
    if (!VIOLENCE_AR.has(core)) continue;
    const next = i + 1 < w.length && sameClause(range, i, i + 1) ? i + 1 : -1;
    // 2. Verb or verbal noun followed by its actor: قتلت إسرائيل، شن القوات الإسرائيلية.
    if (next >= 0 && isActorAr(w[next])) {
      let last = next;
      while (last + 1 < w.length && last < next + 2 && sameClause(range, last, last + 1) && isActorAr(w[last + 1])) last += 1;
      out.push(flag(text, range, i, last, 'agency:agent-verb', 'agent', 'violence with its actor named'));
      for (let k = i; k <= last; k += 1) used.add(k);
      continue;
    }
    // 3. An actor just before the verb (SVO): القوات الإسرائيلية قتلت.
    const prevActor = [i - 1, i - 2].find((k) => k >= 0 && sameClause(range, k, i) && isActorAr(w[k]) && KILL_AR.has(core));
    if (prevActor !== undefined) {
      out.push(flag(text, range, prevActor, i, 'agency:agent-verb', 'agent', 'violence with its actor named'));
      continue;
    }
    // 4. A result construction hides the agent: أدى إلى استهداف موظفي الأمم المتحدة.
    const result = RESULTS_AR.find((p) => i - p.length >= 0 && phraseAt(range, i - p.length, p));
    if (result) {
      out.push(flag(text, range, i - result.length, i, 'agency:agentless-result', 'agentless', 'violence as a result, no agent named'));
      continue;
    }
    // 5. قتل read as passive: after a relative or the victims, or before a count or the victims.
    if (!KILL_AR.has(core)) continue;
    const prev = i > 0 && sameClause(range, i - 1, i) ? w[i - 1] : null;
    const afterRelative = prev !== null && RELATIVES_AR.has(prev.norm);
    const afterVictims = prev !== null && VICTIMS_AR.has(prev.bare);
    const beforeVictims = next >= 0 && (w[next].isNumber || VICTIMS_AR.has(w[next].norm) || VICTIMS_AR.has(w[next].bare));
    if (!afterRelative && !afterVictims && !beforeVictims) continue;
    const first = afterRelative ? i - 1 : i;
    const agent = agentPhraseAr(range, i, 6);
    if (agent >= 0) out.push(flag(text, range, first, agent, 'agency:passive-with-agent', 'agent', 'passive killing with its actor named'));
    else out.push(flag(text, range, first, i, 'agency:passive-verb', 'passive', 'were killed (passive, no agent named)'));
  }
  return out;
}

function englishAgency(text: string, range: WordedRange): FramingFlag[] {
  const w = range.words;
  const out: FramingFlag[] = [];
  const clause = (a: number, b: number): boolean => a >= 0 && b < w.length && sameClause(range, a, b);
  for (let i = 0; i < w.length; i += 1) {
    if (w[i].isArabic) continue;
    const word = w[i].norm;
    // Passive: were killed [by X | in an Israeli strike].
    let aux = i - 1;
    if (aux >= 0 && w[aux].norm === 'reportedly') aux -= 1;
    let subject = aux - 1;
    while (subject >= 0 && ['have', 'has', 'had', 'reportedly'].includes(w[subject].norm)) subject -= 1;
    const victimSubject = subject >= 0 && clause(subject, aux) && (w[subject].isNumber || VICTIM_SUBJECTS_EN.has(w[subject].norm));
    if (PASSIVE_EN.has(word) && aux >= 0 && clause(aux, i) && AUX_EN.has(w[aux].norm) && victimSubject && w[i + 1]?.norm !== 'down') {
      let agent = -1;
      const nx = i + 1;
      if (clause(i, nx) && (w[nx].norm === 'by' || w[nx].norm === 'in')) {
        for (let k = nx + 1; k <= nx + 4 && clause(nx, k); k += 1) {
          const byActor = w[nx].norm === 'by' && (ACTORS_EN.has(w[k].norm) || ACTOR_ADJ_EN.has(w[k].norm));
          const inAttack = w[nx].norm === 'in' && ATTACK_EN.has(w[k].norm) && k > nx + 1 && ACTOR_ADJ_EN.has(w[k - 1].norm);
          if (byActor || inAttack) {
            agent = k;
            break;
          }
        }
      }
      if (agent >= 0) out.push(flag(text, range, aux, agent, 'agency:passive-with-agent', 'agent', 'passive killing with its actor named'));
      else out.push(flag(text, range, aux, i, 'agency:passive-verb', 'passive', 'were killed (passive, no agent named)'));
      continue;
    }
    // Active: Israeli forces killed; Hamas has killed.
    if (VIOLENCE_EN.has(word)) {
      let subj = i - 1;
      if (subj >= 0 && ['has', 'have', 'had', 'reportedly'].includes(w[subj].norm)) subj -= 1;
      if (subj >= 0 && clause(subj, i) && ACTORS_EN.has(w[subj].norm)) {
        const first = subj > 0 && clause(subj - 1, subj) && ACTOR_ADJ_EN.has(w[subj - 1].norm) ? subj - 1 : subj;
        out.push(flag(text, range, first, i, 'agency:agent-verb', 'agent', 'violence with its actor named'));
      }
      continue;
    }
    // Agentless: 20 people died; lost their lives.
    if (word === 'died') {
      const counted = [1, 2, 3, 4, 5].some((d) => i - d >= 0 && clause(i - d, i) && w[i - d].isNumber);
      if (counted) out.push(flag(text, range, i, i, 'agency:agentless-death', 'agentless', 'died (no agent named)'));
    } else if (word === 'lost' && w[i + 1]?.norm === 'their' && w[i + 2]?.norm === 'lives' && clause(i, i + 2)) {
      out.push(flag(text, range, i, i + 2, 'agency:agentless-death', 'agentless', 'lost their lives (no agent named)'));
    }
  }
  return out;
}

/** Agency flags in one analysed range. */
export function findAgency(text: string, range: WordedRange, scripts: { ar: boolean; en: boolean }): FramingFlag[] {
  return [...(scripts.ar ? arabicAgency(text, range) : []), ...(scripts.en ? englishAgency(text, range) : [])];
}

