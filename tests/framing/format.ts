// Compact strings for framing results, so tests assert what a reviewer would read.
import { readFileSync } from 'node:fs';
import { profileFraming, type FramingOptions } from '../../src/framing/index.js';
import type { FramingCategory, FramingProfile, Language } from '../../src/types.js';

/** Profiles a whole text (one range) in the given language. */
export function profile(text: string, language: Language = 'ar', options?: FramingOptions): FramingProfile {
  return profileFraming('t', text, [[0, text.length]], language, options);
}

/** `category/value text` for each flag of the given categories (or values), in text order, joined by ` | `. */
export function formatFlags(p: FramingProfile, categories: readonly FramingCategory[], values: readonly string[] = []): string {
  return p.flags
    .filter((f) => categories.includes(f.category) || values.includes(f.value ?? ''))
    .map((f) => `${f.category}/${f.value ?? '-'} ${f.text}`)
    .join(' | ');
}

/** `name kind[/side] ×count[ via X]` for each cited source, joined by ` | `. */
export function formatSources(p: FramingProfile): string {
  return p.sources
    .map((s) => `${s.name} ${s.kind}${s.side ? `/${s.side}` : ''} ×${s.count}${s.via ? ` via ${s.via}` : ''}`)
    .join(' | ');
}

/** A seed article of the Blinken example corpus by its number (`003`). */
export function seed(n: string): string {
  const dir = new URL('../../examples/blinken/', import.meta.url);
  const names: Record<string, string> = {
    '000': '000_40900aec854b805b.txt',
    '001': '001_104e0b002fc97bce.txt',
    '002': '002_31c9022a9ad5315f.txt',
    '003': '003_f2b0d23337b16d42.txt',
    '004': '004_a3af3706549eb725.txt',
  };
  return readFileSync(new URL(names[n], dir), 'utf8');
}
