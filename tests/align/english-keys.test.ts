// The keys English claims are matched on: an irregular form meets its base (`young men` / `young
// man`, `shot` / `shooting`), and a word whose stem a news concept's form shares by accident
// (`office` / `officers`, `remains` / it remains, a team's `coach`, `living` / `lost their lives`)
// keeps its own key instead of the concept's. Sentences from the annotated English events.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/token-stream.js';
import { keyLists } from '../../src/align/features.js';
import { baseStem } from '../../src/text/concepts.js';
import { stem } from '../../src/text/stem.js';

const concepts = (text: string) => keyLists(tokenize(text)).concepts;
const shared = (a: string, b: string) => {
  const other = new Set(concepts(b));
  return [...new Set(concepts(a))].filter((k) => other.has(k)).sort();
};

describe('irregular English forms meet their base', () => {
  it.each([
    ['took', 'take'], ['taken', 'take'], ['shot', 'shoot'], ['fought', 'fight'], ['paid', 'pay'], ['men', 'man'], ['women', 'woman'],
  ])('%s -> %s', (form, base) => expect(baseStem(stem(form, 'en'))).toBe(stem(base, 'en')));

  it.each(['found', 'left', 'saw', 'leaves', 'fed'])('%s, which as often means another word, stays itself', (w) => expect(baseStem(stem(w, 'en'))).toBe(stem(w, 'en')));

  it('the young men Etheridge has not apologized to are the young man of the video (etheridge_grabs_student)', () => {
    expect(shared(
      'Etheridge told reporters that he hasn\'t apologized to the young men involved because "I dont know who they are."',
      'The young man is not identified in the video, which was made last week.',
    )).toContain('man');
  });
});

describe('a word that only shares a concept form\'s stem keeps its own key', () => {
  it('a lawmaker\'s office is not the police (scalise_baseball_shooting)', () => {
    const keys = concepts('The Wednesday attack injured Scalise; Matt Mika, a lobbyist for Tyson Foods; Zack Barth, a staffer from Texas Rep. Roger Williams’ office; and two U.S. Capitol Police officers.');
    expect(keys.filter((k) => k === 'police')).toHaveLength(1);
  });

  it('a team\'s coach is no bus, and remaining in critical condition no bodies (scalise_baseball_shooting)', () => {
    expect(concepts('Mr. Williams, a coach on the team, trudged out on crutches after injuring his foot in the Wednesday morning fray as well.')).not.toContain('bus');
    expect(concepts('He remains in critical condition, but has improved in the last 24 hours.')).not.toContain('bodies');
  });

  it('living expenses are no deaths (jackson_jr_guilty_plea)', () => {
    expect(concepts('Jesse L. Jackson Jr. pleaded guilty to one felony fraud count in connection with his use of $750,000 in campaign money to pay for living expenses.')).not.toContain('killed');
  });
});

describe('a form whose base is a news concept in another sense stays apart from it', () => {
  it.each([
    ['dealt', 'agreement'], ['struck', 'airstrike'], ['claimed', 'responsibility'],
  ])('%s is not %s', (w, concept) => expect(concepts(w)).not.toContain(concept));
});
