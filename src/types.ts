// The data types every stage and view shares. This module imports nothing.
// Offsets (`start`, `end`) always count JavaScript string positions (UTF-16 code units) in
// `Article.text`, the article's input text; `end` is exclusive.

/** Languages claimdiff analyses; anything else is reported as `unknown`, not rejected. */
export type Language = 'ar' | 'en' | 'unknown';

/** A stretch of an article's text, with its exact original wording. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where a piece of metadata came from, so a reviewer can judge how far to trust it. */
export type MetaSource =
  | 'field' // a JSON/JSONL/HTML metadata field
  | 'source-line' // a line such as `المصدر: X` or `Source: X`
  | 'dateline' // a dateline such as `(شينخوا)` or `(Reuters) -`
  | 'text' // found in the article text
  | 'filename' // last resort: the file or folder name
  | 'weekday' // a weekday-only mention resolved against the publication date
  | 'domain' // the URL's domain, through the table of known outlets
  | 'outlets-file'; // the user's outlet table (`--outlets FILE`, or `outlets.csv` beside the articles)

/** What is known about an outlet besides its name: from the built-in outlet table or the user's. */
export interface OutletInfo {
  name: string;
  country: string | null;
  owner: string | null;
  /** Its main language of publication (ISO 639-1), or null. */
  language: string | null;
  /** Its political lean, as the user's outlet table gives it (never guessed). */
  lean: string | null;
}

/** Text removed as not belonging to the article, always recorded, never silent. */
export interface Removal extends Span {
  /** Why it was removed, e.g. `read-also`, `tags`, `breadcrumb`, `caption-duplicate`. */
  reason: string;
}

/**
 * Whom an article credits for its text: an agency (`بكين - فرانس برس`, `(Reuters) -`), agencies
 * without a name (`وكالات`), the outlet itself (`(CNN)--`, `دبي - العربية.نت`), one of its writers,
 * or its correspondent (`مراسل بي بي سي`).
 */
export interface Credit {
  /** `agency`, `agencies` (unnamed), `own` (the outlet names itself), `writer` (a person's byline), `correspondent` (an outlet's or agency's correspondent, reporter or photographer). */
  kind: 'agency' | 'agencies' | 'own' | 'writer' | 'correspondent';
  /** Folded key: the agency's or outlet's (`afp`, `bbc`), `agencies`, or for a writer the name as written. */
  key: string;
  /** How views name it: `AFP`, `BBC`, `agencies`, the writer's name. */
  name: string;
  /** A short English gloss (`Agence France-Presse (France)`). */
  gloss: string;
  /** As the article writes it (`فرانس برس`, `مراسل بي بي سي`). */
  text: string;
  /** Where it was read: a byline field (`byline`), a dateline, a closing credit line (`credit`), or a mention in the article text (`text`). */
  from: 'byline' | 'dateline' | 'credit' | 'text';
  /** Where it stands in `Article.text` (null when read from a field). */
  start: number | null;
  end: number | null;
}

/** Where an article's text comes from, as the article says (read by ingest, never guessed). */
export interface Provenance {
  /** The byline as a field gives it (JSON `author`, `byline`; HTML `author`), or null. */
  byline: string | null;
  /** The place its dateline or byline names (`بكين`, `WASHINGTON`), as written, or null. */
  place: string | null;
  /** Everything it credits, in the order found: byline field, dateline, credit line, then the text. */
  credits: Credit[];
  /**
   * What its byline, dateline or credit line say about the whole text: `agency` (agency copy),
   * `own` (its own reporting: the outlet, a writer or its correspondent), `mixed` (both), `unknown`
   * (none of them says). Agencies cited inside the text do not change it: they are quoted, not credited.
   */
  basis: 'agency' | 'own' | 'mixed' | 'unknown';
}

/** An article as read from a file, a record of a JSON/JSONL file, or stdin. */
export interface Article {
  /** File name without extension, or the record's `id`, or `file#n` for the n-th record. */
  id: string;
  /** Path of the input file (`-` for stdin), with `#n` for a record of a JSON/JSONL file. */
  source: string;
  title: string;
  outlet: string | null;
  outletFrom: MetaSource | null;
  /** Facts about the outlet when a table knows it (set only then). */
  outletInfo?: OutletInfo;
  /** Publication or event date as ISO `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM`); null when unknown. */
  date: string | null;
  dateFrom: MetaSource | null;
  /**
   * The same moment in UTC (`YYYY-MM-DDTHH:MM:SSZ`), set only when the input gives a zone (a feed
   * time `Fri, 04 May 2018 19:30:37 +0400`): it orders reports across outlets of different zones,
   * while `date` keeps the local day the text's "today" means.
   */
  instant?: string;
  url: string | null;
  language: Language;
  /** Detected input encoding, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1256`. */
  encoding: string;
  /** The input text all offsets refer to: whole file (.txt/.md), `text` field (JSON), extracted text (HTML). */
  text: string;
  /** Where the title stands in `text`, when it does (first line of a .txt file). */
  titleSpan: Span | null;
  /** Boilerplate removed from `text`, in text order. */
  removed: Removal[];
  /** Non-fatal remarks about this input (mixed languages, guessed outlet ...). */
  warnings: string[];
  /** Whom it credits for its text (set by ingest; absent on articles built by hand). */
  provenance?: Provenance;
}

/** A word of a text, with its normalized form and stem for matching. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Orthographically normalized, case-folded form. */
  norm: string;
  /** Light stem of `norm` (clitics and common affixes removed). */
  stem: string;
  isStop: boolean;
  isNumber: boolean;
}

/** A sentence or a heading found by the segmenter. */
export interface Segment extends Span {
  kind: 'sentence' | 'heading' | 'bullet';
}

export type NumberQualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'less-than' | 'up-to' | 'range';

/** A number in the text with its value, e.g. `27 ألفاً و708` = 27708. */
export interface NumberMention extends Span {
  value: number;
  /** Lower and upper bounds implied by the qualifier (e.g. `عشرات الآلاف` = 20000..99999). */
  low: number;
  high: number;
  qualifier: NumberQualifier;
  /** What it counts when the text says (`شهداء`, `killed`, `people`), as written. */
  counts: string | null;
  /** True when the figure is a year, a day of month, a time or an ordinal, not a count. */
  isDateLike: boolean;
}

/** A date mentioned in the text. */
export interface DateMention extends Span {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null for a weekday that could not be resolved. */
  iso: string | null;
  precision: 'day' | 'month' | 'year' | 'weekday';
}

export type ClaimKind = 'statement' | 'heading' | 'quote';

/** Who says a claim, how, and through whom. */
export interface Attribution {
  /** The speaker as written (`بلينكن`, `the State Department spokesman`), or null. */
  speaker: string | null;
  /** Folded key of the speaker, so variants of one name compare equal. */
  speakerKey: string | null;
  /** The reporting verb as written (`قال`, `مدعياً`, `claimed`), or null. */
  verb: string | null;
  /** The channel it came through (`أكسيوس`, `Channel 13`, `بيان الخارجية`), or null. */
  channel: string | null;
}

export interface Quote extends Span {}

export interface Entity extends Span {
  /** Folded key: transliteration variants of one name share it (غالانت / جالانت). */
  key: string;
  type: 'person' | 'place' | 'organization' | 'other';
}

/** A sentence-level unit of an article. */
export interface Claim extends Span {
  /**
   * `${articleId}:` and 8 hex digits of a hash of the claim's normalized text (`-2`, `-3` ... for
   * repeats of one text in the article): the same text gives the same id on every run.
   */
  id: string;
  articleId: string;
  kind: ClaimKind;
  attribution: Attribution | null;
  quotes: Quote[];
  numbers: NumberMention[];
  dates: DateMention[];
  entities: Entity[];
  /** A reviewer's decision on the claim (set by applying a review file; absent otherwise). */
  review?: ReviewMark;
}

/** How two aligned claims relate. */
export type Relation = 'shared' | 'partial' | 'conflict';

/** A relation, or `unrelated` for a pair that does not align (used by `claimdiff pairs`). */
export type PairRelation = Relation | 'unrelated';

/** Which signals made two claims align, with their values, so a reviewer can see why. */
export interface Evidence {
  /** Rarity-weighted stem overlap (TF-IDF cosine), 0..1. */
  stems: number;
  /** Character bigram Dice coefficient on normalized text, 0..1. */
  dice: number;
  sharedEntities: string[];
  sharedQuotes: string[];
  sharedNumbers: string[];
  /** Why the relation is a conflict, or what detail one side adds (partial). */
  notes: string[];
  /** The model's probability that the two state one fact, and the features that decided it most. */
  link?: { probability: number; decidedBy: string[] };
  /** The relation model's probability that the two contradict each other, and the signals that decided it most. */
  contradiction?: { probability: number; decidedBy: string[] };
}

/** One piece of a word-level diff: kept (`=`), only in the first claim (`-`), only in the second (`+`). */
export interface DiffPart {
  op: '=' | '-' | '+';
  /** The words as the second claim writes them for `=` and `+`, as the first claim writes them for `-`. */
  text: string;
  /** Where the part stands in the first claim's article text, `[start, end)`: set for `=` and `-`. */
  a?: [number, number];
  /** Where the part stands in the second claim's article text, `[start, end)`: set for `=` and `+`. */
  b?: [number, number];
}

/** A word one claim uses where the other uses another. */
export interface Substitution {
  from: string;
  to: string;
  /** `variant`: orthographic or transliteration variant (not framing); `lexical`: a different word. */
  kind: 'variant' | 'lexical';
}

/**
 * A conflicting value between two aligned claims: a figure, a date, a place or nationality, a
 * negation, who said or did it (`attribution`), opposite words (`antonym`), or a word swapped for
 * one that says something else in an otherwise equal sentence (`wording`: ممثل / مغني).
 */
export interface Conflict {
  kind: 'number' | 'date' | 'place' | 'negation' | 'attribution' | 'antonym' | 'wording';
  a: string;
  b: string;
}

/** The word-level comparison of two aligned claims. */
export interface PairDiff {
  a: string;
  b: string;
  relation: Relation;
  score: number;
  parts: DiffPart[];
  substitutions: Substitution[];
  conflicts: Conflict[];
  /**
   * Rival figures of the two claims that the event's figures table reads as the toll rising in a
   * later report (`a` the first claim's, `b` the second's): the pair is then `partial`, not a conflict.
   */
  updated?: Conflict[];
  /** With `updated`: which claim's article reported later (`b`: the second claim's), the one whose values are higher. */
  updatedLater?: 'a' | 'b';
}

/**
 * One member's own standing in its group: the strongest relation of its pairs with the members of
 * other articles, and whom it conflicts with. In a three-outlet group where one outlet gives
 * another toll, that outlet conflicts with both others, and each of them with it.
 */
export interface MemberStatus {
  claim: string;
  relation: Relation;
  /** Claim ids (of other articles) this member conflicts with; empty unless `relation` is `conflict`. */
  against: string[];
}

/** Claims from different articles that state the same thing. */
export interface ClaimGroup {
  id: string;
  /** Claim ids, at least two articles. */
  members: string[];
  /** The strongest relation among the members' pairs. */
  relation: Relation;
  score: number;
  evidence: Evidence;
  diffs: PairDiff[];
  /** Each member's own status, in `members` order. */
  status: MemberStatus[];
  /** The group as a reviewer left it (set by applying a review file; absent for a group no decision touches). */
  review?: GroupReview;
  /** How many independent origins stand behind the group (added by the origins stage). */
  origins?: GroupOrigins;
}

/**
 * Where a text comes from, as one unit of independent reporting: an agency whose copy outlets carry
 * (`agency:afp`), an outlet's own reporting (`own:bbc`), unnamed agencies via one outlet
 * (`agencies:alarabiya`), or a text several outlets carry that credits nobody (`text:<article id>`).
 */
export interface Origin {
  key: string;
  kind: 'agency' | 'own' | 'agencies' | 'shared-text';
  /** How views name it: `AFP`, `BBC`, `agencies`, `one uncredited text`. */
  name: string;
  /** A short English gloss. */
  gloss: string;
}

/** One independent origin behind a claim group, with the outlets that carry it. */
export interface OriginSupport extends Origin {
  /** Outlets carrying it, in article order, each once. */
  via: string[];
  /** Its members' article ids, in article order. */
  articles: string[];
  /** Its members' claim ids, in `members` order. */
  claims: string[];
  /** Why its members count as one, e.g. `credited AFP (byline)`, `same text (share 0.92)`, `filed twice by France 24`, `own correspondent`. */
  basis: string[];
}

/** A named source quoted by members of two or more independent origins: shared, not independent confirmation. */
export interface SharedSource {
  /** Folded key (the framing stage's source key or the attribution's speaker key). */
  key: string;
  /** As first written. */
  name: string;
  /** The origins (keys) whose members quote it. */
  origins: string[];
  /** The members that quote it. */
  claims: string[];
}

/**
 * A conflict between two members of one origin: not independent disagreement. `copy`: they are one
 * text (a copied article or sentence), so the difference is an edit of it; `agency`: both credit
 * one agency, so it lies between that agency's reports (an update or an edit); `outlet`: both are
 * one outlet's own reports, which changed its account.
 */
export interface EditChange {
  a: string;
  b: string;
  /** The origin (key) both belong to. */
  origin: string;
  kind: 'copy' | 'agency' | 'outlet';
  /** What differs (the pair's conflicts, e.g. `number: 31 / 48`). */
  note: string;
}

/** How many independent origins support a claim group, and who they are. */
export interface GroupOrigins {
  /** Outlets reporting it (an outlet that filed the same text twice counts once). */
  outlets: number;
  /** Independent origins: copies of one dispatch, and articles crediting one agency, count once. */
  count: number;
  independent: OriginSupport[];
  /** Named sources quoted by members of two or more of those origins. */
  sharedSources: SharedSource[];
  /** Conflicts inside one origin (copies of one text, one agency's reports, one outlet's): edits and updates, not independent disagreement. */
  edits: EditChange[];
}

/** Text one article shares with another of the same event, found by word 5-gram shingles. */
export interface CopyLink {
  /** Article ids, `a` first in article order. */
  a: string;
  b: string;
  /**
   * `duplicate`: one outlet filed the same text twice (one article when counting outlets and origins);
   * `copy`: two outlets carry the same text (a wire dispatch); `passages`: some sentences are the same text.
   */
  kind: 'duplicate' | 'copy' | 'passages';
  /** Jaccard similarity of the two texts' shingle sets, 0..1. */
  similarity: number;
  /** Share of `a`'s shingles found in `b`, and of `b`'s in `a`. */
  shareA: number;
  shareB: number;
  /** The claim pairs that are the same text, each with the share of each side found in the other article. */
  passages: Array<{ a: string; b: string; shareA: number; shareB: number }>;
}

/** One article's origin in its event: whom its text is counted under, and how much of it others carry. */
export interface ArticleOrigin {
  article: string;
  origin: Origin;
  /** The article this one repeats when its outlet filed the same text twice (the earlier one, in article order), else null. */
  duplicateOf: string | null;
  /** Share of its text (shingles) found in articles of other outlets of the event, 0..1. */
  copiedShare: number;
}

/** A learned linear decision (logistic regression) as data: what it reads, how, and what it was fitted on. */
export interface LinearModel {
  /** Names the weights, e.g. `align/2`: changes when the features or the training data change. */
  id: string;
  /** What it was fitted on, for readers of the weights file. */
  trainedOn: string;
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** How claims are aligned: the learned link decision, its thresholds, and the candidates it sees. */
export interface AlignOptions {
  /** Minimum probability (0..1) that two claims state one fact for their link to start or grow a group. */
  threshold: number;
  /** A claim joins a group only if its link to every member of another article reaches this probability (no chaining). */
  joinMin: number;
  /** Candidate pairs share news concepts or stems with at least this TF-IDF cosine. */
  candidateFloor: number;
  /** At most this many candidates per claim in each other article, the closest first. */
  maxCandidates: number;
  /** Weights of the closeness score shown with each pair (and used by `claimdiff pairs`). */
  weights: SimilarityWeights;
  /** The link model; the committed one when absent. Not recorded in a Comparison (its `id` is). */
  model?: LinearModel;
  /**
   * An experiment, off when absent: a link owed this share or more of its wording to one claim's
   * background clauses (a relative or "after" clause, `backgroundShare`) counts for grouping as its
   * main clause's part only. Off by default: the annotated events count a fact named in a relative
   * clause as stated (a gold member), the read wild groups do not.
   */
  backgroundShare?: number;
}

/** Weights of the similarity signals of two claims. */
export interface SimilarityWeights {
  /** Rarity-weighted stem overlap (TF-IDF cosine). */
  stems: number;
  /** Character-bigram Dice above chance level. */
  dice: number;
  /** Share of named entities in common. */
  entities: number;
  /** A quotation in common. */
  quotes: number;
  /** An agreeing figure that counts something (27,708 / more than 27,700). */
  figures: number;
}

/** How aligned pairs are typed shared, partial or conflict. */
export interface ClassifyOptions {
  /** Minimum pair score for an aligned pair to count as `shared` rather than `partial`. */
  sharedThreshold: number;
  /** Share of each claim's rarity-weighted content the other must hold for `shared`. */
  sharedCoverage: number;
  /** Minimum probability (0..1) of the relation model for a pair with a contradiction cue to be a `conflict`. */
  conflictThreshold: number;
  /**
   * Whether a swapped word alone (no figure, date, place, negation, speaker or opposite word) may
   * make a conflict: yes for headline pairs (`claimdiff pairs`), no for an event's sentences, whose
   * wording differs between outlets all the time.
   */
  wordingConflicts: boolean;
}

/** The analysis options a comparison was made with, as recorded in it. */
export interface ComparisonOptions {
  /** Same as `align.threshold` (kept for readers of `claimdiff.compare/1`). */
  alignThreshold: number;
  /** Same as `classify.sharedThreshold` (kept for readers of `claimdiff.compare/1`). */
  sharedThreshold: number;
  align: Omit<AlignOptions, 'model'> & { model: string };
  classify: ClassifyOptions;
  /** How many framing lexicon entries the user added (`--lexicon`). */
  framing: { extraEntries: number };
}

/** An article with its claims, as it appears in a comparison. */
export interface ArticleResult extends Omit<Article, 'text'> {
  claims: Claim[];
  /** The article text, kept so views can quote and link exactly. */
  text: string;
}

/** The result of comparing the coverage of one event: the contract every view renders. */
export interface Comparison {
  schema: 'claimdiff.compare/1';
  articles: ArticleResult[];
  groups: ClaimGroup[];
  /** Article id -> ids of its claims that no other article reports. */
  unique: Record<string, string[]>;
  options: ComparisonOptions;
  /** How each outlet frames the event (added by the framing stage). */
  framing?: FramingComparison;
  /** The event's figures side by side, one entry per quantity and scope (added by the figures stage). */
  figures?: FigureEntry[];
  /** What a review file adds (set by applying one, `src/review`): the engine's own fields above stay as they were. */
  review?: ComparisonReview;
  /** Text the articles share: duplicate filings, wire copies and copied passages (added by the origins stage). */
  copies?: CopyLink[];
  /** Each article's origin, in article order (added by the origins stage). */
  origins?: ArticleOrigin[];
}

/**
 * How the figures of one quantity relate across articles: `agree` (the same amount, allowing the
 * qualifiers), `compatible` (no contradiction, but a vague amount cannot confirm a figure),
 * `conflict` (incompatible amounts), `updated` (they differ, and each later report is higher: a
 * toll that grew), `absence` (one report says no casualties or cannot say whether there were any,
 * another gives some), `single` (one article only).
 */
export type FigureRelation = 'agree' | 'compatible' | 'conflict' | 'updated' | 'absence' | 'single';

/** What part of the event a figure covers, so that a part is never taken for a rival total. */
export interface FigureScope {
  /** `event`: this event's count; `cumulative`: a running total since a date or since a war began. */
  period: 'event' | 'cumulative';
  /** A sub-group (`children`, `critical` for the gravely wounded), or null for everyone counted. */
  group: string | null;
  /** A part of the event's area (`أوتار براديش`, a village) as first written, or null for all of it. */
  place: string | null;
}

/** One figure an article gives, with its exact words, sentence and source. */
export interface FigureValue {
  /** Article id. */
  article: string;
  /** Id of the claim (sentence) that states it. */
  claim: string;
  /** The amount when one is given (`at least 48` -> 48), else null. */
  value: number | null;
  /** [low, high] for a range (`بين 6 و10`) or a vague amount (`عشرات` = [20, 99]; `آلاف` has no upper bound: null). */
  range: [number, number | null] | null;
  /** `exact`, a qualifier (`at-least`, `more-than`, `about`, `less-than`, `up-to`), `range`, `vague`, or for an absence `none` (no casualties) or `unknown` (not yet known whether any). */
  qualifier: NumberQualifier | 'vague' | 'none' | 'unknown';
  /** The exact words of the figure (or of the absence), at `start`..`end` in the article text. */
  text: string;
  start: number;
  end: number;
  /** The whole sentence, exactly as the outlet wrote it. */
  sentence: string;
  /** Who the figure is attributed to, as written (`الدفاع المدني`, `the health ministry`), when the text says. */
  source: string | null;
  /** The unit or currency when the quantity has one (`tonne`, `km`, `USD`). */
  unit: string | null;
  /** When the text marks the report: `initial` (`حصيلة أولية`, `earlier`), `updated` (`ارتفعت الحصيلة`, `rose to`). */
  stage: 'initial' | 'updated' | null;
  /** The article's date and time (ISO), which orders reports for `updated`. */
  reported: string | null;
  /** Whether this is the article's figure that the verdict compares (its own latest; the others are listed). */
  compared: boolean;
  /** How the value was read when it is not plain (`5 + a sixth`, `part of a larger toll`). */
  note: string | null;
}

/** Every article's figure for one quantity and scope, with a verdict and why. */
export interface FigureEntry {
  /** `f` and 8 hex digits of a hash of its quantity, scope and the claims of its values: stable across runs on the same text. */
  id: string;
  /** `killed`, `wounded`, `casualties`, `arrested`, `missing`, `displaced`, `evacuated`, `hospitalized`, `participants`, `money`, `weight`, `distance`, `speed`, `count:<noun>`, `date`, `time`, `place`. */
  quantity: string;
  /** A short English gloss of the quantity. */
  gloss: string;
  scope: FigureScope;
  relation: FigureRelation;
  /** Why, in words (`same quantity, incompatible amounts: 31 and at least 48`). */
  reason: string;
  /** For `updated`: the article with the latest report. */
  latest: string | null;
  values: FigureValue[];
  /** A reviewer's decision on the entry (set by applying a review file). */
  review?: FigureReview;
}

/** What a framing flag marks. */
export type FramingCategory =
  | 'loaded' // emotive or intensifying words (وحشية، مجزرة; brutal, massacre)
  | 'label' // labels for actors (الكيان، المقاومة، إرهابية; terrorist, regime)
  | 'victim-term' // how the dead are named (شهداء، قتلى، ضحايا; martyrs, killed)
  | 'conflict-name' // what the conflict is called (العدوان، الحرب; the war, the aggression)
  | 'hedge' // hedges and distancing qualifiers (المزعوم، reportedly)
  | 'reporting-verb' // how a statement is attributed (قال، أكد، ادعى; said, stressed, claimed)
  | 'scare-quote' // a name or term in quotation marks that is not a quotation
  | 'agency' // who is named as the actor of violence, or that no actor is named
  | 'source'; // who is cited

/** One framing occurrence in an article, explainable by the rule that fired. */
export interface FramingFlag extends Span {
  /**
   * Stable id: the id of the claim the flag stands in, `/`, and a hash of its category, rule and
   * words (set in a comparison and by `claimdiff framing`; absent from a bare `profileFraming`).
   */
  id?: string;
  category: FramingCategory;
  /** The lexicon entry or rule that fired, e.g. `victim-term:شهداء` or `scare-quote:entity`. */
  rule: string;
  /** The sub-kind: reporting-verb stance (`neutral`, `asserting`, `distancing`), agency (`agent`, `agentless`, `passive`), victim-term stance (`martyr`, `neutral`), source kind ... */
  value: string | null;
  /** A short English gloss of the entry, for readers who do not read the language. */
  gloss: string | null;
  /** A reviewer's decision on the flag (set by applying a review file). */
  review?: ReviewMark;
}

/** A source an article cites, with how often and through whom. */
export interface SourceCitation {
  /** As first written, e.g. `أكسيوس`, `the UN`. */
  name: string;
  /** Folded key so that variants count together. */
  key: string;
  kind: 'official' | 'agency' | 'outlet' | 'un' | 'health' | 'ngo' | 'anonymous' | 'other';
  /** The side an official speaks for, when known (`US`, `Israel`, `Palestinian`, ...). */
  side: string | null;
  count: number;
  /** The chain where the text gives it: the source this one is quoted through (`أكسيوس` for an Israeli official). */
  via: string | null;
}

/** How one article frames its story. */
export interface FramingProfile {
  articleId: string;
  counts: Partial<Record<FramingCategory, number>>;
  flags: FramingFlag[];
  sources: SourceCitation[];
}

/** Articles that report the same event. */
export interface EventGroup {
  id: string;
  /** A short label: the most telling title or terms. */
  label: string;
  /** The event date (ISO) when the articles agree on one, else the earliest; null when unknown. */
  date: string | null;
  /** First and last article date, when they differ. */
  dateRange: [string, string] | null;
  /** Article ids, in input order. */
  articles: string[];
  outlets: string[];
  /** Why these articles were grouped: the shared rare terms and the linking score. */
  evidence: { terms: string[]; score: number };
  /** Pairs of article ids that republish the same text (wire copy). */
  nearCopies: Array<[string, string]>;
}

/** The framing differences between the members of one claim group. */
export interface GroupFraming {
  groupId: string;
  /** Each member's framing flags (only members that have some). */
  members: Array<{ claimId: string; flags: FramingFlag[] }>;
  /** Word choices that differ between members (lexical substitutions of the group's diffs). */
  substitutions: Substitution[];
}

/** Framing across the outlets of one event. */
export interface FramingComparison {
  /** One profile per article, in article order. */
  profiles: FramingProfile[];
  /** Per claim group, how its members frame the same fact differently (groups with no difference left out). */
  groups: GroupFraming[];
}

/** A corpus analysed event by event: what `report`, `browse` and corpus-wide `compare` render. */
export interface CorpusAnalysis {
  events: EventGroup[];
  /** One comparison per event, in event order (`comparisons[i]` compares `events[i].articles`). */
  comparisons: Comparison[];
  /** Events a selection left out (one `--event`, `--min-outlets`): listed by indexes, not compared. */
  notCompared?: EventGroup[];
}

/**
 * A reviewer's verdict on an item: the engine is right (`confirmed`), it is wrong (`disputed`), or
 * the item is not worth reporting (`dismissed`: framing flags and figures only).
 */
export type ReviewVerdict = 'confirmed' | 'disputed' | 'dismissed';

/** A reviewer's decision on one item of a comparison, as the views show it beside the engine's. */
export interface ReviewMark {
  verdict: ReviewVerdict | null;
  note: string | null;
  /** Who decided, as the review file records it. */
  by: string | null;
  /** When (ISO 8601). */
  at: string | null;
}

/**
 * A claim group after the review. The engine's relation, members and statuses stay in the group's
 * own fields; these are the reviewer's (equal to the engine's where the reviewer changed nothing).
 */
export interface GroupReview extends ReviewMark {
  /** `engine`: a group the engine made; `reviewer`: claims the reviewer said state one fact (a merge). */
  origin: 'engine' | 'reviewer';
  /** The relation the reviewer gave the group (a correction), or null when they did not correct it. */
  corrected: Relation | null;
  /** The group's relation after the review; null when it is set aside (disputed without a correction, or split apart). */
  relation: Relation | null;
  /** Its members after the review (a member split from every other one leaves). */
  members: string[];
  /** Each member's status after the review, in `members` order. */
  status: MemberStatus[];
  /** Pairs of members the reviewer said state different facts. */
  split: Array<[string, string]>;
}

/** A figure entry after the review: a quantity correction ("counts wounded, not killed") besides the mark. */
export interface FigureReview extends ReviewMark {
  /** What the reviewer says the figures count, or null when they did not correct it. */
  quantity: string | null;
}

/** How much of a comparison a review covers: items with a verdict or a correction, per kind. */
export interface ReviewSummary {
  /** Claim groups (the engine's and the reviewer's), claims only one outlet reports, figure entries, framing flags. */
  items: Record<ReviewItemKind, { total: number; reviewed: number }>;
  confirmed: number;
  disputed: number;
  dismissed: number;
  /** Items the reviewer corrected (a relation, a quantity, a merge or a split). */
  corrected: number;
  notes: number;
}

/** An entry of a review file that matches nothing in the comparison of its articles any more. */
export interface UnmatchedReview {
  id: string;
  entry: ReviewEntry;
}

/** What applying a review file adds to a comparison. */
export interface ComparisonReview {
  /** Groups the reviewer made of claims the engine kept apart (`review.origin` is `reviewer`). */
  groups: ClaimGroup[];
  /** Article id -> its claims no other outlet reports once the review is applied. */
  unique: Record<string, string[]>;
  summary: ReviewSummary;
  /** Entries about this comparison's articles whose item is gone (its text changed since). */
  unmatched: UnmatchedReview[];
}

/** What a review entry is about. `pair`: two claims said to state one fact (merge) or not (split). */
export type ReviewItemKind = 'group' | 'claim' | 'figure' | 'flag' | 'pair';

/** A claim as a review entry remembers it: enough to read the entry, and to train on it, without the articles. */
export interface ReviewedClaim {
  id: string;
  article: string;
  text: string;
}

/** One decision of a review file, keyed by the id of what it is about. */
export interface ReviewEntry {
  kind: ReviewItemKind;
  verdict?: ReviewVerdict;
  /** Groups and pairs: what the relation really is. */
  relation?: Relation;
  /** Pairs: the two claims state the same fact (true: merge) or different facts (false: split). */
  same?: boolean;
  /** Figures: what the figures really count (`wounded`). */
  quantity?: string;
  note?: string;
  by?: string;
  /** When (ISO 8601). */
  at?: string;
  /** The articles the item belongs to. */
  articles: string[];
  /** The claims involved (a group's members, a pair, the claim itself), with their text. */
  claims?: ReviewedClaim[];
  /** What the engine said when the reviewer decided: its relation, rule or quantity, and the words. */
  engine?: { relation?: string; rule?: string; quantity?: string; text?: string };
}

/** A review file (`claimdiff.review/1`): a reviewer's decisions, kept across runs by stable ids. */
export interface ReviewFile {
  schema: 'claimdiff.review/1';
  /** Keyed by the item's id; a pair by both claim ids in id order, joined by ` + `. */
  entries: Record<string, ReviewEntry>;
}
