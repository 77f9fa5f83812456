// The role cue tries each word with the one or two after it as a name, and skips a try whose last
// word ends no known name (`mayEndName`). The skip must never lose a name: names of two words in
// the seed articles' sentences are still read whole, and plain words are skipped.
import { describe, expect, it } from 'vitest';
import { claimFromText } from '../../src/claims/extract.js';
import { featuresOf } from '../../src/align/align.js';
import { mentionsOf } from '../../src/classify/cues/roles.js';
import { mayEndName, nameKeyOf } from '../../src/classify/cues/names.js';
import { normalizeText } from '../../src/text/normalize.js';

function mentions(text: string, language: 'ar' | 'en'): string[] {
  const [f] = featuresOf([{ text, language, claims: [claimFromText('s1', text, language)] }]);
  return mentionsOf(f).map((m) => m.text);
}

describe('names of several words (the role cue)', () => {
  it.each([
    // 003, the seed pair's State Department statement.
    ['وأضاف أن الولايات المتحدة "ما تزال مصرة على السعي وراء مسار دبلوماسي', 'ar', 'الولايات المتحدة'],
    ['وشدد على أن الجهود التي تبذلها الولايات المتحدة في هذا الشأن', 'ar', 'الولايات المتحدة'],
    ['The United States still insists on a diplomatic path, Miller said.', 'en', 'United States'],
  ] as const)('%s: %s is read whole', (text, language, name) => {
    expect(mentions(text, language)).toContain(name);
  });

  it.each(['الولايات المتحدة', 'كوريا الجنوبية', 'United States'])('%s: its last word ends a known name', (name) => {
    const words = normalizeText(name).split(' ');
    expect(nameKeyOf(normalizeText(name))).not.toBeNull();
    expect(mayEndName(words[words.length - 1])).toBe(true);
  });

  it.each(['مسار', 'دبلوماسي', 'الشأن', 'path', 'said'])('%s ends no known name', (word) => {
    expect(mayEndName(normalizeText(word))).toBe(false);
  });
});
