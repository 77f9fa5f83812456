// Words the sentence splitter reads around: abbreviations whose period does not end a sentence,
// and the few words that tell whether it does. Plain data; `segment.ts` holds the rules.

/**
 * English abbreviations (as written, without the final period) that never end a sentence:
 * titles before a name, and shorthands that a number or a word always follows.
 */
export const ABBREVIATIONS_EN: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Drs', 'Prof', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt',
  'Sgt', 'Cpl', 'Sens', 'Reps', 'Govs', 'Rt', 'Amb', 'Atty', 'Supt', 'Insp', 'Det',
  'Adm', 'Cmdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Fr', 'St', 'Mt',
  'Ft', 'Messrs', 'Mme', 'Mlle', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec', 'No', 'Nos', 'Vol', 'vs', 'v', 'cf', 'viz', 'approx', 'est', 'fig', 'pp',
  'p', 'ch', 'art', 'para', 'e.g', 'i.e', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ',
];

/**
 * English abbreviations that often close a sentence as well (`... and Co. The next day`): the
 * period ends the sentence only when a typical sentence opener follows.
 */
export const ABBREVIATIONS_EN_FINAL: readonly string[] = [
  'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'Sr', 'a.m', 'p.m', 'U.S', 'U.K', 'U.N', 'E.U',
  'D.C', 'U.S.A',
  // US states as datelines write them (`KANSAS CITY, Mo. —`)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore',
  'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'N.Y', 'N.J', 'N.H', 'N.C', 'N.D', 'N.M',
  'S.C', 'S.D', 'R.I', 'W.Va',
];

/**
 * Arabic abbreviations in normalized form (`د.` doctor, `أ.` professor, `م.` engineer or the
 * Gregorian-year mark, `ص.` page, `ج.` part, `ق.م.` BC, `هـ.` Hijri year). Any single letter
 * before a period is read as an abbreviation or an initial anyway; this list documents them and
 * adds the longer ones.
 */
export const ABBREVIATIONS_AR: readonly string[] = ['د', 'ا', 'م', 'ص', 'ج', 'ق', 'ه', 'ت', 'ق.م', 'ا.د', 'ص.ب'];

/** Words that open an English sentence: after an abbreviation such as `U.S.`, they show the sentence ended. */
export const SENTENCE_OPENERS_EN: readonly string[] = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'His', 'Her', 'Its', 'Their', 'Our', 'But', 'And', 'However', 'Meanwhile', 'In', 'On',
  'At', 'After', 'Before', 'When', 'While', 'If', 'As', 'Some', 'Many', 'Most', 'Officials',
];

/**
 * Arabic words that open a dependent clause after `؛` (because, so that, which, since): the
 * semicolon then explains the clause before it, and the splitter keeps both in one sentence.
 */
export const SEMICOLON_DEPENDENTS_AR: readonly string[] = [
  'لأن', 'لان', 'لأنه', 'لأنها', 'لأنهم', 'إذ', 'حيث', 'كي', 'لكي', 'مما', 'ما', 'بما', 'أي',
  'وذلك', 'ذلك', 'بسبب', 'نظرا', 'بعدما', 'بينما', 'فيما', 'الذي', 'التي', 'الذين',
];
