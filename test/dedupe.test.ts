// `vnews dedupe`: groups of duplicate articles. The seeds 000 and 002 are one story from two sites;
// a follow-up that opens with its own news and then reuses another story's text is not a duplicate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_LEAD, addToDedupe, createDedupeIndex, duplicateGroups, duplicatePairs, mergeDedupe, type DedupeIndex, type DuplicateGroup } from '../src/corpus/dedupe.js';
import { runCli } from './support/cli.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));
const [s000, s001, s002, s003, s004] = seeds as [string, string, string, string, string];
const text = (path: string) => readFileSync(path, 'utf8');

function indexOf(entries: [string, string][]): DedupeIndex {
  const index = createDedupeIndex();
  for (const [path, t] of entries) addToDedupe(index, path, t);
  return index;
}
const seedIndex = () => indexOf(seeds.map((p) => [p, text(p)]));

describe('duplicate groups', () => {
  it('the seeds: one group, 000 and 002, with their scores', () => {
    const groups = duplicateGroups(seedIndex());
    expect(groups).toHaveLength(1);
    const [group] = groups as [DuplicateGroup];
    expect(group.articles.map((a) => a.path)).toEqual([s000, s002]);
    expect(group.articles[1]).toMatchObject({ title: 'Tiếp tục đổi mới, nâng cao hiệu quả công tác đối ngoại và hội nhập quốc tế của các địa phương' });
    expect(group.articles.every((a) => a.shingles > 1000)).toBe(true);
    expect(group.pairs).toHaveLength(1);
    const [pair] = group.pairs;
    expect(pair).toMatchObject({ a: s000, b: s002 });
    expect(pair?.containment).toBeGreaterThan(0.65);
    expect(pair?.jaccard).toBeLessThan(0.45);
    expect(pair?.lead).toBeGreaterThan(0.4);
  });

  it('a threshold no pair reaches gives no group', () => {
    expect(duplicateGroups(seedIndex(), { threshold: 0.99 })).toEqual([]);
  });

  it('a follow-up that opens with its own news and then copies 000 shares most of it, but not its lead', () => {
    const news = text(s001).split('\n').filter((l) => l.trim() !== '').slice(0, 2).join('\n'); // another story's title and first line
    const background = text(s000).split('\n').slice(3).join('\n'); // 000 without its first three lines
    const index = indexOf([[s000, text(s000)], ['followup.txt', `${news}\n${background}`]]);
    const [pair] = duplicatePairs(index, { minLead: 0 });
    expect(pair?.containment).toBeGreaterThan(0.7);
    expect(pair?.lead).toBeLessThan(DEFAULT_MIN_LEAD);
    expect(duplicatePairs(index)).toEqual([]);
  });

  it('an exact copy is a duplicate; groups of three list every pair that joins them', () => {
    const index = seedIndex();
    addToDedupe(index, 'copy-of-002.txt', text(s002));
    const [group] = duplicateGroups(index);
    expect(group?.articles.map((a) => a.path)).toEqual(['copy-of-002.txt', s000, s002]);
    expect(group?.pairs.map((p) => [p.a, p.b])).toEqual([
      ['copy-of-002.txt', s002],
      ['copy-of-002.txt', s000],
      [s000, s002],
    ]);
    expect(group?.pairs[0]).toMatchObject({ containment: 1, jaccard: 1, lead: 1 });
  });

  it('shards indexed apart and merged (also through JSON) give the same groups', () => {
    const all = duplicateGroups(seedIndex());
    const a = indexOf([s000, s001, s003].map((p) => [p, text(p)]));
    const b = indexOf([s002, s004].map((p) => [p, text(p)]));
    expect(duplicateGroups(mergeDedupe(a, b))).toEqual(all);
    expect(duplicateGroups(JSON.parse(JSON.stringify(mergeDedupe(b, a))) as DedupeIndex)).toEqual(all);
  });
});

describe('vnews dedupe', () => {
  it('table: the group, its articles and the pair; exit 0', () => {
    const r = runCli(['dedupe', 'fixtures/seeds']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('group 1: 2 articles');
    expect(r.stdout).toMatch(/containment [01]\.\d\d {2}jaccard 0\.\d\d {2}lead 0\.\d\d {2}fixtures\/seeds\/000_\S+ ~ fixtures\/seeds\/002_/);
    expect(r.stderr).toContain('1 group of duplicate articles, 2 articles');
  });

  it('json: { groups: [{ articles: [{ path, title, shingles }], pairs: [{ a, b, jaccard, containment, lead }] }], errors }', () => {
    const r = runCli(['dedupe', 'fixtures/seeds', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { groups: DuplicateGroup[]; errors: unknown[] };
    expect(Object.keys(out)).toEqual(['groups', 'errors']);
    expect(out.errors).toEqual([]);
    expect(out.groups).toHaveLength(1);
    const [group] = out.groups as [DuplicateGroup];
    expect(Object.keys(group)).toEqual(['articles', 'pairs']);
    expect(group.articles.map((a) => Object.keys(a))).toEqual([['path', 'title', 'shingles'], ['path', 'title', 'shingles']]);
    expect(group.articles.map((a) => a.path)).toEqual([s000, s002]);
    expect(Object.keys(group.pairs[0] as object)).toEqual(['a', 'b', 'jaccard', 'containment', 'lead']);
  });

  it('ndjson: one group a line', () => {
    const r = runCli(['dedupe', 'fixtures/', '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as DuplicateGroup);
    // fixtures/check holds edited copies of seeds: 000, 002 and two copies of 002; then 001, 003, 004 with theirs
    expect(lines.map((g) => g.articles.length)).toEqual([4, 2, 2, 2]);
    expect(lines[0]?.articles.map((a) => a.path)).toContain(s000);
  });

  it('--min-lead 0.9: no group, exit 1', () => {
    const r = runCli(['dedupe', 'fixtures/seeds', '--min-lead', '0.9', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ groups: [], errors: [] });
    expect(runCli(['dedupe', 'fixtures/seeds', '--min-lead', '0.9']).stdout).toContain('no duplicate articles');
  });

  it('cleaning: without 002\'s teasers, 000 is found whole in it; with --no-clean, 002\'s furniture dilutes the match', () => {
    const containment = (args: string[]) => JSON.parse(runCli([...args, 'dedupe', 'fixtures/seeds', '--threshold', '0.3', '--format', 'json']).stdout).groups[0].pairs[0].containment as number;
    expect(containment([])).toBeGreaterThan(0.9);
    expect(containment(['--no-clean'])).toBeLessThan(0.85);
  });

  it('--min-lead 0 turns the lead rule off; --threshold and --min-lead take 0..1', () => {
    expect(runCli(['dedupe', 'fixtures/seeds', '--min-lead', '0', '--threshold', '.5']).status).toBe(0);
    for (const bad of [['--threshold', '1.5'], ['--threshold', '-0.1'], ['--threshold', 'half'], ['--min-lead', '2']]) {
      const r = runCli(['dedupe', 'fixtures/seeds', ...bad]);
      expect(r.status, bad.join(' ')).toBe(2);
      expect(r.stderr).toContain('takes a number from 0 to 1');
      expect(r.stdout).toBe('');
    }
  });

  it('a missing file: reported, exit 2, the others still grouped', () => {
    const r = runCli(['dedupe', s000, 'no/such/file.txt', s002, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vnews: no\/such\/file\.txt: /m);
    const out = JSON.parse(r.stdout) as { groups: DuplicateGroup[]; errors: { path: string }[] };
    expect(out.groups.map((g) => g.articles.map((a) => a.path))).toEqual([[s000, s002]]);
    expect(out.errors.map((e) => e.path)).toEqual(['no/such/file.txt']);
    const nd = runCli(['dedupe', s000, 'no/such/file.txt', s002, '--format', 'ndjson']);
    expect(nd.status).toBe(2);
    expect(nd.stdout.trim().split('\n').map((l) => Object.keys(JSON.parse(l) as object)[0])).toEqual(['type', 'articles']);
  });
});
