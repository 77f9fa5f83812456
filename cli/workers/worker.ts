// Worker thread entry: featurizes chunks of articles, then links ranges of articles over the
// shared-memory context it is sent once; results go back as transferred typed arrays.
import { parentPort } from 'node:worker_threads';
import { type LinkContext, linkRange } from '../../src/events/candidates.js';
import type { FeatureInput } from '../../src/events/features.js';
import { LinkList } from '../../src/events/links.js';
import { buffersOf, featurizeChunk } from '../../src/events/packed.js';

export type WorkerRequest =
  | { kind: 'featurize'; chunk: number; inputs: FeatureInput[] }
  | { kind: 'context'; context: LinkContext }
  | { kind: 'link'; range: number; from: number; to: number };

let context: LinkContext | null = null;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'featurize') {
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
