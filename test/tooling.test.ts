// The project's own machinery: vitest's setup rebuilds dist/ when src/ is newer (test/support/build.ts),
// and the import graph keeps to the layers in .dependency-cruiser.cjs.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, ensureBuilt, whyStale } from './support/build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('dist/ is rebuilt when src/ is newer', () => {
  let root: string;
  const T = new Date('2026-01-01T00:00:00Z').getTime() / 1000;
  // Writes `path` under the temp root dated `t` seconds after T.
  const file = (path: string, t: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), T + t, T + t);
  };
  const dir = (path: string, t: number) => utimesSync(join(root, path), T + t, T + t);
  // A project built at T+100 from sources dated T+10: fresh.
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vnews-stamp-'));
    file('src/cli/main.ts', 10);
    file('src/text/index.ts', 10);
    file('tsconfig.json', 10);
    file('tsconfig.build.json', 10);
    dir('src/cli', 10);
    dir('src/text', 10);
    dir('src', 10);
    file(BUILD_STAMP, 100);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const builds = () => {
    const calls: string[] = [];
    const lines: string[] = [];
    const why = ensureBuilt(root, (r) => {
      calls.push(r);
      file(BUILD_STAMP, 200);
    }, (line) => lines.push(line));
    return { why, calls, lines };
  };

  it('sources older than the stamp: fresh, nothing built', () => {
    expect(whyStale(root)).toBeUndefined();
    expect(builds()).toEqual({ why: undefined, calls: [], lines: [] });
  });

  it('a source saved after the build: stale, built once, and fresh after', () => {
    file('src/text/index.ts', 150);
    expect(whyStale(root)).toBe('src/text/index.ts newer than dist/.built');
    const { why, calls, lines } = builds();
    expect(why).toBe('src/text/index.ts newer than dist/.built');
    expect(calls).toEqual([root]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^vitest setup: built dist\/ \(src\/text\/index\.ts newer than dist\/\.built\) in \d+\.\d s$/);
    expect(whyStale(root)).toBeUndefined();
    expect(builds().calls).toEqual([]);
  });

  it('a source moved (src/cli.ts → src/cli/main.ts): its folder is newer, stale', () => {
    renameSync(join(root, 'src/cli/main.ts'), join(root, 'src/cli.ts'));
    utimesSync(join(root, 'src/cli.ts'), T + 10, T + 10);
    dir('src', 150);
    dir('src/cli', 150);
    expect(whyStale(root)).toBe('src, src/cli newer than dist/.built');
  });

  it('a compiler setting changed: stale', () => {
    file('tsconfig.build.json', 150);
    expect(whyStale(root)).toBe('tsconfig.build.json newer than dist/.built');
  });

  it('no stamp (never built, or the last build failed before its end): stale', () => {
    rmSync(join(root, BUILD_STAMP));
    expect(whyStale(root)).toBe('dist/.built is missing');
    expect(builds().calls).toEqual([root]);
  });

  it('many newer files: the first three named, and how many more', () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) file(`src/text/${name}.ts`, 150);
    expect(whyStale(root)).toBe('src/text, src/text/a.ts, src/text/b.ts and 3 more newer than dist/.built');
  });

  it('npm run build writes the stamp with the time it began, and vitest.config.ts runs the setup', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/^mkdir -p dist && touch dist\/\.building && tsc .* && mv dist\/\.building dist\/\.built$/);
    expect(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')).toContain("globalSetup: ['test/support/build.ts']");
  });

  it('this run\'s build is fresh (the setup ran before the tests)', () => {
    expect(whyStale(ROOT)).toBeUndefined();
  });
});
