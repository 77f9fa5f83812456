// The Blinken seed articles: the same actors on four occasions; only 003 and 004 report the same
// meeting (7 February 2024), in two outlets' words.
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../src/events/index.js';
import { eventIds } from '../../src/events/event-id.js';
import { loadSeeds } from './corpora.js';
import { formatGroups, seed, variant } from './helpers.js';

const seeds = loadSeeds();

describe('Blinken seeds', () => {
  it('groups only 003 and 004 (dates as the ingest reads them: 000 and 004 have none)', () => {
    expect(seeds.map((a) => a.date?.slice(0, 10) ?? null)).toEqual([null, '2023-11-06', '2024-06-21', '2024-02-07', null]);
    expect(formatGroups(groupEvents(seeds))).toBe('000 | 001 | 002 | 003+004');
  });

  it('groups only 003 and 004 on content alone, with every date removed', () => {
    const undated = seeds.map((a) => variant(a, { date: null, dateFrom: null }));
    expect(formatGroups(groupEvents(undated))).toBe('000 | 001 | 002 | 003+004');
  });

  it('describes the shared event: ids in order, date, evidence naming the meeting', () => {
    const groups = groupEvents(seeds);
    // Ids from each event's sorted article ids: `e` and 8 hex digits.
    expect(groups.map((g) => g.id)).toEqual(eventIds(groups.map((g) => g.articles)));
    expect(groups.every((g) => /^e[0-9a-f]{8}$/.test(g.id))).toBe(true);
    const meeting = groups[3];
    expect(meeting.articles).toEqual([seed(seeds, '003').id, seed(seeds, '004').id]);
    expect(meeting.date).toBe('2024-02-07');
    expect(meeting.dateRange).toBeNull();
    // Neither has a headline (the first line is the lead sentence): the label is the start of one,
    // and the evidence names Netanyahu, whom Blinken met.
    expect(meeting.label).toMatch(/^(قال|بحث) وزير الخارجية الأم(ي)?ريكي أنتوني بلينكن.* …$/);
    expect(meeting.evidence.terms).toContain('نتنياهو');
    expect(meeting.evidence.score).toBeGreaterThan(0.17);
    expect(meeting.nearCopies).toEqual([]);
    // A singleton is an event too, labelled by its title, with no evidence.
    expect(groups[0]).toMatchObject({ label: seed(seeds, '000').title, evidence: { terms: [], score: 0 }, articles: [seed(seeds, '000').id] });
  });

  it('lists outlets in order of first appearance', () => {
    const groups = groupEvents(seeds);
    expect(groups[1].outlets).toEqual(['شينخوا']);
    expect(groups[3].outlets).toEqual([]);
  });

  it('groups 003 and 004 when they are the whole input (two articles, no corpus statistics)', () => {
    expect(formatGroups(groupEvents([seed(seeds, '003'), seed(seeds, '004')]))).toBe('003+004');
  });

  it('does not depend on input order', () => {
    const reversed = [...seeds].reverse();
    expect(formatGroups(groupEvents(reversed))).toBe('004+003 | 002 | 001 | 000');
  });
});
