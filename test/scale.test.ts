// Scale: the same answer, byte for byte, however the work is split: one thread or worker threads
// (--jobs), shards written with --partial and merged by `vnews merge`, and the GNU parallel recipe
// the README gives, run here on the fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

/** Tests that run the CLI ten times or more get longer than vitest's 30 s on a busy machine. */
const HEAVY = 180_000;

let dir: string;
/** Every fixture article, in the order a run over `fixtures/` reads them. */
const FILES = fg.sync('fixtures/**/*.txt').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/** Three shards of them, in order, each a --files-from list. */
let shards: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnews-scale-'));
  shards = [FILES.slice(0, 3), FILES.slice(3, 7), FILES.slice(7)].map((files, i) => {
    const list = join(dir, `shard${i}.list`);
    writeFileSync(list, `${files.join('\n')}\n`);
    return list;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A command: what goes before the inputs (its name, and a pattern) and the options after them. */
interface Case {
  head: readonly string[];
  tail?: readonly string[];
}

/** The corpus commands, each with the options its answer depends on. */
const CORPUS_COMMANDS: readonly Case[] = [
  { head: ['officials'] },
  { head: ['conferences'] },
  { head: ['figures'], tail: ['--unit', 'đại biểu,USD,%'] },
  { head: ['check'], tail: ['--all'] },
  { head: ['dedupe'] },
  { head: ['freq'], tail: ['--top', '40'] },
  { head: ['ngrams'], tail: ['-n', '2..3', '--min', '2'] },
  { head: ['keywords'], tail: ['--tfidf', '--top', '3'] },
  // `--reference` takes every word after it that is not an option: it goes after the inputs.
  { head: ['keywords'], tail: ['--reference', 'fixtures/check', '--min-g2', '0', '--top', '30'] },
  { head: ['collocations', 'Việt Nam'], tail: ['--min', '1'] },
];

const name = (c: Case) => [...c.head, ...(c.tail ?? [])].join(' ');
const run = (c: Case, inputs: readonly string[], before: readonly string[] = [], after: readonly string[] = []) =>
  runCli([...before, ...c.head, ...inputs, ...(c.tail ?? []), ...after]);

describe('--jobs', () => {
  it('is a whole number of 1 or more', () => {
    for (const bad of ['0', 'two', '-1']) {
      const r = runCli(['-j', bad, 'extract', 'fixtures/']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs takes a whole number/);
    }
  });

  const streamed: readonly Case[] = [{ head: ['extract'] }, { head: ['segment'] }, { head: ['clean'] }, { head: ['quotes'] }, { head: ['kwic', 'Hội nghị'] }, { head: ['plot', 'Việt Nam'] }];
  for (const c of streamed) {
    it(`${name(c)}: -j 1 and -j 2 print the same bytes, in input order`, () => {
      const one = run(c, ['fixtures/'], ['-j', '1'], ['--format', 'json']);
      const two = run(c, ['fixtures/'], ['-j', '2'], ['--format', 'json']);
      expect(one.status).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(0);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    });
  }

  it('ndjson comes in input order with an error line in place of a failed file', () => {
    const inputs = [FILES[4] as string, join(dir, 'missing.txt'), FILES[0] as string, FILES[9] as string];
    const one = runCli(['-j', '1', 'extract', '--format', 'ndjson', ...inputs]);
    const two = runCli(['-j', '2', 'extract', '--format', 'ndjson', ...inputs]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(2);
    const paths = two.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toEqual(inputs);
  });
});

describe('--partial and merge give the single run, byte for byte', () => {
  for (const c of CORPUS_COMMANDS) {
    it(name(c), () => {
      const single = run(c, ['fixtures/'], ['-j', '1']);
      const threads = run(c, ['fixtures/'], ['-j', '2']);
      expect(threads.stdout).toBe(single.stdout);
      expect(threads.status).toBe(single.status);
      // Tables are drawn from the same items as JSON: two commands are enough to show it.
      for (const format of ['officials', 'check'].includes(c.head[0] as string) ? ['json', 'table'] : ['json']) {
        const parts = shards.map((list, i) => {
          const file = join(dir, `${c.head[0] as string}.${format}.${i}.part`);
          const r = run(c, [], ['--files-from', list], ['--format', format, '--partial', file]);
          expect(r.stderr).toBe('');
          expect(r.stdout).toBe('');
          return file;
        });
        const whole = run(c, ['fixtures/'], [], ['--format', format]);
        const merged = runCli(['merge', ...parts]);
        expect(whole.stdout.length).toBeGreaterThan(0);
        expect(merged.stdout).toBe(whole.stdout);
        expect(merged.status).toBe(whole.status);
      }
    }, HEAVY);
  }

  it('merge --format prints the partials in another format; the shards may come in any order for a summary', () => {
    const parts = shards.map((list, i) => {
      const file = join(dir, `freq.${i}.part`);
      runCli(['--files-from', list, 'freq', '--partial', file]);
      return file;
    });
    expect(runCli(['merge', '--format', 'csv', ...parts.reverse()]).stdout).toBe(runCli(['freq', 'fixtures/', '--format', 'csv']).stdout);
  });

  it('partials concatenated, one a line, or on standard input, are read alike', () => {
    const lines = shards.map((list) => runCli(['--files-from', list, 'conferences', '--format', 'json', '--partial', '-']).stdout);
    expect(lines.every((l) => l.split('\n').length === 2)).toBe(true);
    const whole = runCli(['conferences', 'fixtures/', '--format', 'json']).stdout;
    expect(runCli(['merge', '-'], { input: lines.join('') }).stdout).toBe(whole);
    const file = join(dir, 'all.ndjson');
    writeFileSync(file, lines.join(''));
    expect(runCli(['merge', file]).stdout).toBe(whole);
  });

  it('a failed input travels in the partial: reported again by merge, exit 2, the others merged', () => {
    const list = join(dir, 'with-missing.list');
    writeFileSync(list, `${FILES[0] as string}\n${join(dir, 'nope.txt')}\n`);
    const part = join(dir, 'missing.part');
    const r = runCli(['--files-from', list, 'officials', '--format', 'json', '--partial', part]);
    expect(r.status).toBe(2);
    const merged = runCli(['merge', part]);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain('nope.txt: no such file or directory');
    expect(merged.stdout).toBe(runCli(['officials', FILES[0] as string, join(dir, 'nope.txt'), '--format', 'json']).stdout);
  });

  it('bad partials: one line naming the file, the others still merged, exit 2', () => {
    const good = join(dir, 'good.part');
    runCli(['freq', FILES[0] as string, '--format', 'json', '--partial', good]);
    const other = join(dir, 'other.part');
    runCli(['freq', FILES[1] as string, '--format', 'json', '--top', '5', '--partial', other]);
    const notPartial = join(dir, 'not.part');
    writeFileSync(notPartial, '{"words": 3}\n');
    const r = runCli(['merge', good, join(dir, 'absent.part'), notPartial, FILES[0] as string, other]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `vnews: ${join(dir, 'absent.part')}: no such file`,
      `vnews: ${notPartial}: partial 1: not a partial file (written by --partial)`,
      `vnews: ${FILES[0] as string}: partial 1: not a partial file (not JSON)`,
      expect.stringMatching(new RegExp(`^vnews: ${other}: made by 'freq' with other options than the first partial`)),
    ]);
    expect(r.stdout).toBe(runCli(['freq', FILES[0] as string, '--format', 'json']).stdout);
    expect(runCli(['merge']).status).toBe(2);
  });

  it('a partial is written whole or not at all: no temporary file is left, an unwritable path is exit 2', () => {
    const out = join(dir, 'atomic');
    mkdirSync(out);
    expect(runCli(['dedupe', 'fixtures/seeds', '--partial', join(out, 'p.part')]).status).toBe(0);
    expect(readdirSync(out)).toEqual(['p.part']);
    const r = runCli(['dedupe', 'fixtures/seeds', '--partial', join(out, 'no', 'such', 'dir.part')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dir\.part: ENOENT/);
    expect(readdirSync(out)).toEqual(['p.part']);
  });
});

describe('--files-from', () => {
  it('reads the paths a list names, after the inputs typed', () => {
    const list = join(dir, 'two.list');
    writeFileSync(list, `${FILES[2] as string}\r\n\n${FILES[5] as string}\n`);
    const r = runCli(['--files-from', list, 'extract', '--format', 'ndjson', FILES[0] as string]);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([FILES[0], FILES[2], FILES[5]]);
    const missing = runCli(['--files-from', join(dir, 'no.list'), '--no-summary', 'extract']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`vnews: ${join(dir, 'no.list')}: --files-from: no such file or directory\n`);
  });
});

describe('the GNU parallel recipe in the README', () => {
  it('run on the fixtures, gives what one run gives', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- recipe:gnu-parallel -->\n```sh\n([\s\S]*?)```\n<!-- \/recipe -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    expect(parallel.status, 'GNU parallel must be installed (Debian package parallel; .ci/run installs it)').toBe(0);
    // `vnews` on the PATH; `corpus` is the fixtures; shards of 3 files, so there are several.
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'vnews'))) symlinkSync(resolve('bin/vnews.js'), join(bin, 'vnews'));
    const work = join(dir, 'recipe');
    cpSync('fixtures', join(work, 'corpus'), { recursive: true });
    const script = (block as string).replace('-N 1000', '-N 3');
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const partials = readFileSync(join(work, 'partials.ndjson'), 'utf8').trim().split('\n');
    expect(partials.length).toBe(Math.ceil(FILES.length / 3));
    const single = runCli(['freq', 'corpus', '--format', 'json'], { cwd: work });
    expect(readFileSync(join(work, 'freq.json'), 'utf8')).toBe(single.stdout);
  }, HEAVY);
});
