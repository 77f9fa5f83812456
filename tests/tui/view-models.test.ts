import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CorpusAnalysis } from '../../src/types.js';
import { buildArticleView } from '../../cli/tui/article-view.js';
import { buildClaimView } from '../../cli/tui/claim-view.js';
import { eventModel } from '../../cli/tui/event-models.js';
import { buildEventsList, eventStats, filterEvents, formatShares } from '../../cli/tui/events-list.js';
import { filterRows } from '../../cli/tui/search.js';
import { formatMatrix } from '../../src/report/event-model.js';
import { buildFramingPanel } from '../../cli/tui/framing-panel.js';
import { haleviGroup, meetingEvent, seedAnalysis } from './seed-analysis.js';

let analysis: CorpusAnalysis;
let event: number;
let meeting: Comparison;
let halevi: string;

beforeAll(async () => {
  analysis = await seedAnalysis();
  event = meetingEvent(analysis);
  meeting = analysis.comparisons[event];
  halevi = haleviGroup(meeting);
});

const claimCount = (c: Comparison) => c.articles.reduce((n, a) => n + a.claims.length, 0);

describe('buildEventsList', () => {
  it('lists every event; the 7 February meeting has two articles and shares that add up', () => {
    const rows = buildEventsList(analysis);
    expect(rows.map((r) => r.id)).toEqual(analysis.events.map((e) => e.id));
    const row = rows[event];
    expect(row.date).toBe('2024-02-07');
    expect(row.articles).toBe(2);
    const stats = eventStats(analysis, row)!;
    expect(stats.claims).toBe(claimCount(meeting));
    const { shared, partial, conflict, unique } = stats.counts;
    expect(shared + partial + conflict + unique).toBe(stats.claims);
    expect(shared + partial).toBeGreaterThan(0);
    expect(stats.shares.shared + stats.shares.partial + stats.shares.conflict + stats.shares.unique).toBeCloseTo(1, 6);
    expect(formatShares(stats)).toMatch(/^=\d+% ~\d+% !\d+% \+\d+%$/);
  });

  it('lists an event before it is compared: its outlets from grouping, its shares pending', () => {
    const lazy = { events: analysis.events, comparisons: [] as Comparison[] };
    const rows = buildEventsList(lazy);
    expect(rows[event].outlets).toEqual(analysis.events[event].outlets);
    expect(eventStats(lazy, rows[event])).toBeNull();
    expect(formatShares(null)).toBe('comparing…');
    // A relation filter keeps only events known to hold that relation.
    expect(filterEvents(lazy, rows, '', 'partial')).toEqual([]);
  });

  it('filters by relation and by search on normalized text (hamza and ta marbuta ignored)', () => {
    const rows = buildEventsList(analysis);
    expect(filterEvents(analysis, rows, '', 'partial').map((r) => r.index)).toContain(event);
    expect(filterEvents(analysis, rows, '', 'partial').every((r) => eventStats(analysis, r)!.counts.partial > 0)).toBe(true);
    expect(filterEvents(analysis, rows, '2024-02-07', null).map((r) => r.index)).toEqual([event]);
    // The 001 title says «سنستخدم نفوذنا»; typed without care for the spelling it still matches.
    expect(filterEvents(analysis, rows, 'نفوذنا لمنع اي دول', null)).toHaveLength(1);
  });
});

describe('the coverage matrix the event screen shows (the view model in story order)', () => {
  it('has the two outlets as columns and a row for every group and unique claim, in story order', () => {
    const m = eventModel(meeting);
    expect(m.letters).toEqual(['A', 'B']);
    const uniqueCount = Object.values(meeting.unique).reduce((n, ids) => n + ids.length, 0);
    expect(m.story).toHaveLength(meeting.groups.length + uniqueCount);
    expect(m.story[0].lead.claim.text).toBe(meeting.articles[0].claims[0].text);
    for (const r of m.story) {
      if (r.kind === 'group') expect(r.cells.every((c) => c.status !== 'absent' && c.status !== 'unique')).toBe(true);
      else expect(r.cells.map((c) => c.status).filter((c) => c === 'unique')).toHaveLength(1);
    }
    // Halevi briefed Blinken in both reports, with the same wording: both cells `=`.
    expect(formatMatrix(m, m.story)).toMatch(new RegExp(`^= ${halevi} + = =$`, 'm'));
  });

  it('filters rows by relation and by words of any member claim', () => {
    const rows = eventModel(meeting).story;
    expect(filterRows(rows, '', 'unique').every((r) => r.kind === 'unique')).toBe(true);
    expect(filterRows(rows, '', 'partial').every((r) => r.status === 'partial' || r.cells.some((c) => c.status === 'partial'))).toBe(true);
    expect(filterRows(rows, 'اطلع هاليفي', null).map((r) => r.id)).toEqual([halevi]);
  });
});

describe('buildClaimView', () => {
  it('puts the two outlets\u2019 Halevi sentences side by side, quoted exactly, the differing words marked', () => {
    const v = buildClaimView(meeting, halevi)!;
    expect(v.kind).toBe('group');
    expect(v.columns.map((c) => c.letter)).toEqual(['A', 'B']);
    const ids = new Set(meeting.groups.find((g) => g.id === halevi)!.members);
    for (const col of v.columns) {
      const claim = meeting.articles[col.article].claims.find((c) => c.id === col.claimId)!;
      expect(ids.has(claim.id)).toBe(true);
      expect(col.segments.map((s) => s.text).join('')).toBe(claim.text);
    }
    const changed = (k: number) => v.columns[k].segments.filter((s) => s.changed).map((s) => s.text);
    // The word the diff lists as substituted is marked on each side.
    for (const s of v.substitutions) {
      expect(changed(0).join(' ')).toContain(s.from);
      expect(changed(1).join(' ')).toContain(s.to);
    }
    expect(v.absent).toEqual([]);
    expect(v.evidence[0]).toMatch(/^stems [\d.]+ · dice [\d.]+$/);
  });

  it('marks framing flags on the words they cover: موضحاً is changed and, with framing, a reporting verb', () => {
    const v = buildClaimView(meeting, halevi)!;
    for (const col of v.columns) {
      const claim = meeting.articles[col.article].claims.find((c) => c.id === col.claimId)!;
      const profile = meeting.framing?.profiles.find((p) => p.articleId === claim.articleId);
      const inside = (profile?.flags ?? []).filter((f) => f.start >= claim.start && f.end <= claim.end);
      expect(col.flags).toEqual(expect.arrayContaining(inside));
      for (const s of col.segments.filter((x) => x.flag)) expect(s.flag!.text).toContain(s.text);
    }
    const said = v.columns[0].segments.find((s) => s.text === 'موضحاً');
    expect(said?.changed).toBe(true);
    if (meeting.framing) expect(said?.flag?.category).toBe('reporting-verb');
  });

  it('marks each differing word where its diff part stands (its offsets), even a word that occurs earlier in the claim', () => {
    let earlier = 0;
    for (const g of meeting.groups) {
      const v = buildClaimView(meeting, g.id)!;
      for (const col of v.columns) {
        const claim = meeting.articles[col.article].claims.find((c) => c.id === col.claimId)!;
        const changed = new Set<number>();
        let at = 0;
        for (const s of col.segments) {
          if (s.changed) for (let i = at; i < at + s.text.length; i += 1) changed.add(i);
          at += s.text.length;
        }
        const diffs = g.diffs.filter((d) => d.a === claim.id || d.b === claim.id);
        for (const d of diffs) {
          const mine = d.a === claim.id ? ('a' as const) : ('b' as const);
          for (const p of d.parts) {
            const range = p[mine];
            if (!range) continue;
            const [s, e] = [range[0] - claim.start, range[1] - claim.start];
            const own = p.op === (mine === 'a' ? '-' : '+');
            if (own) {
              expect(claim.text.slice(s, e)).toBe(p.text);
              if (claim.text.indexOf(p.text) !== s) earlier += 1;
            }
            // With one other claim to compare, the words only this claim has are marked and the shared words
            // are not (with several, a word may be its own against one and shared with another).
            if (diffs.length === 1) for (let i = s; i < e; i += 1) expect(changed.has(i), `${claim.id} at ${i} (${p.op} ${p.text})`).toBe(own);
          }
        }
      }
    }
    // 004 writes «من» twice in one sentence and only the second is its own: placed by offset, not by search.
    expect(earlier).toBeGreaterThan(0);
  });

  it('shows a unique claim alone, with the outlet that leaves it out', () => {
    const id = meeting.unique[meeting.articles[1].id][0];
    const v = buildClaimView(meeting, id)!;
    expect(v.kind).toBe('unique');
    expect(v.columns).toHaveLength(1);
    expect(v.columns[0].letter).toBe('B');
    expect(v.absent.map((c) => c.letter)).toEqual(['A']);
  });

  it('returns null for an id that is neither a group nor a claim', () => {
    expect(buildClaimView(meeting, 'no-such-group')).toBeNull();
  });
});

describe('buildArticleView', () => {
  it('gives the article\u2019s text line by line, a status marker before every claim', () => {
    const a = buildArticleView(meeting, 1)!;
    const article = meeting.articles[1];
    expect(a.paragraphs.map((p) => p.map((r) => r.text).join(''))).toEqual(article.text.split('\n'));
    const markers = a.paragraphs.flat().filter((r) => r.kind === 'marker' && r.claimId);
    expect(markers.map((r) => r.claimId)).toEqual([...article.claims].sort((x, y) => x.start - y.start).map((c) => c.id));
    const refs = eventModel(meeting).refs;
    for (const m of markers) expect(m.status).toBe(refs.get(m.claimId!)!.status);
    expect(a.claims).toHaveLength(article.claims.length);
  });
});

describe('buildFramingPanel', () => {
  it('lists each outlet\u2019s reporting verbs and the word choices that differ in one claim', () => {
    const p = buildFramingPanel(meeting);
    expect(p.outlets.map((o) => o.letter)).toEqual(['A', 'B']);
    expect(p.hasFraming).toBe(Boolean(meeting.framing));
    // 003 says Blinken "claimed" (مدعياً): a distancing verb when framing ran, a verb either way.
    const verbs = p.outlets[0].reportingVerbs;
    expect(verbs.length).toBeGreaterThan(0);
    if (p.hasFraming) expect(verbs).toContainEqual(expect.objectContaining({ text: 'مدعياً', value: 'distancing' }));
    const substitutions = meeting.groups.flatMap((g) => g.diffs.flatMap((d) => d.substitutions));
    for (const w of p.wordChoices) expect(substitutions).toContainEqual(expect.objectContaining({ from: w.from, to: w.to, kind: 'lexical' }));
    expect(p.wordChoices.map((w) => w.groupId)).toContain(halevi);
  });
});
