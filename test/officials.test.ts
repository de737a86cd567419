// `vnews officials`: people across articles, on the seed fixtures, and the summary's merge.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { addDocument, mergeSummaries, officialsAcross, type OfficialAcross, type OfficialsSummary } from '../src/corpus/officials.js';
import { runCli } from './support/cli.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));

function summarize(paths: string[]): OfficialsSummary {
  const s: OfficialsSummary = {};
  for (const path of paths) addDocument(s, extract(readFileSync(path, 'utf8'), { path, only: ['officials', 'dates'] }));
  return s;
}

describe('officials across articles', () => {
  const people = officialsAcross(summarize(seeds));
  const person = (name: string) => people.find((p) => p.name === name) as OfficialAcross;

  it('Bùi Thanh Sơn: four articles, Thứ trưởng Thường trực in 004 before Bộ trưởng in the others', () => {
    const son = person('Bùi Thanh Sơn');
    expect(son.articles).toBe(4);
    expect(son.changed).toBe(true);
    expect(son.roles.indexOf('Thứ trưởng Thường trực')).toBeGreaterThanOrEqual(0);
    expect(son.roles.indexOf('Thứ trưởng Thường trực')).toBeLessThan(son.roles.indexOf('Bộ trưởng'));
    const minister = son.titles.filter((t) => t.role === 'Bộ trưởng').flatMap((t) => t.articles.map((a) => a.path));
    expect(new Set(minister)).toEqual(new Set(['fixtures/seeds/000_dcd3b87138fbd1a3.txt', 'fixtures/seeds/002_021c48eba725d1ab.txt', 'fixtures/seeds/003_e1e8b47241fbfe42.txt']));
    const deputy = son.titles.find((t) => t.role === 'Thứ trưởng Thường trực');
    expect(deputy?.articles).toEqual([{ path: 'fixtures/seeds/004_8edc742d7bef5736.txt', date: '2017' }]);
  });

  it('two titles held at once in one article are no change', () => {
    const minh = person('Phạm Bình Minh');
    expect(minh.roles.sort()).toEqual(['Bộ trưởng', 'Phó Thủ tướng']);
    expect(minh.changed).toBe(false);
  });

  it('most-reported first, each person once', () => {
    expect(people[0]?.name).toBe('Bùi Thanh Sơn');
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
  });

  it('shards summarized apart and merged give the same answer, in either order', () => {
    const a = summarize(seeds.slice(0, 2));
    const b = summarize(seeds.slice(2));
    expect(officialsAcross(mergeSummaries(a, b))).toEqual(people);
    expect(officialsAcross(mergeSummaries(b, a))).toEqual(people);
    // Merging leaves its inputs as they were.
    expect(officialsAcross(a)).toEqual(officialsAcross(summarize(seeds.slice(0, 2))));
  });
});

describe('vnews officials', () => {
  it('--name filters by folded name; ndjson gives one person a line', () => {
    const r = runCli(['officials', '--format', 'ndjson', '--name', 'BÙI THANH SƠN', 'fixtures/']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as OfficialAcross);
    expect(lines.map((p) => p.name)).toEqual(['Bùi Thanh Sơn']);
  });

  it('a failed input is reported, the others summarized, exit 2', () => {
    const r = runCli(['officials', '--json', 'fixtures/seeds/004_8edc742d7bef5736.txt', 'missing.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vnews: missing.txt: no such file or directory\n');
    const out = JSON.parse(r.stdout) as { officials: OfficialAcross[]; errors: unknown[] };
    expect(out.officials.map((p) => p.name).sort()).toEqual(['Bùi Thanh Sơn', 'Nguyễn Xuân Phúc', 'Phạm Bình Minh']);
    expect(out.errors).toEqual([{ path: 'missing.txt', message: 'no such file or directory' }]);
  });

  it('the table marks a change of title', () => {
    const r = runCli(['officials', 'fixtures/seeds/'], { env: { COLUMNS: '120' } });
    expect(r.stdout).toContain('Bùi Thanh Sơn');
    expect(r.stderr).toMatch(/1 with titles that changed between articles/);
  });
});
