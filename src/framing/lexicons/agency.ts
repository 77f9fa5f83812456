// Words for agency detection: verbs of lethal violence, the actors that can be their subject,
// nouns for the people killed, phrases that name an agent after a passive (برصاص الاحتلال;
// by Israeli forces), and agentless nominalizations (مقتل، سقوط ضحايا، لقي حتفه).
// Arabic forms are normalized at load and may carry و/ف; actors may carry ال as written.

/** Verbs and verbal nouns of lethal violence. An actor right after them is the agent (قتلت إسرائيل). */
export const violenceVerbsAr: readonly string[] = [
  'قتل', 'قتلت', 'قتلوا', 'يقتل', 'تقتل', 'يقتلون', 'شن', 'شنت', 'يشن', 'تشن', 'شنوا', 'قصف', 'قصفت',
  'يقصف', 'تقصف', 'استهدف', 'استهدفت', 'يستهدف', 'تستهدف', 'استهداف', 'اغتال', 'اغتالت', 'اغتيال',
  'أعدم', 'أعدمت', 'ارتكب', 'ارتكبت', 'يرتكب', 'ترتكب', 'هاجم', 'هاجمت', 'دمر', 'دمرت',
];

/** The forms of قتل that can be read as passive (قُتل، قُتلوا) when no agent follows. */
export const killFormsAr: readonly string[] = ['قتل', 'قتلت', 'قتلوا'];

/** Heads of a violent actor: states, armies, forces, armed groups (bare form, without ال). */
export const actorHeadsAr: readonly string[] = [
  'إسرائيل', 'احتلال', 'قوات', 'جيش', 'طيران', 'طائرات', 'مقاتلات', 'مسيرة', 'مسيرات', 'حماس', 'مقاومة',
  'القسام', 'كتائب', 'سرايا', 'شرطة', 'روسيا', 'الولايات', 'واشنطن', 'نظام', 'حزب', 'الحوثيون', 'الحوثيين',
  'بوارج', 'دبابات', 'مدفعية',
];

/** Nouns for people killed: after a bare قتل they make it passive (قُتل 5 فلسطينيين). */
export const victimNounsAr: readonly string[] = [
  'فلسطيني', 'فلسطينيا', 'فلسطينيين', 'فلسطينيون', 'مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'طفل', 'طفلا',
  'أطفال', 'شخص', 'شخصا', 'أشخاص', 'مواطن', 'مواطنا', 'مواطنين', 'امرأة', 'نساء', 'شاب', 'شابا', 'شبان',
  'جندي', 'جنديا', 'جنود', 'صحفي', 'صحفيا', 'صحفيين', 'إسرائيليين', 'إسرائيليا', 'عنصر', 'عناصر', 'آلاف',
  'عشرات', 'مئات', 'أكثر', 'نحو', 'حوالي',
];

/** Relative pronouns: `الذين قتلوا` is read as passive ("who were killed"). */
export const relativesAr: readonly string[] = ['الذين', 'الذي', 'التي', 'اللذين', 'اللواتي', 'اللاتي'];

/** Phrases after a killing that name the agent: برصاص الاحتلال، في غارة إسرائيلية. */
export const agentMarkersAr: readonly string[] = [
  'على يد', 'على أيدي', 'برصاص', 'بنيران', 'بقصف', 'بغارة', 'بغارات', 'جراء', 'إثر', 'في غارة', 'في غارات',
  'في قصف', 'في العدوان', 'في هجوم', 'خلال هجوم', 'بهجوم', 'في الحرب', 'في ضربة', 'بضربة',
];

/** Adjectives that name the actor inside an agent phrase (غارة إسرائيلية). Bare base forms; ة/ون/ين derived. */
export const actorAdjectivesAr: readonly string[] = ['إسرائيلي', 'أمريكي', 'أميركي', 'روسي', 'سوري', 'إيراني', 'صهيوني'];

/** Agentless phrases: a death or casualties without who caused them. */
export const agentlessPhrasesAr: ReadonlyArray<readonly [phrase: string, rule: string, gloss: string]> = [
  ['مقتل', 'agency:agentless-death', 'death of ... (no agent named)'],
  ['استشهاد', 'agency:agentless-death', 'martyrdom of ... (no agent named)'],
  ['استشهد', 'agency:agentless-death', 'was martyred (no agent named)'],
  ['استشهدوا', 'agency:agentless-death', 'were martyred (no agent named)'],
  ['سقوط ضحايا', 'agency:agentless-casualties', 'casualties fell (no agent named)'],
  ['سقوط قتلى', 'agency:agentless-casualties', 'dead fell (no agent named)'],
  ['سقوط شهداء', 'agency:agentless-casualties', 'martyrs fell (no agent named)'],
  ['سقوط أعداد', 'agency:agentless-casualties', 'numbers (of casualties) fell (no agent named)'],
  ['سقوط المزيد', 'agency:agentless-casualties', 'more (casualties) fell (no agent named)'],
  ['لقي حتفه', 'agency:agentless-death', 'met his death (no agent named)'],
  ['لقوا حتفهم', 'agency:agentless-death', 'met their death (no agent named)'],
  ['لقي مصرعه', 'agency:agentless-death', 'met his death (no agent named)'],
  ['لقوا مصرعهم', 'agency:agentless-death', 'met their death (no agent named)'],
  ['لقيت حتفها', 'agency:agentless-death', 'met her death (no agent named)'],
  ['لقيت مصرعها', 'agency:agentless-death', 'met her death (no agent named)'],
];

/** Result constructions that hide the agent of the next violent noun: أدى إلى استهداف. */
export const resultPhrasesAr: readonly string[] = ['أدى إلى', 'ادى الى', 'أدت إلى', 'أسفر عن', 'أسفرت عن', 'تسبب في', 'تسببت في'];

/** English verbs of lethal violence (active forms). */
export const violenceVerbsEn: readonly string[] = [
  'killed', 'kill', 'kills', 'shot', 'shoots', 'struck', 'strikes', 'bombed', 'bombs', 'shelled', 'attacked',
  'massacred', 'slaughtered', 'executed', 'targeted',
];

/** Heads of an English actor noun phrase (the last word before the verb). */
export const actorHeadsEn: readonly string[] = [
  'israel', 'forces', 'troops', 'soldiers', 'military', 'army', 'police', 'militants', 'gunmen', 'hamas',
  'hezbollah', 'jets', 'warplanes', 'drones', 'drone', 'airstrikes', 'airstrike', 'strikes', 'strike', 'russia',
  'settlers', 'fighters', 'idf', 'regime',
];

/** Subjects of a passive killing: `20 people were killed`, `who were killed` (not `the bill was killed`). */
export const victimSubjectsEn: readonly string[] = [
  'people', 'persons', 'civilians', 'palestinians', 'israelis', 'children', 'kids', 'women', 'men', 'soldiers',
  'troops', 'officers', 'policemen', 'journalists', 'workers', 'others', 'hostages', 'residents', 'members',
  'fighters', 'militants', 'protesters', 'demonstrators', 'students', 'staff', 'relatives', 'family', 'dozens',
  'hundreds', 'thousands', 'many', 'who', 'they', 'he', 'she', 'man', 'woman', 'boy', 'girl', 'child', 'soldier',
  'civilian', 'person', 'journalist', 'worker', 'officer',
];

/** Passive auxiliaries: `were killed`. */
export const passiveAuxEn: readonly string[] = ['was', 'were', 'been', 'being', 'be', 'is', 'are'];

/** Passive participles of lethal violence. */
export const passiveVerbsEn: readonly string[] = ['killed', 'slain', 'shot', 'massacred', 'slaughtered', 'executed'];

/** Adjectives naming the actor in `killed in an Israeli strike`. */
export const actorAdjectivesEn: readonly string[] = ['israeli', 'american', 'u.s.', 'us', 'russian', 'syrian', 'iranian', 'hamas', 'palestinian'];

/** Nouns of an attack that can carry that adjective. */
export const attackNounsEn: readonly string[] = ['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'raid', 'raids', 'bombardment', 'shelling', 'fire', 'bombing', 'gunfire'];
