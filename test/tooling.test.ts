// The project's own machinery: vitest's setup rebuilds dist/ when src/ is newer (test/support/build.ts),
// npm test says how long it took, test:fast leaves out what vitest.config.ts names, and the import
// graph keeps to the layers in .dependency-cruiser.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLOW_FILES, SLOW_TESTS } from '../vitest.config.js';
import { BUILD_STAMP, ensureBuilt, whyStale } from './support/build.js';
import { importViolations } from './support/deps.js';

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

describe('the import graph (.dependency-cruiser.mjs)', () => {
  it('src/ keeps to it: no circle, and each layer imports only what is below it', { timeout: 60_000 }, () => {
    expect(importViolations(ROOT)).toEqual([]);
  });

  it('the rules, on a made-up tree: what each layer may import, and what it may not', { timeout: 60_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'vnews-deps-'));
    try {
      const files: Record<string, string> = {
        'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext" } }\n',
        // allowed: the command line and its commands import anything; a renderer and the pool the
        // library; src/index.ts the pool
        'src/cli/main.ts': "import { run } from './commands/a.js';\nimport { table } from '../render/table.js';\nimport { pool } from '../parallel/pool.js';\nimport type { Format } from './options.js';\nexport const f: Format = 'json';\nrun(); table(); pool();\n",
        'src/cli/options.ts': "export type Format = 'json';\n",
        'src/cli/commands/a.ts': "import { table } from '../../render/table.js';\nimport { pool } from '../../parallel/pool.js';\nimport type { Format } from '../options.js';\nexport const f: Format = 'json';\nexport function run() { table(); pool(); }\n",
        'src/render/table.ts': "import { words } from '../text/index.js';\nimport type { Article } from '../types.js';\nexport function table(a?: Article) { return words(a); }\n",
        'src/parallel/pool.ts': "import { words } from '../text/index.js';\nexport function pool() { return words(); }\n",
        'src/index.ts': "export { pool as runFiles } from './parallel/pool.js';\nexport { words } from './text/index.js';\n",
        'src/text/index.ts': 'export function words(_a?: unknown) { return []; }\n',
        'src/types.ts': 'export interface Article { text: string }\n',
        // not allowed
        'src/render/bad.ts': "import type { Format } from '../cli/options.js';\nimport { pool } from '../parallel/pool.js';\nexport const f: Format = 'json';\npool();\n",
        'src/render/worse.ts': "import type { Format } from '../cli/main.js';\nexport const f: Format = 'json';\n",
        'src/parallel/bad.ts': "import { table } from '../render/table.js';\ntable();\n",
        'src/corpus/bad.ts': "import { run } from '../cli/commands/a.js';\nrun();\n",
        'src/extract.ts': "import { pool } from './parallel/pool.js';\npool();\n",
        'src/text/a.ts': "import type { B } from './b.js';\nexport type A = { b: B };\n",
        'src/text/b.ts': "import type { A } from './a.js';\nexport type B = { a?: A };\n",
        'src/text/c.ts': "import { x } from './missing.js';\nx();\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      expect(importViolations(root).sort()).toEqual([
        'library-is-below-the-cli: src/corpus/bad.ts → src/cli/commands/a.ts',
        'library-runs-no-threads: src/extract.ts → src/parallel/pool.ts',
        'no-circular: src/text/a.ts → src/text/b.ts → src/text/a.ts',
        'parallel-is-below-the-cli: src/parallel/bad.ts → src/render/table.ts',
        'render-is-below-the-cli: src/render/bad.ts → src/cli/options.ts (type-only)',
        'render-is-below-the-cli: src/render/bad.ts → src/parallel/pool.ts',
        'render-is-below-the-cli: src/render/worse.ts → src/cli/main.ts (type-only)',
        'resolvable: src/text/c.ts → ./missing.js',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm test and npm run test:fast', () => {
  it('npm test\'s steps: run in turn, each timed, stopped at the first that fails with its status', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/timed.ts', 'one=echo 1', 'two=exit 3', 'three=echo 3'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_lifecycle_event: 'test' },
    });
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toMatch(/^npm test: one \d+\.\d s, two \d+\.\d s \(failed, status 3\); \d+\.\d s in all\n$/);
    expect(r.status).toBe(3);
  });

  it('npm test -- ARGS: what is not NAME=COMMAND goes to the last command, quoted', () => {
    // Not run by npm here (npm test sets npm_lifecycle_event for every child): the line says `timed`.
    const { npm_lifecycle_event: _event, ...env } = process.env;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/timed.ts', 'one=true', 'two=echo', 'test/x.test.ts', "it's"], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stdout).toBe("test/x.test.ts it's\n");
    expect(r.stderr).toMatch(/^timed: one \d+\.\d s, two \d+\.\d s; \d+\.\d s in all\n$/);
    expect(r.status).toBe(0);
  });

  it('what test:fast leaves out still exists: each file pattern matches a file, each test name a test', () => {
    for (const pattern of SLOW_FILES) expect(fg.sync(pattern, { cwd: ROOT }), pattern).not.toEqual([]);
    const sources = fg.sync('test/**/*.test.ts', { cwd: ROOT }).map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (const name of SLOW_TESTS) expect(sources.some((text) => text.includes(`'${name}'`)), name).toBe(true);
  });
});
