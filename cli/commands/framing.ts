// `claimdiff framing [inputs..]`: each article's framing profile on its own.
import type { CommandModule } from 'yargs';
import { framingJson, toJsonText } from '../../src/report/json.js';
import { analyzeArticle } from '../../src/compare.js';
import { profileArticle } from '../../src/framing/compare.js';
import { renderProfileText } from '../../src/report/framing-text.js';
import { loadArticles, warnNoClaims, writePolicy } from '../load.js';
import { loadLexicon } from '../lexicon.js';
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
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const { articles, status } = loaded;
      const policy = writePolicy(loaded, args.force, args.lexicon, args.outlets);
      checkOutFile(args.out, policy);
      const results = articles.map(analyzeArticle);
      warnNoClaims(io, results);
      const profiles = results.map((a) => profileArticle(a, framing));
      const json = args.format === 'json';
      const content = json ? toJsonText(framingJson(results, profiles)) : results.map((a, i) => renderProfileText(a, profiles[i])).join('\n\n') + '\n';
      emit(io, content, args.out, json ? 'json' : 'text', policy);
      setCode(status);
    },
  };
}
