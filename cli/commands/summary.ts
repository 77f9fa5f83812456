// `claimdiff summary [inputs..]`: what was read: titles, dates, outlets, claims and removed boilerplate.
import type { CommandModule } from 'yargs';
import { analyzeArticle } from '../../src/compare.js';
import { renderSummary } from '../../src/report/summary.js';
import { loadArticles, warnNoClaims } from '../load.js';
import { withInputOptions } from '../options.js';
import { emit, type Io } from '../io.js';

interface Args {
  inputs?: string[];
  'keep-boilerplate': boolean;
  'max-size': number;
  outlets?: string;
}

export function summaryCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    // `claimdiff` alone is `browse` now (the UI on a terminal, the text report elsewhere).
    command: 'summary [inputs..]',
    describe: 'list the articles read: title, outlet, date, claims, removed boilerplate',
    builder: (y) => withInputOptions(y),
    handler: async (args) => {
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const results = articles.map(analyzeArticle);
      warnNoClaims(io, results);
      emit(io, renderSummary(results), undefined);
      setCode(status);
    },
  };
}
