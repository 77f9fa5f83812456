// `claimdiff review ...`: the review file from the command line. `status` says where it is, how
// much of each event it covers and which entries no longer match; `set` records a decision on one
// item by its id (what the terminal UI's keys do); `export-pairs` writes the reviewer's merges,
// splits and relation corrections as a pairs CSV (s1, s2, relation) for `claimdiff pairs` and
// `npm run train -- --pairs FILE`.
import type { Argv, CommandModule } from 'yargs';
import type { Comparison, CorpusAnalysis, ReviewFile, ReviewVerdict, Relation } from '../../src/types.js';
import {
  applyReviewCorpus,
  claimTarget,
  figureTarget,
  flagTarget,
  groupTarget,
  markPair,
  pairTarget,
  REVIEW_RELATIONS,
  REVIEW_VERDICTS,
  reviewedPairs,
  setNote,
  setQuantity,
  setRelation,
  toggleVerdict,
  verdictsFor,
  type Reviewer,
  type ReviewTarget,
} from '../../src/review/index.js';
import { reviewSummaryLine, unmatchedLine } from '../../src/report/review-view.js';
import { stripControls } from '../../src/report/escape.js';
import { loadArticles, writePolicy, type Loaded } from '../load.js';
import { checkOutFile, emit, type Io } from '../io.js';
import { analysisFromArgs, textOption, withAnalysisOptions, withInputOptions, withOutFileOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { UsageError, UserError } from '../exit-codes.js';
import { loadReview, reviewerName, reviewLocation, ReviewStore, type LoadedReview } from '../review-file.js';
import { inputPaths, reviewOption } from '../review-option.js';

interface InputArgs {
  inputs?: string[];
  review?: string;
  lexicon?: string;
  'align-threshold'?: number;
  'shared-threshold'?: number;
  'keep-boilerplate': boolean;
  'max-size': number;
}

interface SetArgs extends InputArgs {
  id: string;
  verdict?: string;
  relation?: string;
  quantity?: string;
  note?: string;
  'same-as'?: string;
  'different-from'?: string;
  reviewer?: string;
}

interface ExportArgs {
  inputs?: string[];
  review?: string;
  out?: string;
  force: boolean;
}

const inert = (text: string) => stripControls(text).replace(/\s+/g, ' ').trim();

/** The review file of the inputs, or the one --review names (it must exist unless `create`). */
function reviewFor(args: { inputs?: string[]; review?: string }, loaded: Pick<Loaded, 'files'>, create: boolean): LoadedReview {
  const location = reviewLocation(inputPaths(args.inputs), args.review);
  if (!location) throw new UsageError('the articles come from standard input: pass --review FILE to say which review file to use');
  const review = loadReview(location, writePolicy(loaded, false), !create && args.review !== undefined);
  if (!create && review.text === null) throw new UserError(`${review.path}: no review file yet; review in claimdiff browse (or claimdiff review set) first, or pass --review FILE`);
  return review;
}

async function analyse(args: InputArgs, io: Io): Promise<{ loaded: Loaded; analysis: CorpusAnalysis }> {
  // Loaded when the command runs: start-up and --help load no analysis.
  const [{ analyzeCorpus }, { workerThreads }, { loadLexicon }] = await Promise.all([import('../../src/corpus.js'), import('../workers/pool.js'), import('../lexicon.js')]);
  const framing = loadLexicon(args.lexicon);
  const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
  const analysis = await analyzeCorpus(loaded.articles, {
    ...analysisFromArgs(args),
    framing,
    events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
    onEventCompared: progressReporter(io, 'comparing'),
  });
  return { loaded, analysis };
}

function withReviewInputs<T>(y: Argv<T>) {
  return withAnalysisOptions(withInputOptions(y)).option('review', reviewOption());
}

function statusCommand(io: Io, setCode: (code: number) => void): CommandModule<object, InputArgs> {
  return {
    command: 'status [inputs..]',
    describe: 'where the review file is, how much of each event it covers, and which entries no longer match',
    builder: (y) => withReviewInputs(y),
    handler: async (args) => {
      const { loaded, analysis } = await analyse(args, io);
      const review = reviewFor(args, loaded, true);
      const reviewed = applyReviewCorpus(analysis, review.review);
      const out = [`review file: ${review.path}${review.text === null ? ' (none yet)' : ''}`, ...(review.note ? [`  (${review.note})`] : [])];
      reviewed.analysis.comparisons.forEach((c, i) => {
        const event = analysis.events[i];
        if (c.articles.length < 2 && !c.review?.summary.items.claim.reviewed) return;
        out.push(`${event.id} ${inert(event.label).slice(0, 70)}: ${reviewSummaryLine(c.review!.summary)}`);
      });
      if (reviewed.unmatched.length > 0) {
        out.push(`${reviewed.unmatched.length} entr${reviewed.unmatched.length === 1 ? 'y matches' : 'ies match'} nothing in these articles any more (their text changed since):`);
        for (const u of reviewed.unmatched) out.push(`  ${inert(unmatchedLine(u))}`);
      } else out.push('every entry about these articles matches an item');
      if (reviewed.elsewhere > 0) out.push(`${reviewed.elsewhere} entr${reviewed.elsewhere === 1 ? 'y is' : 'ies are'} about articles not among these inputs (kept)`);
      io.stdout(`${out.join('\n')}\n`);
      setCode(loaded.status);
    },
  };
}

/** The item with this id in the analysed corpus, as an entry's target, with its comparison. */
function findTarget(analysis: CorpusAnalysis, id: string): { target: ReviewTarget; comparison: Comparison } | null {
  for (const comparison of analysis.comparisons) {
    const group = [...comparison.groups, ...(comparison.review?.groups ?? [])].find((g) => g.id === id);
    if (group) return { target: groupTarget(comparison, group), comparison };
    const claim = comparison.articles.flatMap((a) => a.claims).find((c) => c.id === id);
    if (claim) return { target: claimTarget(claim), comparison };
    const figure = comparison.figures?.find((f) => f.id === id);
    if (figure) return { target: figureTarget(figure), comparison };
    for (const p of comparison.framing?.profiles ?? []) {
      const flag = p.flags.find((f) => f.id === id);
      if (flag) return { target: flagTarget(p.articleId, flag), comparison };
    }
  }
  return null;
}

function setCommand(io: Io, setCode: (code: number) => void): CommandModule<object, SetArgs> {
  return {
    command: 'set <id> [inputs..]',
    describe: 'record a decision on one item by its id (a claim group, a claim, a figure or a framing flag, as the JSON and text output name them)',
    builder: (y) =>
      withReviewInputs(y)
        .positional('id', { type: 'string', demandOption: true, describe: 'the id of the group, claim, figure or flag' })
        .option(
          'verdict',
          textOption('verdict', 'confirmed, disputed, dismissed (flags and figures), or none to take it back', (v) =>
            [...REVIEW_VERDICTS, 'none'].includes(v) ? null : `--verdict must be one of ${REVIEW_VERDICTS.join(', ')} or none, not '${v}'`,
          ),
        )
        .option('relation', textOption('relation', 'a group: what its relation really is (shared, partial, conflict; none takes the correction back)'))
        .option('quantity', textOption('quantity', 'a figure: what it really counts (wounded, killed ...; none takes the correction back)'))
        .option('note', textOption('note', 'a note (an empty note removes it)'))
        .option('same-as', textOption('same-as', 'a claim: another claim that states the same fact (merge)'))
        .option('different-from', textOption('different-from', 'a claim: another claim that states a different fact (split)'))
        .option('reviewer', textOption('reviewer', 'who decides (default: CLAIMDIFF_REVIEWER, else your login name)')),
    handler: async (args) => {
      const relation = args.relation;
      if (relation !== undefined && relation !== 'none' && !(REVIEW_RELATIONS as readonly string[]).includes(relation)) {
        throw new UsageError(`--relation must be one of ${REVIEW_RELATIONS.join(', ')} or none, not '${relation}'`);
      }
      const { loaded, analysis } = await analyse(args, io);
      const review = reviewFor(args, loaded, true);
      const current = applyReviewCorpus(analysis, review.review).analysis;
      const found = findTarget(current, args.id);
      if (!found) throw new UserError(`no claim group, claim, figure or framing flag has the id '${args.id}' in these inputs; claimdiff compare --format json lists the ids`);
      const { target, comparison } = found;
      const who: Reviewer = { by: reviewerName(args.reviewer), at: new Date().toISOString() };
      let next: ReviewFile = review.review;
      const said: string[] = [];
      const verdict = args.verdict as ReviewVerdict | 'none' | undefined;
      if (verdict && verdict !== 'none') {
        if (!verdictsFor(target.kind).includes(verdict)) throw new UsageError(`a ${target.kind} can be ${verdictsFor(target.kind).join(' or ')}, not ${verdict}`);
        // `set` sets: the same verdict again is kept, not taken back (the terminal UI's keys toggle).
        if (next.entries[target.id]?.verdict !== verdict) next = toggleVerdict(next, target, verdict, who);
        said.push(verdict);
      } else if (verdict === 'none') {
        const before = next.entries[target.id]?.verdict;
        if (before) next = toggleVerdict(next, target, before, who);
        said.push('no verdict');
      }
      if (relation !== undefined) {
        if (target.kind !== 'group') throw new UsageError(`--relation corrects a claim group; ${args.id} is a ${target.kind}`);
        next = setRelation(next, target, relation === 'none' ? null : (relation as Relation), who);
        said.push(relation === 'none' ? 'relation correction taken back' : `relation ${relation}`);
      }
      if (args.quantity !== undefined) {
        if (target.kind !== 'figure') throw new UsageError(`--quantity corrects a figure; ${args.id} is a ${target.kind}`);
        next = setQuantity(next, target, args.quantity === 'none' ? null : args.quantity, who);
        said.push(args.quantity === 'none' ? 'quantity correction taken back' : `counts ${args.quantity}`);
      }
      if (args.note !== undefined) {
        next = setNote(next, target, args.note, who);
        said.push(args.note.trim() ? 'note' : 'note removed');
      }
      for (const [other, same] of [[args['same-as'], true], [args['different-from'], false]] as const) {
        if (other === undefined) continue;
        const claims = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
        const [a, b] = [claims.get(args.id), claims.get(other)];
        if (!a || !b) throw new UsageError(`--${same ? 'same-as' : 'different-from'} takes two claims of one event; ${!a ? args.id : other} is not a claim of ${args.id}'s event`);
        if (a.articleId === b.articleId) throw new UsageError(`${args.id} and ${other} are claims of one article; merge and split compare two outlets' claims`);
        const pair = pairTarget(a, b);
        if (next.entries[pair.id]?.same !== same) next = markPair(next, pair, same, who);
        said.push(same ? `same fact as ${other}` : `a different fact from ${other}`);
      }
      if (said.length === 0) throw new UsageError('say what to record: --verdict, --relation, --quantity, --note, --same-as or --different-from');
      new ReviewStore(review.path, review.text, writePolicy(loaded, false)).save(next);
      io.stdout(`${review.path}: ${args.id} (${target.kind}): ${said.join(', ')}\n`);
      if (review.note) io.stderr(`claimdiff: ${review.note}\n`);
      setCode(loaded.status);
    },
  };
}

function exportPairsCommand(io: Io, setCode: (code: number) => void): CommandModule<object, ExportArgs> {
  return {
    command: 'export-pairs [inputs..]',
    describe: "write the reviewer's merges, splits and relation corrections as a pairs CSV (s1, s2, relation), for claimdiff pairs and npm run train -- --pairs FILE",
    builder: (y) =>
      withOutFileOptions(y)
        .positional('inputs', { type: 'string', array: true, describe: 'the inputs whose review file to read (default: the example corpus); or --review FILE' })
        .option('review', reviewOption()),
    handler: async (args) => {
      const { stringify } = await import('csv-stringify/sync');
      const review = reviewFor(args, { files: [] }, false);
      const policy = writePolicy({ files: [review.path] }, args.force);
      checkOutFile(args.out, policy);
      const rows = reviewedPairs(review.review);
      if (rows.length === 0) io.stderr(`claimdiff: warning: ${review.path} holds no merge, split or relation correction; the CSV has its header only\n`);
      const content = stringify(rows, { header: true, columns: ['s1', 's2', 'relation', 'claim1', 'claim2', 'correction'] });
      emit(io, content, args.out, 'text', policy);
      setCode(0);
    },
  };
}

export function reviewCommand(io: Io, setCode: (code: number) => void): CommandModule {
  return {
    command: 'review <command>',
    describe: "the reviewer's decisions: status, set, export-pairs",
    builder: (y) =>
      y
        .command(statusCommand(io, setCode))
        .command(setCommand(io, setCode))
        .command(exportPairsCommand(io, setCode))
        .demandCommand(1, 'name a review command: status, set or export-pairs'),
    handler: () => undefined,
  };
}
