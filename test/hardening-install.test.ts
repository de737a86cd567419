// Installing needs no C compiler: vntk's native dependencies are left unbuilt (package.json
// allowScripts), vnews never loads them, and bin/vnews.js says what to do when dist/ is missing.
// (.ci/run installs with no compiler on PATH.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toAscii } from '../src/build/ascii.js';

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

describe('the bundle is written in ASCII (src/build/ascii.ts), so bin/vnews.js reads it as latin1', () => {
  it('npm run build left no character outside ASCII in either bundle', () => {
    for (const name of ['main.js', 'worker.js']) {
      const bytes = readFileSync(new URL(`../dist/bundle/${name}`, import.meta.url));
      expect(bytes.findIndex((b) => b > 0x7f), name).toBe(-1);
    }
  });

  // [regex source, flags, texts it is tried on]: escaped, each must match the same text at the same place.
  const REGEXES: [string, string, string[]][] = [
    ['[àáảãạèéẻẽẹỳýỷỹỵ]', '', ['hoà', 'thuỷ', 'hoa']],
    ['^theo dõi .{1,40} trên google news$', 'u', ['theo dõi Báo X trên google news', 'theo doi x tren google news']],
    ['Nguồn(?<=[.!?”"]\\s+Nguồn)\\s*:', 'gu', ['hết. Nguồn: TTXVN', 'Nguồn: TTXVN']],
    ['\\–|\\—', '', ['a – b', 'a — b', 'a - b']],
    ['\\\\ạ', '', ['x\\ạ', 'xạ']],
    ['[😀-😂]', 'u', ['a😁', 'a😃']],
    ['😀', '', ['a😀']],
    ['ĐẠI HỘI', 'i', ['đại hội XIII', 'Dai hoi']],
  ];
  it.each(REGEXES)('/%s/%s means the same escaped', (source, flags, texts) => {
    const escaped = toAscii(source, 'test');
    expect(escaped).not.toMatch(/[\u0080-\uffff]/);
    for (const text of texts) expect(new RegExp(escaped, flags).exec(text)?.index, text).toBe(new RegExp(source, flags).exec(text)?.index);
  });

  it('ASCII is left as it was; any other character becomes its \\u escape, in a comment too', () => {
    expect(toAscii('const a = /x/; // ông nói', 'test')).toBe('const a = /x/; // \\u00f4ng n\\u00f3i');
    expect(toAscii('plain ascii \\n', 'test')).toBe('plain ascii \\n');
  });
});
