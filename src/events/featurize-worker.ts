// Worker thread entry: featurizes the chunks of articles it is sent and transfers the packed features back.
import { parentPort } from 'node:worker_threads';
import type { FeatureInput } from './features.js';
import { buffersOf, featurizeChunk } from './packed.js';

export interface ChunkRequest {
  chunk: number;
  inputs: FeatureInput[];
}

parentPort?.on('message', (request: ChunkRequest) => {
  const packed = featurizeChunk(request.inputs);
  parentPort?.postMessage({ chunk: request.chunk, packed }, buffersOf(packed));
});
