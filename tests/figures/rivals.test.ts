// Rival figures only: the table names a conflict when two outlets give rival values for one quantity
// of one group in one scope. One row per cause of a false conflict seen on random ANT events nobody
// annotated (eval/wild), each on the real sentence (read from ../shared at run time; skipped when
// absent): `<entry>: <verdict>` for the entry holding the figure of the sentence with `anchor`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureEntry } from '../../src/types.js';
import { antArticles, entryName, figuresOf, hasAnt, valueAt } from './helpers.js';

/** ANT events (docnos) whose sentences the rows read. */
const EVENTS: Record<string, string[]> = {
  // A fire at a Jewish celebration in Stamford Hill, London, 3 May 2018.
  stamford: ['AL-internationalNews-958-20180503', 'BB-internationalNews-454-20180503', 'SK-internationalNews-1330-20180503'],
  // The shooting at the Capital Gazette, Annapolis, 28 June 2018.
  annapolis: [
    'BB-internationalNews-714-20180628', 'FR-internationalNews-2059-20180628', 'FR-internationalNews-2089-20180630', 'SK-internationalNews-2373-20180628',
    'SK-internationalNews-2375-20180628', 'SK-internationalNews-2378-20180629', 'SK-internationalNews-2387-20180629', 'SK-internationalNews-2402-20180630',
  ],
  // Russian soldiers killed in Deir ez-Zor, May 2018.
  deir: ['SK-middleEast-1975-20180527', 'SK-middleEast-1982-20180527', 'BB-middleEast-541-20180527', 'CN-middleEast-1031-20180527', 'FR-internationalNews-1478-20180527', 'FR-middleEast-538-20180527'],
  // The Kathua rape case, April 2018.
  kathua: ['SK-internationalNews-953-20180415', 'BB-internationalNews-330-20180413', 'BB-internationalNews-336-20180415', 'CN-internationalNews-241-20180414', 'FR-internationalNews-748-20180416'],
  // Protests in Spain against the Pamplona verdict, April 2018.
  pamplona: ['BB-internationalNews-431-20180428', 'FR-internationalNews-986-20180429', 'SK-internationalNews-1252-20180429'],
  // The Waffle House shooting, Nashville, 22 April 2018.
  nashville: ['BB-internationalNews-381-20180422', 'CN-internationalNews-266-20180422', 'FR-internationalNews-867-20180423', 'SK-internationalNews-1089-20180422', 'SK-internationalNews-1090-20180422', 'SK-internationalNews-1109-20180423'],
  // A Houthi rocket on a market in Marib, 21-22 May 2018.
  marib: ['AL-internationalNews-1271-20180522', 'FR-internationalNews-1372-20180522', 'FR-middleEast-509-20180522', 'SK-middleEast-1851-20180521', 'SK-middleEast-1854-20180522'],
  // Arrests at the protests against Putin's inauguration, 5 May 2018.
  navalny: ['AL-internationalNews-991-20180505', 'FR-internationalNews-1078-20180505', 'SK-internationalNews-1363-20180505', 'SK-internationalNews-1390-20180505'],
  // Women's rights activists arrested in Saudi Arabia, June 2018.
  saudi: ['SK-middleEast-2109-20180602', 'BB-middleEast-572-20180603', 'CN-middleEast-1085-20180603', 'CN-middleEast-1091-20180603', 'FR-internationalNews-1605-20180603', 'FR-middleEast-569-20180603'],
  // A car bomb at a field kitchen in Aden, 13 March 2018.
  aden: ['SK-middleEast-262-20180313', 'BB-middleEast-187-20180313', 'FR-internationalNews-400-20180313', 'FR-middleEast-141-20180313'],
  // Park Geun-hye sentenced, 6 April 2018: a fine and forced donations, both in dollars.
  park: ['SK-internationalNews-824-20180406', 'BB-internationalNews-300-20180406', 'FR-internationalNews-572-20180406', 'AL-internationalNews-818-20180406'],
  // The battle of Hodeidah and the cholera epidemic, June 2018.
  hodeidah: ['AL-internationalNews-1724-20180622', 'BB-middleEast-650-20180622', 'FR-internationalNews-1957-20180621', 'FR-internationalNews-1966-20180622', 'FR-middleEast-658-20180621', 'FR-middleEast-661-20180622'],
  // Rallies for Pashinyan in Yerevan, 29 April to 3 May 2018.
  yerevan: ['SK-internationalNews-1303-20180501', 'CN-internationalNews-302-20180501', 'FR-internationalNews-1035-20180501', 'FR-internationalNews-1070-20180503', 'FR-internationalNews-996-20180429', 'AL-internationalNews-975-20180502'],
  // Kabul: the clerics' gathering bombed on 4 June, the ministry of rural development on Monday 11 June 2018.
  kabul: ['AL-internationalNews-1537-20180609', 'BB-internationalNews-626-20180609', 'FR-internationalNews-1695-20180607', 'FR-internationalNews-1717-20180609', 'SK-internationalNews-2009-20180607', 'SK-internationalNews-2037-20180609', 'SK-internationalNews-2073-20180610', 'SK-internationalNews-2082-20180611'],
  // Curfew in Kandy, Sri Lanka, March 2018.
  kandy: ['AL-internationalNews-367-20180306', 'AL-internationalNews-377-20180307', 'CN-internationalNews-70-20180307', 'FR-internationalNews-283-20180306'],
};

/** `wounded (part): compatible` for the entry holding the figure `text` of the sentence with `anchor`, or `none`. */
function verdictAt(entries: readonly FigureEntry[], anchor: string, text: string): string {
  const found = valueAt(entries, anchor, text);
  return found ? `${entryName(found.entry)}: ${found.entry.relation}` : 'none';
}

describe.skipIf(!hasAnt)('rival figures on ANT events (skipped when ../shared/data is absent)', () => {
  const tables = new Map<string, FigureEntry[]>();
  beforeAll(() => {
    for (const [name, docs] of Object.entries(EVENTS)) tables.set(name, figuresOf(antArticles(docs)).entries);
  });

  it.each([
    // A lower bound below an estimate: "at least 10 wounded" (BBC, 05:32 GMT) is true of "about 30"
    // (Al Arabiya 09:01 +0400, 05:01 GMT; Sky 05:10 GMT), told before it: no contradiction, no update.
    ['stamford', 'أصيب 10 أشخاص على الأقل فى انفجار', '10', 'wounded: compatible'],
    // A word without a magnitude (`العديد`, many) is no rival to a later 2.
    ['annapolis', 'إن العديد من الأشخاص أصيبوا', 'العديد', 'wounded: updated'],
    // A partitive: two of the wounded soldiers, two of the Russian dead, two of them.
    ['deir', 'إنقاذ حياة اثنين من الجنود المصابين', 'اثنين', 'wounded (soldiers, part): single'],
    ['deir', 'فإن اثنين من القتلى الروس', 'اثنين', 'killed (part): agree'],
    // The later members of a list that `بينهم` opens are parts too.
    ['kathua', 'بينهم حارس معبد هندوسي وأربعة عناصر', 'أربعة', 'arrested (part): single'],
    // Bare `بين` opens a range, not a part.
    ['pamplona', 'ما بين 32 و35 ألف', '32 و35 ألف', 'participants: compatible'],
    // Parts told one by one and summed are the whole toll: 3 or 4 killed stays a conflict.
    ['nashville', 'وقُتل ثلاثة من الضحايا على الفور', 'ثلاثة من الضحايا على الفور، بينما توفي رابع', 'killed: conflict'],
    // Which number a verb governs: `وإصيب` (a misspelt أصيب, joined by و) governs the 18 after it,
    // not `حصيلة` further on; so 18 is the wounded, not the dead.
    ['marib', 'قتل 3 مدنيون وإصيب 18 آخرون', '18', 'wounded: updated'],
    // `تم إيقافهم`, `أوقفوا`: arrests (a verb of arrest, not the protests around it).
    ['navalny', 'شخص على الأقل تم إيقافهم', '300', 'arrested: updated'],
    ['navalny', 'أن 300 شخص على الأقل أوقفوا خلال تظاهرات', '300', 'arrested: updated'],
    // A breakdown in brackets is a part: `تسعة متهمين (خمسة رجال وأربع نساء)`.
    ['saudi', 'ستبقي قيد الاحتجاز "تسعة متهمين (خمسة', 'خمسة', 'count:متهم (part): agree'],
    // A number alone in brackets is a label: `المادة (26)`.
    ['saudi', 'وفق ما نصت عليه المادة (26)', '26', 'none'],
    // `ثمانية أشخاص من المعتقلين`: eight of the detainees, a part.
    ['saudi', 'أن ثمانية أشخاص من المعتقلين أطلق سراحهم', 'ثمانية', 'arrested (part): single'],
    // `خمسة ضحايا ما بين قتيل وجريح`: five dead and wounded together, not five dead.
    ['aden', 'خمسة ضحايا على الأقل ما بين قتيل وجريح', 'خمسة', 'casualties: agree'],
    // An article that gives two dollar amounts (a fine of 17 million, 72 million of donations) has
    // no one figure for "dollars", even where the fine's sentence converts from won.
    ['park', 'بإجمالي 77,4 مليار وون', '72 مليون', 'none'],
    // `منذ نحو عام` after the figure: a total over a year (cholera), not the battle's toll.
    ['hodeidah', 'أدى إلى وفاة أكثر من ألفي شخص منذ نحو عام', 'ألفي', 'killed (cumulative): agree'],
    // A crowd on 29 April and crowds on 1 and 3 May: two rallies, compared within a day only.
    ['yerevan', 'وتجمع نحو خمسة آلاف شخص', 'خمسة آلاف', 'participants: compatible'],
    // A toll its sentence dates to Monday 11 June is no rival to reports published before that day.
    ['kabul', 'إثر هجوم نفذه انتحاري في العاصمة الإفغانية', '13', 'killed: updated'],
    // Who was counted: the attackers killed are not the toll of their attack.
    ['deir', 'تمكنوا من قتل 43 إرهابيا', '43', 'killed (attackers): agree'],
    // `5 أشخاص قد قتلوا وجرح آخرون`: five killed and others wounded, not five casualties; so the
    // article's own toll (5) is compared, not the linked headline of another shooting (17).
    ['annapolis', 'إن 5 أشخاص قد قُتلوا وجُرح آخرون', '5', 'killed: updated'],
    // Held on one charge (`لخرق حظر التجول`), or lightly wounded (`بجروح طفيفة`): a part.
    ['kandy', 'واعتُقل 7 أشخاص لخرق حظر التجول', '7', 'arrested (on a charge): single'],
    ['stamford', 'إن 10 أشخاص أصيبوا بجروح طفيفة', '10', 'wounded (minor): single'],
  ])('%s: sentence with %j, figure %j -> %s', (event, anchor, text, expected) => {
    expect(verdictAt(tables.get(event)!, anchor, text)).toBe(expected);
  });
});
