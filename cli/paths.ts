// Locates the package's own files (package.json, the example corpus), from the source tree (tsx) or
// from dist/ (built), and the system folders no output may go to.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
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

/**
 * The operating system's own folders: claimdiff writes neither into them nor anywhere below them
 * (`--out /etc` as root would scatter reports among system files).
 */
const SYSTEM_TREES = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/proc', '/run', '/sbin', '/sys', '/usr', '/System', '/private/etc'];
/** Folders that hold other people's folders: writing into them directly is refused, below them is fine (/var/tmp, /home/me). */
const SYSTEM_TOPS = ['/var', '/home', '/Users', '/opt', '/srv', '/mnt', '/media', '/root', '/private', '/private/var'];

/** The path with links resolved as far as it exists (a folder that is still to be created keeps its name). */
function realAsFarAsExists(target: string): string {
  let existing = path.resolve(target);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const up = path.dirname(existing);
    if (up === existing) break;
    rest.unshift(path.basename(existing));
    existing = up;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return path.resolve(target);
  }
}

/**
 * Why `folder` must not receive claimdiff's output (a file system root, an operating system
 * folder or a folder of home folders), or null when it may. Links are followed, so a link to /etc is /etc.
 */
export function systemFolderReason(folder: string): string | null {
  for (const candidate of new Set([path.resolve(folder), realAsFarAsExists(folder)])) {
    if (path.parse(candidate).root === candidate) return 'is the root of the file system';
    const posix = candidate.split(path.sep).join('/');
    if (SYSTEM_TOPS.includes(posix)) return 'is a system folder that holds other folders';
    if (SYSTEM_TREES.some((s) => posix === s || posix.startsWith(`${s}/`))) return 'is an operating system folder';
    const windows = [process.env.SystemRoot, process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((p): p is string => Boolean(p));
    if (windows.some((w) => candidate.toLowerCase() === w.toLowerCase() || candidate.toLowerCase().startsWith(`${w.toLowerCase()}${path.sep}`))) {
      return 'is an operating system folder';
    }
  }
  return null;
}
