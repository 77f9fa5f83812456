// The JSON Schemas in schemas/ describe what the commands really write: every JSON output of the
// example corpora validates against the schema its `$schema` names (ajv, draft 2020-12), and an
// output with a wrong field does not.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { runCli } from '../support/cli.js';
import { ROOT, seedPath } from '../support/seeds.js';
import { tmp } from '../report/helpers.js';

const SCHEMAS = path.join(ROOT, 'schemas');
const SANDSTORM = path.join(ROOT, 'examples/india-sandstorm');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const f of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort()) ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, f), 'utf8')));
  return (value: { $schema?: string }) => {
    const validate = ajv.getSchema(value.$schema ?? '');
    if (!validate) throw new Error(`no schema with the $id ${value.$schema}`);
    const ok = validate(value);
    return { ok, errors: ajv.errorsText(validate.errors, { separator: '\n' }) };
  };
}

async function json(argv: string[]): Promise<{ $schema?: string; schema?: string }> {
  const r = await runCli(argv);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { $schema?: string; schema?: string };
}

describe('JSON Schemas (schemas/*.schema.json)', () => {
  const validate = validator();

  it.each([
    ['compare, one event (the 7 February pair)', ['compare', seedPath('003'), seedPath('004'), '--format', 'json'], 'claimdiff.compare/1'],
    ['compare --one-event (three outlets, conflicting tolls)', ['compare', SANDSTORM, '--one-event', '--format', 'json'], 'claimdiff.compare/1'],
    ['compare --event by an article id', ['compare', '--event', '003_f2b0d23337b16d42', '--format', 'json'], 'claimdiff.compare/1'],
    ['compare --only conflicts', ['compare', SANDSTORM, '--one-event', '--format', 'json', '--only', 'conflicts'], 'claimdiff.compare/1'],
    ['compare --only figures', ['compare', SANDSTORM, '--one-event', '--format', 'json', '--only', 'figures'], 'claimdiff.compare/1'],
    ['compare on a corpus (all events)', ['compare', '--format', 'json'], 'claimdiff.corpus/1'],
    ['compare on a corpus, --min-outlets 2 (the rest listed)', ['compare', '--format', 'json', '--min-outlets', '2'], 'claimdiff.corpus/1'],
    ['events', ['events', '--format', 'json'], 'claimdiff.events/1'],
    ['framing', ['framing', '--format', 'json'], 'claimdiff.framing/1'],
  ])('%s validates', async (_what, argv, schema) => {
    const out = await json(argv);
    expect(out.schema).toBe(schema);
    const result = validate(out);
    expect(result.errors).toBe('No errors');
    expect(result.ok).toBe(true);
  });

  it('validates the report index and event files of report --format json', async () => {
    const dir = tmp();
    const r = await runCli(['report', '--format', 'json', '--out', dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const value = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { $schema?: string; notCompared?: unknown[] };
      const result = validate(value);
      expect(result.errors, f).toBe('No errors');
      if (f === 'index.json') expect(value.notCompared).toHaveLength(3);
    }
  });

  it('refuses an output with a field of the wrong kind (the check can fail)', async () => {
    const out = (await json(['compare', SANDSTORM, '--one-event', '--format', 'json'])) as { groups: Array<{ relation: string }>; articles: Array<{ claims: Array<{ start: number }> }> };
    out.groups[0].relation = 'maybe';
    expect(validate(out).ok).toBe(false);
    const again = (await json(['compare', SANDSTORM, '--one-event', '--format', 'json'])) as typeof out;
    again.articles[0].claims[0].start = -1;
    expect(validate(again).errors).toMatch(/start/);
  });
});
