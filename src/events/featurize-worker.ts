// Worker thread entry: featurizes the chunks of articles it is sent and transfers the packed features back.
import { parentPort } from 'node:worker_threads';
import { featurize, type FeatureInput } from './features.js';
import { buffersOf, pack } from './packed.js';

export interface ChunkRequest {
  chunk: number;
  inputs: FeatureInput[];
}

parentPort?.on('message', (request: ChunkRequest) => {
  const packed = pack(request.inputs.map(featurize));
  parentPort?.postMessage({ chunk: request.chunk, packed }, buffersOf(packed));
});
