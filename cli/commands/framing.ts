// `claimdiff framing [inputs..]`: each article's framing profile on its own.
import type { CommandModule } from 'yargs';
import { checkOutFile, emit, type Io } from '../io.js';
import { choiceOption, lexiconOption, withInputOptions, withOutFileOptions } from '../options.js';

interface Args {
  inputs?: string[];
  format: string;
  out?: string;
  force: boolean;
  lexicon?: string;
  'keep-boilerplate': boolean;
  'max-size': number;
}

export function framingCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'framing [inputs..]',
    describe: "each article's framing: loaded words, labels, reporting verbs, scare quotes, agency, sources",
    builder: (y) =>
      withOutFileOptions(withInputOptions(y))
        .option('format', choiceOption('format', ['text', 'json'], 'output format', 'text'))
        .option('lexicon', lexiconOption()),
    handler: async (args) => {
      // Loaded when the command runs: start-up and --help load no analysis.
      // Claims only (src/compare.ts's analyzeArticle would load the aligner too).
      const [{ extractClaims }, { profileArticle }, { renderProfileText }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }] = await Promise.all([
        import('../../src/claims/extract.js'),
        import('../../src/framing/compare.js'),
        import('../../src/report/framing-text.js'),
        import('../load.js'),
        import('../lexicon.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      const policy = writePolicy(loaded, args.force, args.lexicon);
      checkOutFile(args.out, policy);
      const results = articles.map((a) => ({ ...a, claims: extractClaims(a) }));
      warnNoClaims(io, results);
      const profiles = results.map((a) => profileArticle(a, framing));
      const json = args.format === 'json';
      const content = json
        ? `${JSON.stringify(
            {
              schema: 'claimdiff.framing/1',
              articles: results.map((a, i) => ({ id: a.id, source: a.source, title: a.title, outlet: a.outlet, ...profiles[i], articleId: undefined })),
            },
            null,
            2,
          )}\n`
        : results.map((a, i) => renderProfileText(a, profiles[i])).join('\n\n') + '\n';
      emit(io, content, args.out, json ? 'json' : 'text', policy);
      setCode(status);
    },
  };
}
