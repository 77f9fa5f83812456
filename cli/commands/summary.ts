// `claimdiff summary [inputs..]`: what was read: titles, dates, outlets, claims and removed boilerplate.
import type { CommandModule } from 'yargs';
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
      // Loaded when the command runs: start-up and --help load no analysis.
      // Claims only (src/compare.ts's analyzeArticle would load the aligner too).
      const [{ extractClaims }, { renderSummary }, { loadArticles, warnNoClaims }] = await Promise.all([
        import('../../src/claims/extract.js'),
        import('../../src/report/summary.js'),
        import('../load.js'),
      ]);
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const results = articles.map((a) => ({ ...a, claims: extractClaims(a) }));
      warnNoClaims(io, results);
      emit(io, renderSummary(results), undefined);
      setCode(status);
    },
  };
}
