// Scale, for issue 7: on DIR repeated to SMALL_MB and to BIG_MB, throughput and peak RSS of
// `extract --format ndjson` and `freq` with --jobs 1 and --jobs 2 (ratio), and `freq` in 4 shards
// run by GNU parallel (2 at a time, -j 1 each) then merged, against one run with --jobs 2. Every
// figure comes from running the CLI, as a user would; peak RSS covers the worker threads too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { cliRun, repeatTo } from './extract.js';

const MB = 1024 * 1024;

interface Measured {
  seconds: number;
  rssMB: number;
}

function sizeMB(dir: string): number {
  return fg.sync('**/*.txt', { cwd: dir, stats: true }).reduce((sum, e) => sum + (e.stats?.size ?? 0), 0) / MB;
}

/** 4 shards + merge of `freq`, under GNU parallel: the wall time of the shards, of the merge, and whether the answer is the single run's. */
function sharded(dir: string, single: string): { shards: number; merge: number; same: boolean } {
  const work = mkdtempSync(join(tmpdir(), 'vnews-shards-'));
  try {
    const bin = join(process.cwd(), 'bin/vnews.js');
    const files = fg.sync('**/*.txt', { cwd: dir, absolute: true }).sort();
    const per = Math.ceil(files.length / 4);
    writeFileSync(join(work, 'files'), `${files.join('\n')}\n`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', `parallel --pipe -N ${per} --keep-order -j 2 'node ${bin} -j 1 --files-from - freq --format json --partial -' < files > partials.ndjson`], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error('sharded run failed (is GNU parallel installed?)');
    spawnSync('bash', ['-c', `node ${bin} merge partials.ndjson > merged.json`], { cwd: work, stdio: 'inherit' });
    const t2 = process.hrtime.bigint();
    return { shards: Number(t1 - t0) / 1e9, merge: Number(t2 - t1) / 1e9, same: readFileSync(join(work, 'merged.json'), 'utf8') === single };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function benchScale(dir: string, smallMB: number, bigMB: number): string[] {
  const lines: string[] = [];
  const singleFile = join(mkdtempSync(join(tmpdir(), 'vnews-single-')), 'freq.json');
  const runs: Record<string, Record<number, Record<1 | 2, Measured>>> = { extract: {}, freq: {} };
  for (const target of [smallMB, bigMB]) {
    const copy = repeatTo(dir, target);
    try {
      const mb = sizeMB(copy);
      for (const [name, args] of [
        ['extract', ['extract', '--format', 'ndjson']],
        ['freq', ['freq', '--format', 'json']],
      ] as const) {
        const byJobs = (runs[name] as Record<number, Record<1 | 2, Measured>>)[target] = {} as Record<1 | 2, Measured>;
        for (const jobs of [1, 2] as const) {
          // The big freq -j 2 run is also the single run the shards are compared with.
          const keep = name === 'freq' && jobs === 2 && target === bigMB ? singleFile : undefined;
          const m = cliRun(copy, ['--no-progress', '-j', String(jobs), ...args], keep);
          byJobs[jobs] = m;
          lines.push(`scale    ${name.padEnd(7)} ${mb.toFixed(0).padStart(4)} MB -j ${jobs}: ${m.seconds.toFixed(1)} s = ${(mb / m.seconds).toFixed(2)} MB/s, peak RSS ${m.rssMB.toFixed(0)} MB`);
        }
        lines.push(`scale    ${name.padEnd(7)} ${mb.toFixed(0).padStart(4)} MB: -j 2 is ${(byJobs[1].seconds / byJobs[2].seconds).toFixed(2)}× the throughput of -j 1`);
      }
      if (target === bigMB) {
        const single = readFileSync(singleFile, 'utf8');
        const singleSeconds = (runs.freq?.[bigMB]?.[2] as Measured).seconds;
        const s = sharded(copy, single);
        lines.push(
          `scale    freq    ${mb.toFixed(0).padStart(4)} MB in 4 shards (GNU parallel -j 2, vnews -j 1 each) ${s.shards.toFixed(1)} s + merge ${s.merge.toFixed(1)} s = ${(s.shards + s.merge).toFixed(1)} s, ` +
            `vs one run -j 2 ${singleSeconds.toFixed(1)} s (${((s.shards + s.merge) / singleSeconds).toFixed(2)}×); merged answer ${s.same ? 'identical' : 'DIFFERENT'}`,
        );
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  for (const name of ['extract', 'freq']) {
    for (const jobs of [1, 2] as const) {
      const small = runs[name]?.[smallMB]?.[jobs];
      const big = runs[name]?.[bigMB]?.[jobs];
      if (small && big) lines.push(`scale    ${name.padEnd(7)} -j ${jobs}: peak RSS ${small.rssMB.toFixed(0)} MB at ${smallMB} MB, ${big.rssMB.toFixed(0)} MB at ${bigMB} MB (${(big.rssMB / small.rssMB).toFixed(2)}× for ${(bigMB / smallMB).toFixed(0)}× the input)`);
    }
  }
  return lines;
}
