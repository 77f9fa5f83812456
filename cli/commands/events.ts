// `claimdiff events [inputs..]`: which articles report the same event.
import type { CommandModule } from 'yargs';
import { groupEventsParallel } from '../../src/events/index.js';
import { eventsJson, renderEventsText } from '../../src/report/events-text.js';
import { loadArticles } from '../load.js';
import { emit, type Io } from '../io.js';
import { withInputOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { workerThreads } from '../workers/pool.js';
import { UsageError } from '../exit-codes.js';

interface Args {
  inputs?: string[];
  format: string;
  out?: string;
  threshold?: number;
  'window-days'?: number;
  'keep-boilerplate': boolean;
  'max-size': number;
}

export function eventsCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'events [inputs..]',
    describe: 'group a corpus into the events its articles cover',
    builder: (y) =>
      withInputOptions(y)
        .option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'output format' })
        .option('out', { type: 'string', describe: 'write to this file instead of stdout' })
        .option('threshold', { type: 'number', describe: 'minimum link score (0..1) for two articles to be one event' })
        .option('window-days', { type: 'number', describe: 'articles further apart than this many days are never one event' })
        .check((a) => {
          if (a.threshold !== undefined && !(a.threshold > 0 && a.threshold <= 1)) throw new UsageError(`--threshold must be a number above 0 and at most 1, not ${a.threshold}`);
          if (a['window-days'] !== undefined && !(a['window-days'] >= 0)) throw new UsageError(`--window-days must be 0 or more, not ${a['window-days']}`);
          return true;
        }),
    handler: async (args) => {
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const events = await groupEventsParallel(articles, {
        threshold: args.threshold,
        dateWindowDays: args['window-days'],
        onProgress: progressReporter(io, 'grouping'),
        executor: workerThreads(),
      });
      const content = args.format === 'json' ? `${JSON.stringify(eventsJson(events), null, 2)}\n` : renderEventsText(events, articles);
      emit(io, content, args.out);
      setCode(status);
    },
  };
}
