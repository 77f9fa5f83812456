// Loads the bundled seed articles (examples/blinken) for tests, by their number (000 .. 004).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_DIR = path.join(ROOT, 'examples/blinken');
export const SHARED_DATA = path.resolve(ROOT, '../shared/data');
export const hasSharedData = existsSync(SHARED_DATA);

export function seedPath(num: string): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${num}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${num} not found in ${SEED_DIR}`);
  return path.join(SEED_DIR, file);
}

export function seedText(num: string): string {
  return readFileSync(seedPath(num), 'utf8');
}

/** The seed's non-empty lines, trimmed. */
export function seedLines(num: string): string[] {
  return seedText(num).split('\n').map((l) => l.trim()).filter(Boolean);
}
