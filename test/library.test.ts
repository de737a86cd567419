// The library's multi-file loop (src/index.ts: runFiles, extractFiles, the task table): what a
// script gets is what the command line prints, in input order, in this thread and in workers.
// Worker threads run the built code (dist/, which vitest's global setup keeps up to date).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { extract, extractFiles, TASKS, type Document, type TaskName } from '../src/index.js';

const seeds = fg.sync('fixtures/seeds/*.txt').sort();

/** The built library (dist/), whose worker threads run built code: the same API as src/. */
const builtLibrary = async () => (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

async function collect<R>(gen: AsyncGenerator<{ path: string; files: number } & ({ value: R } | { error: string })>) {
  const out: ({ path: string; value: R } | { path: string; error: string })[] = [];
  for await (const m of gen) out.push('value' in m ? { path: m.path, value: m.value } : { path: m.path, error: m.error });
  return out;
}

describe('extractFiles', () => {
  it("gives each seed's document, in input order, as extract() gives it", async () => {
    const got = await collect<Document>(extractFiles(['fixtures/seeds/']));
    expect(got.map((g) => g.path)).toEqual(seeds);
    for (const g of got) {
      expect('value' in g).toBe(true);
      if ('value' in g) expect(g.value).toEqual(extract(readFileSync(g.path, 'utf8'), { path: g.path }));
    }
    expect(got.some((g) => 'value' in g && g.value.officials.length > 0)).toBe(true);
  });

  it('only the kinds asked for; an input that cannot be read is an error in its place, and the run goes on', async () => {
    const got = await collect<Document>(extractFiles([seeds[0] as string, 'fixtures/no-such.txt', seeds[1] as string], { only: ['figures'] }));
    expect(got.map((g) => g.path)).toEqual([seeds[0], 'fixtures/no-such.txt', seeds[1]]);
    expect(got[1]).toEqual({ path: 'fixtures/no-such.txt', error: expect.stringMatching(/no such file/) });
    const first = got[0] as { value: Document };
    expect(first.value.officials).toEqual([]);
    expect(first.value.figures.length).toBeGreaterThan(0);
  });

  it('the same documents from worker threads (the built library, --jobs 3)', async () => {
    const built = await builtLibrary();
    const one = await collect<Document>(built.extractFiles(['fixtures/seeds/'], { jobs: 1 }));
    const three = await collect<Document>(built.extractFiles(['fixtures/seeds/'], { jobs: 3 }));
    expect(three).toEqual(one);
    expect(one).toHaveLength(seeds.length);
  });
});

describe('the task table', () => {
  const article = readFileSync(seeds[0] as string, 'utf8');
  /** Options for every task, as the commands make them. */
  const OPTIONS: Record<TaskName, unknown> = {
    extract: { kinds: ['officials', 'conferences', 'dates', 'figures'], clean: true },
    extractJson: { kinds: ['officials', 'figures'], clean: true },
    segmentText: { clean: true },
    segment: { clean: true },
    cleanText: {},
    cleanDocument: {},
    officials: { clean: true },
    conferences: { clean: true },
    figures: { clean: true, filters: {} },
    check: { clean: true },
    dedupe: { clean: true },
    quotes: { clean: true },
    kwic: { pattern: 'Hội nghị', regex: false, width: 30, clean: true },
    plot: { pattern: 'Hội nghị', regex: false, clean: true },
    collocations: { word: 'hợp tác', left: 3, right: 3, clean: true },
    freq: { clean: true },
    ngrams: { clean: true, sizes: [2] },
  };

  it('names every task once, and each builds and runs on a seed', async () => {
    expect(Object.keys(OPTIONS).sort()).toEqual(Object.keys(TASKS).sort());
    for (const name of Object.keys(TASKS) as TaskName[]) {
      const built = await (TASKS[name] as (o: unknown) => Promise<{ fn: (t: string, p: string) => unknown; fold?: (a: unknown, b: unknown) => unknown }>)(OPTIONS[name]);
      const value = built.fn(article, 'a.txt');
      expect(value, name).toBeDefined();
      // A fold merges two articles' results into the first, which it returns.
      if (built.fold) expect(built.fold(built.fn(article, 'a.txt'), value), name).toBeDefined();
    }
  });

  it('summaries folded in a worker give what folding each article here gives (officials, freq)', async () => {
    const built = await builtLibrary();
    for (const name of ['officials', 'freq'] as const) {
      const here = await TASKS[name]({ clean: true });
      let folded: unknown;
      for (const path of seeds) {
        const v = here.fn(readFileSync(path, 'utf8'), path);
        folded = folded === undefined ? v : (here.fold as (a: unknown, b: unknown) => unknown)(folded, v);
      }
      const parts = await collect(built.runFiles(seeds, name, { clean: true }, { jobs: 2, fold: true }));
      let merged: unknown;
      for (const p of parts) if ('value' in p) merged = merged === undefined ? p.value : (here.fold as (a: unknown, b: unknown) => unknown)(merged, p.value);
      expect(JSON.stringify(merged), name).toBe(JSON.stringify(folded));
    }
  });
});
