// Expanding what the user typed into sources, in order, before anything is read.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandInputs, type Source } from '../src/index.js';

async function expand(inputs: string[], stdinIsTTY = false): Promise<Source[]> {
  const out: Source[] = [];
  for await (const s of expandInputs(inputs, stdinIsTTY)) out.push(s);
  return out;
}

describe('expandInputs', () => {
  it('no inputs: standard input when piped, an error on a terminal', async () => {
    expect(await expand([], false)).toEqual([{ kind: 'stdin', path: '-' }]);
    expect((await expand([], true))[0]?.kind).toBe('error');
  });

  it('keeps the order given, expanding directories and patterns in sorted order', async () => {
    const out = await expand(['fixtures/seeds/004_8edc742d7bef5736.txt', 'fixtures/seeds/00[01]*.txt', '-', 'missing.txt']);
    expect(out).toEqual([
      { kind: 'file', path: 'fixtures/seeds/004_8edc742d7bef5736.txt' },
      { kind: 'file', path: 'fixtures/seeds/000_dcd3b87138fbd1a3.txt' },
      { kind: 'file', path: 'fixtures/seeds/001_b75d1dc0e5a8a592.txt' },
      { kind: 'stdin', path: '-' },
      { kind: 'error', path: 'missing.txt', message: 'no such file or directory' },
    ]);
  });

  it('a directory gives its .txt files only, recursively', async () => {
    const out = await expand(['fixtures']);
    expect(out.map((s) => s.path)).toHaveLength(13);
    expect(out.every((s) => s.kind === 'file' && /^fixtures\/(seeds|check|check-events)\/[^/]+\.txt$/.test(s.path))).toBe(true);
  });

  it('tells the sizes of the files it lists (for deciding on worker threads) until told to stop', async () => {
    const sizes: number[] = [];
    const paths: string[] = [];
    for await (const s of expandInputs(['fixtures/seeds', 'fixtures/check/'], false, () => undefined, (bytes) => sizes.push(bytes) < 3)) paths.push(s.path);
    expect(paths.length).toBeGreaterThan(3);
    expect(sizes).toEqual(paths.slice(0, 3).map((p) => statSync(p).size));
    const all: number[] = [];
    for await (const s of expandInputs(['fixtures/seeds/004_8edc742d7bef5736.txt', 'fixtures/check'], false, () => undefined, (bytes) => all.push(bytes) > 0)) void s;
    expect(all.length).toBe((await expand(['fixtures/seeds/004_8edc742d7bef5736.txt', 'fixtures/check'])).length);
    expect(all[0]).toBe(statSync('fixtures/seeds/004_8edc742d7bef5736.txt').size);
  });
});
