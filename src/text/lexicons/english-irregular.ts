// English irregular inflections: past tenses and participles of strong verbs and irregular noun
// plurals, listed under their base form (`took`, `taken` -> `take`; `men` -> `man`). Porter2 strips
// only regular suffixes, so `shot` / `shoot` or `young men` / `young man` would share no stem.
// General English grammar, not mined from any evaluation set. Left out: forms that as often mean
// another word (`found`: find / found a company; `left`: leave / the left; `saw`, `lay`, `ground`,
// `wound`, `lives`, `rose`, `bore`, `bound`, `bit`, `tore` beside `tears`, `leaves`, `fed` beside
// the Fed), forms whose base is a news concept in another sense (`dealt` with / a deal, `struck`
// a car / an air strike), and auxiliaries (`had`, `did`: stopwords already).
// Plain data: [base, irregular forms].

export const ENGLISH_IRREGULAR: ReadonlyArray<readonly [base: string, forms: readonly string[]]> = [
  // Strong and irregular verbs
  ['arise', ['arose', 'arisen']], ['awake', ['awoke', 'awoken']], ['beat', ['beaten']], ['become', ['became']],
  ['begin', ['began', 'begun']], ['bend', ['bent']], ['bite', ['bitten']],
  ['bleed', ['bled']], ['blow', ['blew', 'blown']], ['break', ['broke', 'broken']], ['bring', ['brought']],
  ['build', ['built']], ['buy', ['bought']], ['catch', ['caught']], ['choose', ['chose', 'chosen']],
  ['come', ['came']], ['dig', ['dug']], ['dive', ['dove']],
  ['draw', ['drew', 'drawn']], ['drink', ['drank', 'drunk']], ['drive', ['drove', 'driven']], ['eat', ['ate', 'eaten']],
  ['fall', ['fell', 'fallen']], ['feel', ['felt']], ['fight', ['fought']], ['flee', ['fled']],
  ['fly', ['flew', 'flown']], ['forbid', ['forbade', 'forbidden']], ['forget', ['forgot', 'forgotten']],
  ['forgive', ['forgave', 'forgiven']], ['freeze', ['froze', 'frozen']], ['get', ['got', 'gotten']],
  ['give', ['gave', 'given']], ['go', ['went', 'gone']], ['grow', ['grew', 'grown']], ['hang', ['hung']],
  ['hear', ['heard']], ['hide', ['hid', 'hidden']], ['hold', ['held']], ['keep', ['kept']],
  ['know', ['knew', 'known']], ['lead', ['led']], ['lend', ['lent']], ['lose', ['lost']], ['make', ['made']],
  ['mean', ['meant']], ['meet', ['met']], ['pay', ['paid']], ['ride', ['rode', 'ridden']], ['ring', ['rang', 'rung']],
  ['rise', ['risen']], ['run', ['ran']], ['seek', ['sought']], ['sell', ['sold']], ['send', ['sent']],
  ['shake', ['shook', 'shaken']], ['shoot', ['shot']], ['sing', ['sang', 'sung']], ['sink', ['sank', 'sunk']],
  ['sit', ['sat']], ['sleep', ['slept']], ['speak', ['spoke', 'spoken']], ['spend', ['spent']], ['stand', ['stood']],
  ['steal', ['stole', 'stolen']], ['stick', ['stuck']], ['sting', ['stung']],
  ['swear', ['swore', 'sworn']], ['swim', ['swam', 'swum']], ['take', ['took', 'taken']], ['teach', ['taught']],
  ['tell', ['told']], ['think', ['thought']], ['throw', ['threw', 'thrown']],
  ['understand', ['understood']], ['wake', ['woke', 'woken']], ['wear', ['wore', 'worn']], ['weep', ['wept']],
  ['win', ['won']], ['withdraw', ['withdrew', 'withdrawn']], ['write', ['wrote', 'written']],
  // Irregular plurals
  ['man', ['men']], ['woman', ['women']], ['child', ['children']], ['person', ['people']], ['foot', ['feet']],
  ['tooth', ['teeth']], ['mouse', ['mice']], ['wife', ['wives']], ['knife', ['knives']], ['thief', ['thieves']],
  ['half', ['halves']], ['wolf', ['wolves']], ['shelf', ['shelves']],
  ['congressman', ['congressmen']], ['congresswoman', ['congresswomen']], ['policeman', ['policemen']],
  ['policewoman', ['policewomen']], ['spokesman', ['spokesmen']], ['spokeswoman', ['spokeswomen']],
  ['chairman', ['chairmen']], ['gunman', ['gunmen']], ['fireman', ['firemen']], ['businessman', ['businessmen']],
  ['crisis', ['crises']], ['analysis', ['analyses']], ['thesis', ['theses']], ['criterion', ['criteria']],
  ['phenomenon', ['phenomena']],
];
