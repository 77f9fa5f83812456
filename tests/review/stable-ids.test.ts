// Stable ids on real events: the Blinken seeds (003 and 004, the 7 February 2024 meeting) and the
// India sandstorm event of the ANT corpus (read from ../shared at test time). The same text gives
// the same ids on a second run and in another input order; after one sentence of an article is
// edited, everything else keeps its id, and a review reattaches to what still matches and lists
// what no longer does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Comparison } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import { claimId } from '../../src/claims/extract.js';
import { distinctIds } from '../../src/text/stable-id.js';
import { applyReview, emptyReview, flagTarget, groupTarget, toggleVerdict, type Reviewer } from '../../src/review/index.js';
import { seedPath } from '../support/seeds.js';
import { ANT_DIR, hasAnt } from '../figures/helpers.js';

const who: Reviewer = { by: 'desk', at: '2026-01-05T10:00:00Z' };

/** An article as raw input (the seed file, an ANT record as JSON) so an edited copy is read the same way. */
interface Raw {
  name: string;
  content: string;
}

const read = (raws: readonly Raw[]): Article[] => raws.flatMap((r) => parseInput(Buffer.from(r.content), r.name).articles);

function seeds(): Raw[] {
  return ['003', '004'].map((n) => ({ name: seedPath(n), content: readFileSync(seedPath(n), 'utf8') }));
}

const INDIA = ['BB-internationalNews-457-20180503', 'FR-internationalNews-1063-20180503', 'SK-internationalNews-1338-20180503', 'AL-internationalNews-957-20180503'];

function antEvent(): Raw[] {
  const found = new Map<string, Raw>();
  const lines = readdirSync(ANT_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(ANT_DIR, f), 'utf8').split('\n'));
  for (const line of lines) {
    const doc = INDIA.find((d) => line.includes(`"${d}"`));
    if (!doc) continue;
    const r = JSON.parse(line) as { docno: string; title: string; text: string; src: string; time: string };
    if (r.docno === doc) found.set(doc, { name: `${doc}.json`, content: JSON.stringify({ id: doc, title: r.title, text: r.text, outlet: r.src, date: r.time }) });
  }
  return INDIA.map((d) => found.get(d)!).filter(Boolean);
}

/** Every id of a comparison by kind, sorted. */
function ids(c: Comparison) {
  const sort = (xs: string[]) => [...xs].sort();
  return {
    claims: sort(c.articles.flatMap((a) => a.claims.map((x) => x.id))),
    groups: sort(c.groups.map((g) => g.id)),
    figures: sort((c.figures ?? []).map((f) => f.id)),
    flags: sort((c.framing?.profiles ?? []).flatMap((p) => p.flags.map((f) => f.id!))),
  };
}

/** The raw input with `claim`'s sentence reworded (a word added after its first) and a sentence added after the title line. */
function edit(raw: Raw, claim: string): Raw {
  const words = claim.split(' ');
  const reworded = [words[0], 'رسميا', ...words.slice(1)].join(' ');
  if (raw.name.endsWith('.json')) {
    const record = JSON.parse(raw.content) as { text: string };
    return { ...raw, content: JSON.stringify({ ...record, text: `أضيف هذا السطر إلى المقال للتجربة.\n${record.text.replace(claim, reworded)}` }) };
  }
  const [title, ...rest] = raw.content.split('\n');
  return { ...raw, content: [title, 'أضيف هذا السطر إلى المقال للتجربة.', ...rest].join('\n').replace(claim, reworded) };
}

const events: Array<[string, () => Raw[], boolean]> = [
  ['the Blinken seeds 003 and 004', seeds, true],
  ['the India sandstorm event (ANT)', antEvent, hasAnt],
];

describe.each(events)('stable ids on %s', (name, load, present) => {
  it.skipIf(!present)(`gives the same ids on a second run and with the articles in reverse order${present ? '' : ' - skipped: ../shared/data/ant-corpus-multisource is absent'}`, () => {
    const raws = load();
    expect(raws.length, name).toBeGreaterThan(1);
    const first = ids(compareArticles(read(raws)));
    expect(ids(compareArticles(read(raws)))).toEqual(first);
    expect(ids(compareArticles(read([...raws].reverse())))).toEqual(first);
    expect(first.groups.length).toBeGreaterThan(0);
    expect(first.claims.every((id) => /:[0-9a-f]{8}(-\d+)?$/.test(id))).toBe(true);
    expect(first.groups.every((id) => /^g[0-9a-f]{8}(-\d+)?$/.test(id))).toBe(true);
  });

  it.skipIf(!present)('keeps every other id when one sentence of an article changes; the review reattaches what still matches and lists what does not', () => {
    const raws = load();
    const before = compareArticles(read(raws));
    // A claim of the second article that a group holds; another group and a flag of that article that do not involve it.
    const article = before.articles[1];
    const group = before.groups.find((g) => g.members.some((m) => m.startsWith(`${article.id}:`)))!;
    const changed = article.claims.find((c) => group.members.includes(c.id) && c.text.includes(' '))!;
    const flag = before.framing!.profiles[1].flags.find((f) => !f.id!.startsWith(`${changed.id}/`))!;
    // Every group confirmed, and a flag of an unchanged claim dismissed.
    let review = before.groups.reduce((r, g) => toggleVerdict(r, groupTarget(before, g), 'confirmed', who), emptyReview());
    review = toggleVerdict(review, flagTarget(article.id, flag), 'dismissed', who);

    const after = compareArticles(read(raws.map((r, k) => (k === 1 ? edit(r, changed.text) : r))));
    const [b, a] = [ids(before), ids(after)];
    // The other articles keep all their ids; the edited one all but the reworded claim, and gains two.
    const edited = (x: string) => x.startsWith(`${article.id}:`);
    expect(a.claims.filter((x) => !edited(x))).toEqual(b.claims.filter((x) => !edited(x)));
    expect(b.claims.filter(edited).filter((x) => !a.claims.includes(x))).toEqual([changed.id]);
    expect(a.claims.filter(edited).length).toBe(b.claims.filter(edited).length + 1);
    expect(a.claims).toContain(claimId(article.id, 'أضيف هذا السطر إلى المقال للتجربة.'));
    expect(a.flags).toContain(flag.id);
    // A group of unchanged claims that forms again has the same id.
    const again = after.groups.filter((g) => before.groups.some((x) => x.id === g.id));
    expect(again.length).toBeGreaterThan(0);
    for (const g of again) expect(g.members).toEqual(before.groups.find((x) => x.id === g.id)!.members);

    // The review: the groups that formed again are confirmed; those that did not (the reworded claim's among them) are listed.
    const reviewed = applyReview(after, review);
    const gone = before.groups.filter((g) => !again.some((x) => x.id === g.id)).map((g) => g.id);
    expect(gone).toContain(group.id);
    expect(reviewed.review?.unmatched.map((u) => u.id).sort()).toEqual(gone.sort());
    expect(reviewed.review?.unmatched.find((u) => u.id === group.id)?.entry.claims?.map((c) => c.id)).toContain(changed.id);
    for (const g of again) expect(reviewed.groups.find((x) => x.id === g.id)?.review?.verdict).toBe('confirmed');
    expect(reviewed.review?.summary.items.group.reviewed).toBe(again.length);
    expect(reviewed.framing!.profiles[1].flags.find((f) => f.id === flag.id)?.review?.verdict).toBe('dismissed');
  });
});

describe('distinctIds', () => {
  it.each([
    [['a', 'b'], ['a', 'b']],
    [['a', 'a', 'a'], ['a', 'a-2', 'a-3']],
    [['a', 'a-2', 'a'], ['a', 'a-2', 'a-3']],
  ])('%j -> %j', (given, expected) => {
    expect(distinctIds(given)).toEqual(expected);
  });

  it('numbers two claims of one article with the same words in text order', () => {
    const text = 'عنوان\nقال المتحدث إن الوضع هادئ.\nوأضاف أن المعابر مغلقة.\nقال المتحدث إن الوضع هادئ.\n';
    const [article] = parseInput(Buffer.from(text), 'repeat.txt').articles;
    const claims = compareArticles([article]).articles[0].claims.map((c) => c.id);
    const id = claimId(article.id, 'قال المتحدث إن الوضع هادئ.');
    expect(claims.filter((c) => c.startsWith(id))).toEqual([id, `${id}-2`]);
  });
});
