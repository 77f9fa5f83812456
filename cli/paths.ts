// Locates the package's own files (package.json, the example corpus), from the source tree (tsx) or from dist/ (built).
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * claimdiff's own version, from its package.json. yargs' `.version()` guesses instead, from the
 * folder above the node_modules yargs sits in: installed as a dependency, that is the host
 * project's package.json (`unknown` or the wrong version).
 */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
