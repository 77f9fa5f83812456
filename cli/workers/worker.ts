// Worker thread entry: parses parts of the inputs into articles, featurizes chunks of articles,
// then links ranges of articles over the shared-memory context it is sent once; features and links
// go back as transferred typed arrays.
import { parentPort } from 'node:worker_threads';
import { type LinkContext, linkRange } from '../../src/events/candidates.js';
import type { FeatureInput } from '../../src/events/features.js';
import { LinkList } from '../../src/events/links.js';
import { buffersOf, featurizeChunk } from '../../src/events/packed.js';
import type { ParseTask } from './parse-task.js';

export type WorkerRequest =
  | { kind: 'featurize'; chunk: number; inputs: FeatureInput[] }
  | { kind: 'context'; context: LinkContext }
  | { kind: 'link'; range: number; from: number; to: number }
  | { kind: 'parse'; index: number; task: ParseTask };

/** The parser is loaded with the first parsing task: a pool that only groups events never loads it. */
let parser: Promise<typeof import('./parse-task.js')> | null = null;

let context: LinkContext | null = null;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'parse') {
    parser ??= import('./parse-task.js');
    // A worker is sent its next task only once it has replied, so tasks never overlap here.
    void parser.then(({ detachProvenance, runParseTask }) => {
      const outcomes = runParseTask(request.task);
      // Provenance is read where it is asked for: sending it would read it here for every article.
      parentPort?.postMessage({ kind: 'parsed', index: request.index, outcomes, provenance: detachProvenance(outcomes) });
    });
  } else if (request.kind === 'featurize') {
    const packed = featurizeChunk(request.inputs);
    parentPort?.postMessage({ kind: 'features', chunk: request.chunk, packed }, buffersOf(packed));
  } else if (request.kind === 'context') {
    context = request.context;
  } else if (context) {
    const out = new LinkList();
    linkRange(context, request.from, request.to, out);
    const links = out.trimmed();
    const buffers = [links.a.buffer, links.b.buffer, links.score.buffer, links.copy.buffer] as ArrayBuffer[];
    parentPort?.postMessage({ kind: 'links', range: request.range, links }, buffers);
  }
});
