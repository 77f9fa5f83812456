// English coverage nobody annotated: conflicts claimdiff invented on the first paragraphs of
// AllSides stories (a held-out reading of stop 28, fixed after reading it), and the BASIL pair that
// must stay a conflict. Real sentences, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { relationOf, typePair } from './support.js';
import { allsidesSentence, hasAllsides, hasBasil, readAllsides, readBasil } from '../support/ant.js';
import { compareArticles } from '../../src/compare.js';

describe.skipIf(!hasAllsides)('English first paragraphs of AllSides stories (skipped when ../shared/data/allsides-neus is absent)', () => {
  it.each<[string, [number, string, string], [number, string, string]]>([
    ['"do not need a booster" and "don’t need a booster": a contracted negation is a negation', [5880, 'center', 'Americans who have been fully vaccinated'], [5880, 'right', 'need a booster shot to protect']],
    ['"$3.2 billion" and "more than $3 billion": a qualifier before a currency sign bounds the amount', [5941, 'center', 'invest $3.2 billion'], [5941, 'right', 'invest more than $3 billion']],
    ['"officials told Axios" and "an official told CNN": the channel that heard it is no rival source', [5693, 'center', 'told Axios'], [5693, 'left', 'told CNN']],
    ['"losing their jobs for not meeting a deadline" and "unlikely to meet a deadline" say the same', [5669, 'center', 'for not meeting a Monday deadline'], [5669, 'left', 'unlikely to meet a Monday deadline']],
    ['"Biles pulled out" and "after failing to land a vault, Biles withdrew": the failure is of what the other does not mention', [5826, 'center', 'Biles pulled out'], [5826, 'left', 'After failing to land a vault']],
    ['"America is failing in running cities," Adams said, against Adams as "the new face of the Democratic Party"', [5877, 'left', 'the new face of the Democratic Party'], [5877, 'right', 'America is failing in running cities']],
    ['"a 25-year-old man was arrested" and "the 69-year-old suffered multiple injuries": a hyphened unit measures the word after it, two people here', [5613, 'center', 'Police said a 25-year-old'], [5613, 'left', 'The 69-year-old suffered']],
    ['"the sharpest 12-month inflation spike" and "the largest 1-month spike": two measures', [5871, 'center', 'sharpest 12-month'], [5871, 'left', 'The price hike in June']],
    ['"4,901 more in 2020 than in 2019" and "an increase from 2019, with 4,901 additional murders in 2020": a year both name is no swap', [5668, 'center', 'The data show 21,570'], [5668, 'right', 'an increase of 29.4% from 2019']],
    ['"up to 60m doses" and "60 million doses": `m` against digits counting a plural noun is millions', [6100, 'left', 'share up to 60m doses'], [6100, 'right', 'give 60 million doses']],
    ['"a roughly $1 trillion bill" and "a sweeping, $1.2 trillion bipartisan infrastructure package": an amount in millions or more given to one significant digit is rounded at that digit', [5794, 'left', 'The Senate voted to approve'], [5794, 'right', '$1.2 trillion bipartisan']],
    ['"$5 trillion in new federal spending over the next decade" and "a $6 trillion budget proposal": an amount over years to come is no rival of one year\'s', [6003, 'center', 'over the next decade'], [6003, 'right', 'will unveil a $6 trillion']],
    ['"spent more than $18 billion last year" and "will invest more than $3 billion": last year\'s spending is no rival of a plan', [5941, 'left', 'spent more than $18 billion last year'], [5941, 'right', 'will invest more than $3 billion']],
  ])('%s: no conflict', (_what, [sa, wa, fa], [sb, wb, fb]) => {
    expect(relationOf(allsidesSentence(sa, wa, fa), allsidesSentence(sb, wb, fb))).not.toMatch(/^conflict/);
  });

  it('"pleaded guilty on June 2" and "pleaded guilty last month to obstructing ... the counting of the electoral votes, which he helped delay on January 6": the relative clause dates the votes, which the other names only after its own date (no date conflict in the comparison, where the story\'s date gives each day its year)', () => {
    const c = compareArticles(readAllsides(5851));
    const dates = c.groups.flatMap((g) => g.diffs).filter((d) => d.relation === 'conflict').flatMap((d) => d.conflicts).filter((x) => x.kind === 'date');
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toEqual([]);
  });

  it('"11 women, including some who worked in his office" and "including staffers and others who did not work for his administration": a negation in a relative clause on others tells which people, it denies nothing (no negation signal)', () => {
    const pair = typePair(allsidesSentence(5793, 'center', 'including some who worked in his office'), allsidesSentence(5793, 'right', 'others who did not work'));
    expect(pair.relation).not.toBe('conflict');
    expect(JSON.stringify(pair.evidence.contradiction)).not.toMatch(/negation/);
  });
});

describe.skipIf(!hasBasil)('approximate amounts in English (skipped when ../shared/data/basil is absent)', () => {
  /** The sentence of a BASIL article holding `from`. */
  const sentence = (name: string, from: string) => {
    const text = readBasil(name).text;
    const at = text.indexOf(from);
    const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
    return text.slice(start, text.indexOf('.', at + from.length) + 1);
  };

  it('"earned roughly $141 million" against "earned $139 million in adjusted gross income": a figure of three significant digits is rounded at its last, so the two still conflict (the Clintons\' tax returns)', () => {
    const story = '2015/6e502405-bc90-4416-a787-3122918aa648';
    expect(relationOf(sentence(`${story}_1`, 'earned roughly $141 million'), sentence(`${story}_2`, 'earned $139 million'))).toMatch(/^conflict \(number: 141 million \/ 139 million/);
  });
});
