// `claimdiff framing [inputs..]`: each article's framing profile on its own.
import type { CommandModule } from 'yargs';
import { analyzeArticle } from '../../src/compare.js';
import { profileArticle } from '../../src/framing/compare.js';
import { renderProfileText } from '../../src/report/framing-text.js';
import { loadArticles } from '../load.js';
import { loadLexicon } from '../lexicon.js';
import { emit, type Io } from '../io.js';
import { withInputOptions } from '../options.js';

interface Args {
  inputs?: string[];
  format: string;
  out?: string;
  lexicon?: string;
  'keep-boilerplate': boolean;
  'max-size': number;
}

export function framingCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'framing [inputs..]',
    describe: "each article's framing: loaded words, labels, reporting verbs, scare quotes, agency, sources",
    builder: (y) =>
      withInputOptions(y)
        .option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' })
        .option('out', { type: 'string', describe: 'write to this file instead of stdout' })
        .option('lexicon', { type: 'string', describe: 'extra framing lexicon (TSV or JSON, see the README)' }),
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const results = articles.map(analyzeArticle);
      const profiles = results.map((a) => profileArticle(a, framing));
      const content =
        args.format === 'json'
          ? `${JSON.stringify(
              {
                schema: 'claimdiff.framing/1',
                articles: results.map((a, i) => ({ id: a.id, source: a.source, title: a.title, outlet: a.outlet, ...profiles[i], articleId: undefined })),
              },
              null,
              2,
            )}\n`
          : results.map((a, i) => renderProfileText(a, profiles[i])).join('\n\n') + '\n';
      emit(io, content, args.out);
      setCode(status);
    },
  };
}
