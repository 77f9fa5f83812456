// Locates the bundled example corpus, from the source tree (tsx) or from dist/ (built).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module that holds package.json. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('claimdiff: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

/** `examples/blinken`, the default corpus when no input is given. */
export function defaultCorpus(): string {
  return path.join(packageRoot(), 'examples', 'blinken');
}
