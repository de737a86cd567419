// The CLI as a user meets it: inputs, formats, bad input, exit codes, pipes and colour.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, ExtractOutput } from '../src/index.js';
import { runCli } from './support/cli.js';

const ESC = String.fromCharCode(27);
const SEED = 'fixtures/seeds/000_dcd3b87138fbd1a3.txt';
const SENTENCE = 'Ngày 13/12, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị với hơn 300 đại biểu.\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnews-cli-'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  // Latin-1 French: not UTF-8, and not Vietnamese in Windows-1258 or TCVN3 (test/encoding.test.ts).
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]));
  const be = Buffer.from(SENTENCE, 'utf16le').swap16();
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
  writeFileSync(join(dir, 'secret.txt'), SENTENCE);
  chmodSync(join(dir, 'secret.txt'), 0o000);
  // One 10 MB line: the sentence repeated without line breaks.
  writeFileSync(join(dir, 'long.txt'), SENTENCE.trim().repeat(Math.ceil((10 * 1024 * 1024) / SENTENCE.length)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ndjson = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Document & { type?: string; message?: string });

describe('inputs', () => {
  it('reads a directory recursively, sorted, with paths as given', () => {
    const r = runCli(['extract', '--format', 'ndjson', 'fixtures/']);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((d) => d.path)).toEqual([
      'fixtures/check-events/a_visit_phan_lan.txt',
      'fixtures/check-events/b_visit_phan_lan.txt',
      'fixtures/check-events/c_forum_da_nang.txt',
      'fixtures/check/001_title_changed.txt',
      'fixtures/check/002_count_changed.txt',
      'fixtures/check/002_date_changed.txt',
      'fixtures/check/003_figure_changed.txt',
      'fixtures/check/004_claim_changed.txt',
      'fixtures/seeds/000_dcd3b87138fbd1a3.txt',
      'fixtures/seeds/001_b75d1dc0e5a8a592.txt',
      'fixtures/seeds/002_021c48eba725d1ab.txt',
      'fixtures/seeds/003_e1e8b47241fbfe42.txt',
      'fixtures/seeds/004_8edc742d7bef5736.txt',
    ]);
  });

  it('expands glob patterns itself', () => {
    const r = runCli(['extract', '--format', 'ndjson', 'fixtures/seeds/00[0-1]*.txt']);
    expect(ndjson(r.stdout).map((d) => d.path)).toEqual(['fixtures/seeds/000_dcd3b87138fbd1a3.txt', 'fixtures/seeds/001_b75d1dc0e5a8a592.txt']);
  });

  it('reads standard input with `-` and when piped with no inputs', () => {
    for (const args of [['extract', '--json', '-'], ['extract', '--json']]) {
      const out = JSON.parse(runCli(args, { input: SENTENCE }).stdout) as ExtractOutput;
      expect(out.documents[0]?.path).toBe('-');
      expect(out.documents[0]?.officials.map((o) => o.name)).toEqual(['Bùi Thanh Sơn']);
    }
  });

  it('decodes UTF-16 with a BOM and drops a UTF-8 BOM', () => {
    for (const f of ['utf16le.txt', 'utf16be.txt', 'bom.txt']) {
      const r = runCli(['extract', '--json', join(dir, f)]);
      expect(r.status).toBe(0);
      const doc = (JSON.parse(r.stdout) as ExtractOutput).documents[0] as Document;
      expect(doc.dates).toEqual([{ text: 'Ngày 13/12', value: '--12-13', start: 0, end: 10, line: 1 }]);
    }
  });

  it('an empty file is a document with empty lists', () => {
    const r = runCli(['extract', '--json', join(dir, 'empty.txt')]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ExtractOutput).documents).toEqual([
      { path: join(dir, 'empty.txt'), title: '', officials: [], conferences: [], dates: [], figures: [] },
    ]);
  });

  it('a 10 MB single-line file works', () => {
    const r = runCli(['extract', '--format', 'ndjson', '--only', 'officials,figures', join(dir, 'long.txt')]);
    expect(r.status).toBe(0);
    const doc = ndjson(r.stdout)[0] as Document;
    expect(doc.officials[0]?.mentions.length).toBeGreaterThan(100_000);
    expect(doc.figures.length).toBe(doc.officials[0]?.mentions.length);
  });
});

describe('bad input: one line on stderr naming the file, the run goes on, exit 2', () => {
  const cases: [string, () => string, string][] = [
    ['a path that does not exist', () => join(dir, 'nope.txt'), 'no such file or directory'],
    ['a directory with no .txt files', () => join(dir, 'empty'), 'directory holds no .txt files'],
    ['a pattern that matches nothing', () => join(dir, '*.nothing'), 'pattern matched no files'],
    ['a binary file', () => join(dir, 'binary.txt'), 'binary file (NUL byte at offset 4)'],
    ['invalid UTF-8', () => join(dir, 'latin1.txt'), 'invalid UTF-8 at byte 3 (not Windows-1258 or TCVN3 either; use --encoding)'],
  ];
  if (process.getuid?.() !== 0) cases.push(['an unreadable file', () => join(dir, 'secret.txt'), 'permission denied']);
  it.each(cases)('%s', (_, path, message) => {
    const bad = path();
    // Two different files around the bad one (a file named twice is read once).
    const r = runCli(['extract', '--format', 'ndjson', SEED, bad, 'fixtures/seeds/001_b75d1dc0e5a8a592.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vnews: ${bad}: ${message}\n`);
    const lines = ndjson(r.stdout);
    expect(lines.map((l) => l.type ?? 'document')).toEqual(['document', 'error', 'document']);
    expect(lines[1]).toEqual({ type: 'error', path: bad, message });
  });

  it('json lists the errors beside the documents', () => {
    const out = JSON.parse(runCli(['extract', '--json', SEED, 'missing.txt']).stdout) as ExtractOutput;
    expect(out.documents).toHaveLength(1);
    expect(out.errors).toEqual([{ path: 'missing.txt', message: 'no such file or directory' }]);
  });

  it('an unknown kind in --only is a usage error', () => {
    const r = runCli(['extract', '--only', 'people', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("argument 'people' is invalid. Allowed choices are officials, conferences, dates, figures.");
  });
});

describe('formats', () => {
  it('table: one table per kind with file:line, text and value; no colour when piped', () => {
    const r = runCli(['extract', SEED]);
    expect(r.status).toBe(0);
    for (const heading of ['officials (', 'conferences (', 'dates (0)', 'figures (3)']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('000_dcd3b87138fbd1a3.txt:1');
    expect(r.stdout).toContain('hơn 300 đại biểu');
    expect(r.stdout.includes(ESC)).toBe(false);
  });

  it('table: long text wraps at spaces, never inside a syllable', () => {
    const file = 'fixtures/seeds/004_8edc742d7bef5736.txt';
    const r = runCli(['extract', '--only', 'officials', file], { env: { COLUMNS: '80' } });
    const source = new Set(readFileSync(file, 'utf8').split(/[\s,.:;()“”"]+/));
    const textColumn = r.stdout
      .split('\n')
      .map((l) => l.split('│')[2]?.trim())
      .filter((c): c is string => c !== undefined && c !== '' && c !== 'text');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    // Wrapped: more table lines than mentions, and every fragment is made of whole words of the article.
    expect(textColumn.length).toBeGreaterThan(12);
    // Values are shown whole, never cut: `more_than`, not `more_t…`.
    const figures = runCli(['extract', '--only', 'figures', file], { env: { COLUMNS: '80' } }).stdout;
    expect(figures).toContain('more_than');
    expect(figures).not.toContain('…');
    for (const cell of textColumn) for (const w of cell.split(/[\s,]+/).filter(Boolean)) expect(source.has(w)).toBe(true);
  });

  it('--only picks kinds', () => {
    const doc = ndjson(runCli(['extract', '--format', 'ndjson', '--only', 'figures', SEED]).stdout)[0] as Document;
    expect(doc.officials).toEqual([]);
    expect(doc.figures.map((f) => f.text)).toEqual(['hơn 300 đại biểu', '5 phương hướng', '5 phương hướng']);
  });

  it('csv: RFC 4180, one row per mention, CRLF, quoted when needed', () => {
    const r = runCli(['extract', '--format', 'csv', 'fixtures/seeds/003_e1e8b47241fbfe42.txt']);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('path,kind,line,start,end,text,name,value,unit,qualifier,value_max');
    expect(rows).toContain('fixtures/seeds/003_e1e8b47241fbfe42.txt,figures,13,1647,1653,"34,82%",,34.82,%,,');
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(rows.filter((x) => x.includes(',officials,')).length).toBeGreaterThan(5);
  });
});

describe('process', () => {
  it('a closed pipe ends quietly with status 0', () => {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; node bin/vnews.js segment --format ndjson fixtures | head -1 > /dev/null'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('--help lists extract and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('extract');
  });

  it('colour only on request of a terminal: FORCE_COLOR with --no-color stays plain', () => {
    const r = runCli(['--no-color', 'extract', SEED], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout.includes(ESC)).toBe(false);
  });
});
