// The progress bar: silent off a terminal and on short runs, its figures, its width; and the
// background count of what the inputs name.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress, countInputs, type ProgressOptions } from '../src/cli/progress.js';

/** A stream that records what is written, and a clock the test moves. */
function setup(tty: { isTTY?: boolean; columns?: number } = { isTTY: true, columns: 100 }, options: ProgressOptions = {}) {
  const writes: string[] = [];
  const stream = { ...tty, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  const clock = { t: 0 };
  const progress = new Progress({ stream, enabled: true, now: () => clock.t, ...options });
  return { writes, clock, progress };
}

/** What a write shows: without the carriage return and the erase-line sequence. */
function visible(s: string): string {
  return s.replaceAll('\r', '').replaceAll('\x1b[K', '');
}

describe('Progress', () => {
  it('writes nothing when the stream is not a terminal, even when enabled', () => {
    for (const tty of [{ isTTY: false, columns: 80 }, {}]) {
      const { writes, clock, progress } = setup(tty);
      clock.t = 5000;
      progress.setTotals(2, 2000);
      progress.tick(1000);
      progress.clear();
      progress.tick(1000);
      progress.done();
      expect(writes).toEqual([]);
    }
  });

  it('writes nothing when disabled', () => {
    const { writes, clock, progress } = setup(undefined, { enabled: false });
    clock.t = 5000;
    progress.tick(1000);
    progress.done();
    expect(writes).toEqual([]);
  });

  it('writes nothing before the delay', () => {
    const { writes, clock, progress } = setup(undefined, { delayMs: 1000 });
    for (clock.t = 0; clock.t < 1000; clock.t += 100) progress.tick(1000);
    expect(writes).toEqual([]);
    clock.t = 1000;
    progress.tick(1000);
    expect(writes).toHaveLength(1);
  });

  it('VNEWS_PROGRESS_DELAY sets the delay in seconds; a value that is not a number from 0 leaves the default, one second', () => {
    const firstDraw = (value: string | undefined) => {
      const saved = process.env.VNEWS_PROGRESS_DELAY;
      if (value === undefined) delete process.env.VNEWS_PROGRESS_DELAY;
      else process.env.VNEWS_PROGRESS_DELAY = value;
      try {
        const { writes, clock, progress } = setup();
        for (clock.t = 0; writes.length === 0 && clock.t <= 5000; clock.t += 50) progress.tick(1000);
        return clock.t - 50;
      } finally {
        if (saved === undefined) delete process.env.VNEWS_PROGRESS_DELAY;
        else process.env.VNEWS_PROGRESS_DELAY = saved;
      }
    };
    expect(firstDraw(undefined)).toBe(1000);
    expect(firstDraw('0.25')).toBe(250);
    expect(firstDraw('0')).toBe(0);
    expect(firstDraw('3')).toBe(3000);
    for (const bad of ['', 'abc', '-1', '1s', '1e3']) expect(firstDraw(bad), bad).toBe(1000);
  });

  it('after the delay: files, MB, rate and ETA, redrawn in place', () => {
    const { writes, clock, progress } = setup();
    progress.setTotals(10, 10_000_000);
    clock.t = 500;
    progress.tick(1_000_000);
    clock.t = 2000;
    progress.tick(1_000_000);
    expect(writes).toHaveLength(1);
    const line = writes[0] as string;
    expect(line.startsWith('\r')).toBe(true);
    // 2 MB in 2 s: 1 MB/s; 8 MB to go: 8 s.
    expect(line).toContain('2/10 files · 2.0/10.0 MB · 1.0 MB/s · ETA 0:08');
    expect(visible(line)).toMatch(/^\[#{6}\.{24}\] {2}2\/10 files/);
  });

  it('without totals: files, MB and rate, no bar and no ETA', () => {
    const { writes, clock, progress } = setup();
    clock.t = 4000;
    for (let i = 0; i < 1234; i++) progress.tick(12_000);
    expect(visible(writes[0] as string)).toBe('1 file · 0.0 MB · 0.0 MB/s');
    clock.t = 10_000;
    progress.tick(12_000);
    // 1,235 files of 12 kB: 14.82 MB in 10 s.
    expect(visible(writes.at(-1) as string)).toBe('1,235 files · 14.8 MB · 1.5 MB/s');
  });

  it('ETA as h:mm:ss from an hour on', () => {
    const { writes, clock, progress } = setup();
    progress.setTotals(70_000, 5_000_000_000);
    clock.t = 10_000;
    progress.tick(10_000_000);
    // 1 MB/s, 4,990 MB to go: 4,990 s.
    expect(writes[0]).toContain('1/70,000 files · 10.0/5,000.0 MB · 1.0 MB/s · ETA 1:23:10');
  });

  it('redraws at most every intervalMs; after clear() at the next tick', () => {
    const { writes, clock, progress } = setup(undefined, { intervalMs: 200 });
    clock.t = 1000;
    progress.tick(1);
    clock.t = 1100;
    progress.tick(1);
    expect(writes).toHaveLength(1);
    clock.t = 1200;
    progress.tick(1);
    expect(writes).toHaveLength(2);
    progress.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    clock.t = 1210;
    progress.tick(1);
    expect(writes).toHaveLength(4);
    expect(visible(writes.at(-1) as string)).toMatch(/^4 files/);
  });

  it('never wider than the terminal', () => {
    for (const columns of [200, 80, 60, 40, 30, 20, 12, 5, 1]) {
      for (const totals of [true, false]) {
        const { writes, clock, progress } = setup({ isTTY: true, columns });
        if (totals) progress.setTotals(70_000, 500_000_000_000);
        clock.t = 3_000;
        progress.tick(123_456_789_012);
        const line = visible(writes[0] as string);
        expect(line.length, `${columns} columns: ${line}`).toBeLessThan(columns === 1 ? 2 : columns);
        expect(line.length).toBeGreaterThan(0);
      }
    }
  });

  it('80 columns when the stream does not say', () => {
    const { writes, clock, progress } = setup({ isTTY: true });
    progress.setTotals(70_000, 500_000_000);
    clock.t = 3_000;
    progress.tick(123_400_000);
    const line = visible(writes[0] as string);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(line).toContain('ETA');
  });

  it('clear and done erase the line; done is idempotent and final', () => {
    const { writes, clock, progress } = setup();
    clock.t = 2000;
    progress.tick(1);
    progress.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const n = writes.length;
    progress.clear();
    expect(writes).toHaveLength(n);
    clock.t = 3000;
    progress.tick(1);
    progress.done();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const m = writes.length;
    progress.done();
    clock.t = 4000;
    progress.tick(1);
    progress.clear();
    progress.done();
    expect(writes).toHaveLength(m);
  });

  it('done before anything was drawn writes nothing', () => {
    const { writes, progress } = setup();
    progress.tick(1);
    progress.done();
    expect(writes).toEqual([]);
  });
});

describe('countInputs', () => {
  /** The .txt files below a directory, walked with fs (no dot-files, as fast-glob's default). */
  function walk(dir: string): { files: number; bytes: number } {
    const total = { files: 0, bytes: 0 };
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        const sub = walk(path);
        total.files += sub.files;
        total.bytes += sub.bytes;
      } else if (stat.isFile() && entry.name.endsWith('.txt')) {
        total.files += 1;
        total.bytes += stat.size;
      }
    }
    return total;
  }

  it('a directory: every .txt file below it', async () => {
    const expected = walk('fixtures');
    expect(expected.files).toBeGreaterThan(0);
    expect(await countInputs(['fixtures'])).toEqual(expected);
  });

  it('files, patterns and standard input', async () => {
    const seeds = walk('fixtures/seeds');
    const one = readdirSync('fixtures/seeds').find((f) => f.endsWith('.txt')) as string;
    const size = statSync(join('fixtures/seeds', one)).size;
    expect(await countInputs([join('fixtures/seeds', one), '-'])).toEqual({ files: 1, bytes: size });
    expect(await countInputs(['fixtures/seeds/*.txt'])).toEqual(seeds);
  });

  it('what is missing counts as nothing', async () => {
    expect(await countInputs(['no/such/path'])).toEqual({ files: 0, bytes: 0 });
    expect(await countInputs(['no/such/*.txt', 'no-such-file.txt'])).toEqual({ files: 0, bytes: 0 });
    expect(await countInputs([])).toEqual({ files: 0, bytes: 0 });
  });
});
