// The false-conflict guard outside the annotated events: ANT events of three outlets or more that
// no annotation holds (every one, or an even sample of about N), compared as `compare` compares
// them; prints each event-level conflict the figures table shows (dates of one fact, a first
// against earlier ones, and tolls stated as different counts), or with `all` every figures
// conflict and update, with the sentences, for a person to judge.
// Run: npx tsx eval/gold-outside.ts [N] [all]
import { compareArticles } from '../src/compare.js';
import { antArticles, multiOutletEvents } from './classify/ant-events.js';

const articles = antArticles();
if (!articles) {
  console.log('skipped: the ANT corpus is not in ../shared/data');
} else {
  const events = multiOutletEvents(articles, 8).filter((e) => new Set(e.map((a) => a.outlet)).size >= 3);
  const step = Math.max(1, Math.floor(events.length / Number(process.argv[2] ?? events.length)));
  const every = process.argv[3] === 'all';
  let n = 0;
  let eventLevel = 0;
  let counts = 0;
  for (let k = 0; k < events.length; k += step) {
    const cmp = compareArticles(events[k]);
    n += 1;
    for (const f of cmp.figures ?? []) {
      const isEventLevel = f.gloss.startsWith('the date of one fact') || f.quantity === 'earlier' || f.quantity === 'responsibility';
      const isCounts = every ? f.relation === 'conflict' || f.relation === 'updated' : /different counts/.test(f.reason);
      if (!isEventLevel && !isCounts) continue;
      if (isEventLevel) eventLevel += 1;
      else counts += 1;
      console.log(`== event ${k} (${events[k].map((a) => a.id).join(' ')}) ${f.quantity} ${f.relation}: ${f.reason}`);
      for (const v of f.values.filter((x) => x.compared)) console.log(`   ${v.article} [${v.text}] «${v.sentence.slice(0, 150)}»`);
    }
  }
  console.log(`events ${n}, dated facts and firsts in conflict ${eventLevel}, ${every ? 'figures conflicts and updates' : 'tolls stated as different counts'} ${counts}`);
}
