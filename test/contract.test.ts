// Real CLI output checked against the exported TypeScript types of the JSON contract (SPEC.md):
// a JSON Schema is generated from src/types.ts and every document must validate; every span's
// text is exactly the normalized text between its offsets.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import { normalize, type Document, type ExtractOutput } from '../src/index.js';
import { runCli } from './support/cli.js';

const generator = createGenerator({ path: 'src/types.ts', tsconfig: 'tsconfig.json', type: '*', skipTypeCheck: true });
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(generator.createSchema('*'), 'types');
const validate = (type: string, value: unknown) => {
  const check = ajv.getSchema(`types#/definitions/${type}`);
  if (!check) throw new Error(`no schema for ${type}`);
  const ok = check(value);
  return ok ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

function spans(doc: Document) {
  return [
    ...doc.officials.flatMap((o) => o.mentions),
    ...doc.conferences.flatMap((c) => c.mentions),
    ...doc.dates,
    ...doc.figures,
  ];
}

describe('JSON contract', () => {
  it('--format json validates as ExtractOutput', () => {
    const r = runCli(['extract', '--format', 'json', 'fixtures/seeds']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractOutput;
    expect(validate('ExtractOutput', out)).toEqual([]);
    expect(out.documents).toHaveLength(5);
    expect(out.documents.every((d) => d.officials.length > 0 && d.figures.length > 0)).toBe(true);
  });

  it('--format ndjson gives one Document a line, an error line in place of a failed file', () => {
    const r = runCli(['extract', '--format', 'ndjson', 'fixtures/seeds/000_dcd3b87138fbd1a3.txt', 'no/such/file.txt', 'fixtures/seeds/001_b75d1dc0e5a8a592.txt']);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(validate('Document', lines[0])).toEqual([]);
    expect(validate('NdjsonError', lines[1])).toEqual([]);
    expect(lines[1]).toEqual({ type: 'error', path: 'no/such/file.txt', message: 'no such file or directory' });
    expect(validate('Document', lines[2])).toEqual([]);
  });

  it('every span is exactly normalized.slice(start, end), on the right line', () => {
    const out = JSON.parse(runCli(['extract', '--json', 'fixtures/seeds']).stdout) as ExtractOutput;
    let checked = 0;
    for (const doc of out.documents) {
      const text = normalize(readFileSync(doc.path, 'utf8'));
      for (const s of spans(doc)) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(text.slice(0, s.start).split('\n').length).toBe(s.line);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
