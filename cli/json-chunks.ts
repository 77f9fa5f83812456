// JSON output in pieces: the same text as `JSON.stringify(value, null, 2)`, given as chunks (each
// member of the outer arrays and objects on its own), so that a large comparison is written as it
// is serialised instead of being held whole, two or three times over, in memory.

const INDENT = '  ';

/** The value JSON.stringify writes for `value` (after `toJSON`), or undefined when it leaves it out. */
function resolve(value: unknown, key: string): unknown {
  const json = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: (key: string) => unknown }).toJSON(key) : value;
  return json === undefined || typeof json === 'function' || typeof json === 'symbol' ? undefined : json;
}

/**
 * `JSON.stringify(json, null, 2)` with every line after the first indented `level` steps more: the
 * value stringified inside `level` arrays, which indent it so, and the arrays' own text cut off.
 * The cut is a slice of the one string (no copy), where indenting a copy with `replace` made the
 * JSON twice (200 MB more garbage for a 1,000-article comparison).
 */
function indented(json: unknown, level: number): string {
  let wrapped: unknown = json;
  for (let k = 0; k < level; k += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Opening: `[` and a line break per level, each next line indented one step more, then the
  // value's own indentation; closing: a line break, the indentation and `]` per level.
  const open = level * level + 3 * level;
  const close = level * level + level;
  return text.slice(open, text.length - close);
}

/**
 * The chunks of `JSON.stringify(value, null, 2)`; joined, they are that text exactly. Arrays and
 * objects are split into their members down to `depth` levels; deeper values are stringified whole.
 */
export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  yield* chunksAt(resolve(value, '') ?? null, depth, 0);
}

function* chunksAt(json: unknown, depth: number, level: number): Generator<string> {
  if (level >= depth || json === null || typeof json !== 'object') {
    yield level === 0 ? JSON.stringify(json, null, 2) : indented(json, level);
    return;
  }
  const pad = `\n${INDENT.repeat(level + 1)}`;
  const close = `\n${INDENT.repeat(level)}`;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    for (let k = 0; k < json.length; k += 1) {
      yield k === 0 ? `[${pad}` : `,${pad}`;
      yield* chunksAt(resolve(json[k], String(k)) ?? null, depth, level + 1);
    }
    yield `${close}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(json)) {
    const member = resolve((json as Record<string, unknown>)[key], key);
    if (member === undefined) continue;
    yield `${first ? '{' : ','}${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* chunksAt(member, depth, level + 1);
  }
  yield first ? '{}' : `${close}}`;
}
