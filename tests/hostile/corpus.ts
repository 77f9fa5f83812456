// A folder of hostile inputs, built at run time (nothing binary is committed): each case is a real
// seed sentence (7 February 2024, Blinken in Israel) attacked in one way, with what claimdiff must
// do about it. tests/hostile/*.test.ts run every command over it.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeUtf16, encodeWindows1256 } from '../support/encodings.js';
import { seedLines, seedText } from '../support/seeds.js';

/** What must happen to one hostile input. */
export interface HostileCase {
  name: string;
  /** The file (or folder entry) inside the corpus folder. */
  file: string;
  /** Skipped with one problem line matching this; or read (null). */
  skipped: RegExp | null;
  /** A warning line (stderr) that must name it, when read. */
  warning?: RegExp;
  /** The warning comes from the claims, which `events` does not extract. */
  fromClaims?: boolean;
}

// Real lines of seed 004 (Blinken's visit, 7 February 2024): a title and sentences with figures.
export const TITLE = seedLines('004')[0];
export const SENTENCES = seedLines('004').filter((l) => /[.]$/.test(l)).slice(0, 4);
export const ARTICLE = [TITLE, ...SENTENCES].join('\n');
/** A word of the seed that must survive every attack on it. */
export const WITNESS = 'بلينكن';

/** Terminal attacks: window title, clipboard write, clear screen, alternate screen, 8-bit CSI, DCS. */
export const ESCAPES = [
  '\u001b]0;pwned\u0007',
  '\u001b]52;c;ZWNobyBoaQ==\u001b\\',
  '\u001b[2J\u001b[H',
  '\u001b[?1049h',
  '\u001b[31m',
  '\u009b2J',
  '\u001bPq#0;2;0;0;0\u001b\\',
  '\u0000',
];
export const BIDI = ['\u202e', '\u202b', '\u2066', '\u2069', '\u202c'];

/** Any escape or bidi control byte: none may reach any output. */
export const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One line of about `chars` characters of the seed's words, without any punctuation. */
export function longLine(chars: number): string {
  const words = seedText('003').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const w = words[i % words.length];
    parts.push(w);
    length += w.length + 1;
  }
  return parts.join(' ');
}

/**
 * Builds the corpus in a new folder; returns the folder and the cases. The 10,000 tiny records
 * sit in a folder of their own (`tinyDir`): every command over them is a test of its own.
 */
export function buildHostileCorpus(): { dir: string; tinyDir: string; cases: HostileCase[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'claimdiff-hostile-'));
  const dir = path.join(root, 'corpus');
  const tinyDir = path.join(root, 'tiny');
  mkdirSync(dir);
  mkdirSync(tinyDir);
  writeFileSync(path.join(tinyDir, 'tiny.jsonl'), Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: `t${i}`, text: `خبر ${i}` })).join('\n'));
  const cases: HostileCase[] = [];
  const add = (file: string, content: string | Uint8Array, skipped: RegExp | null, warning?: RegExp, fromClaims = false) => {
    writeFileSync(path.join(dir, file), content);
    cases.push({ name: file, file, skipped, warning, fromClaims });
  };
  const png = new Uint8Array(600).map((_, i) => (i < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] : (i * 37) % 256));

  add('empty.txt', '', /empty\.txt: the file is empty/);
  add('blank.md', ' \n\t\n', /blank\.md: holds only white space/);
  add('binary.txt', png, /binary\.txt: looks like a binary file/);
  add('huge.txt', `${TITLE}\n${longLine(2.2 * 1024 * 1024)}\n`, /huge\.txt: .* is over the 2 MB limit/);
  add('long-line.txt', `${TITLE}\n${longLine(1024 * 1024)}\n`, null, /long-line\.txt: 1 sentence longer than 1000 characters cut into claims/);
  add('nested.json', `{"title": "nested", "text": ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}`, /nested\.json: the JSON value has no article text \("text": left out 1 item that is not text \(a list at 1\.1\)\)/);
  add('nested.html', `<html><head><title>${TITLE}</title></head><body>${'<div>'.repeat(5000)}<p>${SENTENCES.join(' ')}</p>${'</div>'.repeat(5000)}</body></html>`, null, /nested\.html: the page nests elements 50\d\d deep/);
  add('windows-1256.txt', encodeWindows1256(ARTICLE), null);
  add('utf16-bom.txt', encodeUtf16(ARTICLE, 'le', true), null);
  add('utf16-nobom.txt', encodeUtf16(ARTICLE, 'be', false), null);
  add(
    'scripts.html',
    `<!doctype html><html><head><title>${TITLE}</title><script>alert(document.cookie)</script></head><body onload="alert(1)">` +
      `<article><h1>${TITLE}</h1>${SENTENCES.map((s) => `<p onclick="steal()">${s}<img src=x onerror="alert(2)"></p>`).join('')}` +
      `<a href="javascript:alert(3)">اقرأ المزيد</a></article></body></html>`,
    null,
  );
  add(
    'ids.jsonl',
    [
      { id: '../../x', title: TITLE, text: ARTICLE },
      { id: 'a\u0000b', text: ARTICLE },
      { id: '\u001b]0;pwned\u0007', outlet: '\u202eأخبار', text: ARTICLE },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
    null,
    /ids\.jsonl#2: removed control characters from its id/,
  );
  add(
    'types.json',
    JSON.stringify([
      { text: 12345 },
      { title: { ar: TITLE }, outlet: ['x'], paragraphs: [null, [SENTENCES[0], null]] },
    ]),
    /types\.json: record 1 has no article text \("text" is a number, not article text; ignored\)/,
    /types\.json#2: "title" is an object, not text; ignored/,
  );
  add('escapes.txt', `${ESCAPES[0]}${TITLE}\n${SENTENCES.map((s, i) => `${ESCAPES[(i + 1) % ESCAPES.length]}${s}${ESCAPES[(i + 2) % ESCAPES.length]}`).join('\n')}\n`, null, /escapes\.txt: removed \d+ escape sequences/);
  add('bidi.txt', `${TITLE}\n${SENTENCES.map((s, i) => s.replace(WITNESS, `${BIDI[i % BIDI.length]}${WITNESS}${BIDI[(i + 1) % BIDI.length]}`)).join('\n')}\n`, null, /bidi\.txt: removed \d+ bidi controls/);
  add('only-quotes.txt', '"«»"\n“”\n" "\n', null, /only-quotes\.txt: no claim found/, true);
  // Symbolic links: a loop of two, a link to nothing, and a folder linking back to its parent.
  symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
  cases.push({ name: 'symlink loop', file: 'loop-a.txt', skipped: /loop-a\.txt: is a symbolic link that loops/ });
  symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
  cases.push({ name: 'dangling symlink', file: 'dangling.txt', skipped: /dangling\.txt: (is a symbolic link to nothing|file not found)/ });
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'up'));
  // A named pipe would block a reader forever: it must be refused, not read.
  if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status === 0) {
    cases.push({ name: 'named pipe', file: 'pipe.txt', skipped: /pipe\.txt: is not a regular file/ });
  }
  return { dir, tinyDir, cases };
}

/** Every entry below `dir` (links not followed) with a digest of each file: what must not change. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const info = lstatSync(full);
      const rel = path.relative(dir, full);
      if (info.isSymbolicLink()) out.set(rel, `link:${readlinkSync(full)}`);
      else if (info.isDirectory()) {
        out.set(rel, 'folder');
        walk(full);
      } else if (info.isFile()) out.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'));
      else out.set(rel, 'other');
    }
  };
  walk(dir);
  return out;
}

/** Every file below `dir` (links not followed), for checking what an output folder holds. */
export function filesBelow(dir: string): string[] {
  return [...snapshot(dir)].filter(([, v]) => v !== 'folder' && !v.startsWith('link:')).map(([k]) => path.join(dir, k));
}
