// Crafted partials and keys that name Object.prototype's: `merge` checks a partial against its
// command's schema before folding it in (one line and exit 2 when it does not match), and every
// keyed summary has no prototype, so `__proto__` (a key in a partial, a file of that name) is a
// key like any other.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartial } from '../src/cli/partial-read.js';
import { runCli } from './support/cli.js';

const SEEDS = 'fixtures/seeds';
const CHECK = 'fixtures/check';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnews-partials-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type PartialJson = { command: string; options: Record<string, unknown>; state: Record<string, Record<string, unknown>> };
const partialOf = (args: string[]): PartialJson => JSON.parse(runCli([...args, '--partial', '-']).stdout) as PartialJson;
const mergeOf = (name: string, ...partials: unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, partials.map((p) => `${typeof p === 'string' ? p : JSON.stringify(p)}\n`).join(''));
  return { file, ...runCli(['merge', '--format', 'json', file]) };
};

describe('a check partial with a __proto__ key', () => {
  it('is a person like any other: the same findings as under an ordinary key, nothing polluted', () => {
    const p = partialOf(['check', CHECK, SEEDS]);
    const [first, sides] = Object.entries(p.state.titles as Record<string, unknown>)[0] as [string, unknown];
    // The same person's sides again, under "__proto__" and, to compare, under "zz".
    const crafted = (key: string) => `${JSON.stringify(p).slice(0, -1)}`.replace('"titles":{', `"titles":{"${key}":${JSON.stringify(sides)},`) + '}';
    const proto = mergeOf('proto.ndjson', crafted('__proto__'));
    const plain = mergeOf('plain.ndjson', crafted('zz'));
    expect(proto.stderr).toBe('');
    expect(plain.status).toBe(1);
    expect(proto.status).toBe(1);
    // A disagreement for the person under each key: the same count, the same findings.
    const findings = (s: string) => (JSON.parse(s) as { findings: { agree: boolean }[] }).findings;
    expect(findings(proto.stdout)).toHaveLength(findings(plain.stdout).length);
    // One disagreement more than the run itself: the copy's (before, Object.prototype took the sides and 2 became 93).
    const disagreements = (s: string) => findings(s).filter((f) => !f.agree).length;
    expect(disagreements(proto.stdout)).toBe(disagreements(plain.stdout));
    expect(disagreements(proto.stdout)).toBe(disagreements(runCli(['check', '--format', 'json', CHECK, SEEDS]).stdout) + 1);
    expect(first).not.toBe('__proto__');
  });

  it('parsePartial keeps __proto__ as data and leaves Object.prototype alone', () => {
    const p = parsePartial('{"vnews_partial":1,"command":"freq","options":{"format":"json","clean":true},"inputs":1,"errors":[],"state":{"words":1,"documents":1,"counts":{"__proto__":1},"docs":{"__proto__":1},"forms":{"__proto__":{"__proto__":1}}}}');
    const state = p.state as { counts: Record<string, number> };
    expect(Object.keys(state.counts)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(state.counts)).toBeNull();
    expect(({} as Record<string, unknown>).__proto__).toBe(Object.prototype);
  });
});

describe('partials that do not match their schema: one line, exit 2', () => {
  const freq = () => partialOf(['freq', '--format', 'json', SEEDS]);
  it.each([
    ['a count of 1e999', (p: PartialJson) => JSON.stringify(p).replace(/"words":\d+/, '"words":1e999'), /not a valid partial: a number out of range \(at "words"\)$/],
    ['a count that is a string', (p: PartialJson) => ({ ...p, state: { ...p.state, words: '12' } }), /not a valid partial of 'freq': state\/words must be number$/],
    ['a word count that is a string', (p: PartialJson) => JSON.stringify(p).replace(/("counts":\{"[^"]+":)(\d+)/, '$1"$2"'), /not a valid partial of 'freq': state\/counts\/.+ must be number$/],
    ['"format": "xml"', (p: PartialJson) => ({ ...p, options: { ...p.options, format: 'xml' } }), /not a valid partial of 'freq': options\/format must be equal to one of the allowed values/],
    ['a field of its own', (p: PartialJson) => ({ ...p, state: { ...p.state, extra: 1 } }), /not a valid partial of 'freq': state must NOT have additional properties \(extra\)$/],
    ['no state', (p: PartialJson) => ({ ...p, state: undefined }), /not a valid partial of 'freq': must have required property 'state'$/],
  ])('%s', (_name, craft, message) => {
    const r = mergeOf('bad.ndjson', craft(freq()));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(new RegExp(`^vnews: ${r.file.replace(/[.\\/]/g, '\\$&')}: partial 1: ${message.source}`));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('every command\'s own partials still merge', () => {
    for (const args of [['officials'], ['conferences'], ['check'], ['dedupe'], ['freq'], ['ngrams', '-n', '2'], ['keywords', '--tfidf'], ['keywords', '--reference', CHECK], ['collocations', 'Việt Nam'], ['figures', '--unit', 'USD']]) {
      const direct = runCli([...args, '--format', 'json', SEEDS]);
      const merged = mergeOf('own.ndjson', runCli([...args, '--format', 'json', '--partial', '-', SEEDS]).stdout.trim());
      expect(merged.stderr, args.join(' ')).toBe('');
      expect(merged.stdout, args.join(' ')).toBe(direct.stdout);
    }
  }, 300_000);
});

describe('an input file named __proto__ (or constructor)', () => {
  it.each(['officials', 'conferences', 'dedupe', 'check'])('%s reads it as it reads any other name', (command) => {
    const cwd = mkdtempSync(join(tmpdir(), 'vnews-proto-'));
    try {
      copyFileSync(`${CHECK}/002_count_changed.txt`, join(cwd, 'b.txt'));
      const run = (names: string[]) => {
        for (const n of names) copyFileSync(`${SEEDS}/002_021c48eba725d1ab.txt`, join(cwd, n));
        return runCli([command, '--format', 'json', ...names, 'b.txt'], { cwd });
      };
      const plain = run(['a.txt', 'c.txt']);
      const named = run(['__proto__', 'constructor']);
      expect(named.status).toBe(plain.status);
      expect(named.stderr).toBe('');
      expect(named.stdout).toBe(plain.stdout.replaceAll('"a.txt"', '"__proto__"').replaceAll('"c.txt"', '"constructor"'));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('the partial schema', () => {
  it('is what src/cli/partial-types.ts gives (else: npm run schema:partials)', async () => {
    const { partialSchema, SCHEMA_FILE } = await import('./scripts/partial-schema.js');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(partialSchema());
  }, 120_000);
});
