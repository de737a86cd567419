// Installing needs no C compiler: vntk's native dependencies are left unbuilt (package.json
// allowScripts), vnews never loads them, and bin/vnews.js says what to do when dist/ is missing.
// (.ci/run installs with no compiler on PATH.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/vnews.js', import.meta.url));

describe('install without a compiler', () => {
  it('package.json denies the install scripts of crfsuite and fasttext, and allows esbuild\'s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { allowScripts: Record<string, boolean> };
    expect(pkg.allowScripts).toEqual({ crfsuite: false, fasttext: false, esbuild: true });
  });

  it('extract and segment run with crfsuite and fasttext unloadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnews-nonative-'));
    try {
      const hook = join(dir, 'no-native.cjs');
      writeFileSync(
        hook,
        `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(crfsuite|fasttext)(\\/|$)/.test(request)) throw new Error('native addon loaded: ' + request);
  return load.call(this, request, ...rest);
};`,
      );
      for (const command of ['extract', 'segment', 'quotes']) {
        const r = spawnSync(process.execPath, ['--require', hook, BIN, command, '--format', 'json', 'fixtures/seeds'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        expect(r.stderr, command).toBe('');
        expect(r.status, command).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bin/vnews.js without dist/: one line saying run npm run build, exit 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'vnews-nodist-'));
    try {
      mkdirSync(join(root, 'bin'));
      copyFileSync(BIN, join(root, 'bin', 'vnews.js'));
      copyFileSync(join(dirname(BIN), 'package.json'), join(root, 'bin', 'package.json'));
      writeFileSync(join(root, 'package.json'), '{"type": "module"}\n');
      const r = spawnSync(process.execPath, [join(root, 'bin', 'vnews.js'), 'extract', 'fixtures/seeds'], { encoding: 'utf8' });
      expect(r.stderr).toBe(`vnews: ${root}/dist/ is missing: run npm run build (in ${root}/)\n`);
      expect(r.status).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the command line bundle and its code cache (bin/vnews.js, src/build/)', () => {
  const seed = 'fixtures/seeds/002_021c48eba725d1ab.txt';
  const run = (nodeFlags: string[]) =>
    spawnSync(process.execPath, [...nodeFlags, BIN, 'extract', '--format', 'ndjson', seed], { encoding: 'utf8', env: { ...process.env, VNEWS_CODE_CACHE_REPORT: '1' } });

  it('bin/vnews.js sets the V8 flags src/cli/run.ts sets, before it compiles', () => {
    const flags = /export const V8_FLAGS = '([^']+)'/.exec(readFileSync(new URL('../src/cli/run.ts', import.meta.url), 'utf8'))?.[1];
    expect(flags).toMatch(/^--/);
    expect(readFileSync(BIN, 'utf8')).toContain(`setFlagsFromString('${flags}')`);
  });

  it('the cache npm run build made is taken; with other V8 flags it is refused and the answer is the same', () => {
    const taken = run([]);
    expect(taken.status).toBe(0);
    expect(taken.stderr).toBe('vnews: code cache taken\n');
    const refused = run(['--no-opt']);
    expect(refused.stderr).toBe('vnews: code cache refused\n');
    expect(refused.stdout).toBe(taken.stdout);
    expect(JSON.parse(taken.stdout.split('\n')[0] as string)).toMatchObject({ path: seed });
  });
});
