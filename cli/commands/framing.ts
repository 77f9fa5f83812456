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
  outlets?: string;
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
      const [{ extractClaims }, { profileArticle }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }] = await Promise.all([
        import('../../src/claims/extract.js'),
        import('../../src/framing/compare.js'),
        import('../load.js'),
        import('../lexicon.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const { articles, status } = loaded;
      const policy = writePolicy(loaded, args.force, args.lexicon, args.outlets);
      checkOutFile(args.out, policy);
      const results = articles.map((a) => ({ ...a, claims: extractClaims(a) }));
      warnNoClaims(io, results);
      const profiles = results.map((a) => profileArticle(a, framing));
      const json = args.format === 'json';
      let content: string;
      if (json) {
        const { framingJson, toJsonText } = await import('../../src/report/json.js');
        content = toJsonText(framingJson(results, profiles));
      } else {
        const { renderProfileText } = await import('../../src/report/framing-text.js');
        content = results.map((a, i) => renderProfileText(a, profiles[i])).join('\n\n') + '\n';
      }
      emit(io, content, args.out, json ? 'json' : 'text', policy);
      setCode(status);
    },
  };
}
