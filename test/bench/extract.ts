// Extract throughput (MB/s, in process, files already in memory) and the CLI's peak RSS over
// a directory in ndjson mode, for the directory as it is and repeated (memory must not grow).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Library = typeof import('../../src/index.js');
/** The built code (`npm run bench` builds first), as it ships; the sources when not built. */
const DIST = new URL('../../dist/index.js', import.meta.url);
const { extract } = (await import(existsSync(fileURLToPath(DIST)) ? DIST.href : '../../src/index.js')) as Library;

const MB = 1024 * 1024;
/** The in-process pass is repeated until it has run this long. */
const MIN_SECONDS = 5;

function corpus(dir: string): { path: string; text: string; bytes: number }[] {
  return fg
    .sync('**/*.txt', { cwd: dir })
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { path: f, text: buf.toString('utf8'), bytes: buf.length };
    });
}

/** Peak RSS (MB) and wall time of `vnews ARGS > /dev/null` (by default `extract --format ndjson DIR`). */
export function cliRun(dir: string, args: readonly string[] = ['extract', '--format', 'ndjson'], stdoutFile?: string): { rssMB: number; seconds: number } {
  const out = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/env', ['node', '--import', new URL('./rss-probe.mjs', import.meta.url).pathname, 'bin/vnews.js', ...args, dir], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (typeof out === 'number') closeSync(out);
  const m = r.stderr.match(/maxrss_kb=(\d+)/);
  return { rssMB: m ? Number(m[1]) / 1024 : NaN, seconds };
}

/** Copy the files of `dir` round after round into a temporary directory until it holds `mb` megabytes. */
export function repeatTo(dir: string, mb: number): string {
  const files = corpus(dir);
  const out = mkdtempSync(join(tmpdir(), 'vnews-bench-'));
  let total = 0;
  for (let round = 0; total < mb * MB; round++) {
    const sub = join(out, `r${String(round).padStart(4, '0')}`);
    mkdirSync(sub);
    for (const f of files) {
      writeFileSync(join(sub, f.path.replace(/\//g, '_')), f.text);
      total += f.bytes;
    }
  }
  return out;
}

export async function benchExtract(dir: string, repeatMB: number): Promise<string[]> {
  const lines: string[] = [];
  const files = corpus(dir);
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  // Warm up (lexicons, dictionary, JIT) with one full round before timing.
  for (const f of files) extract(f.text, { path: f.path });
  /** In process: repeat until at least MIN_SECONDS of work, to smooth timer noise. */
  const measure = (clean: boolean) => {
    let rounds = 0;
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < MIN_SECONDS || rounds < 1) {
      for (const f of files) extract(f.text, { path: f.path, clean });
      rounds++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    }
    const cpu = process.cpuUsage(c0);
    const mb = (bytes * rounds) / MB;
    return { rounds, wall: mb / elapsed, cpu: mb / ((cpu.user + cpu.system) / 1e6) };
  };
  const cleaned = measure(true);
  const raw = measure(false);
  lines.push(
    `extract  ${dir}: ${files.length} files, ${(bytes / MB).toFixed(2)} MB × ${cleaned.rounds} rounds: ${cleaned.wall.toFixed(2)} MB/s wall, ` +
      `${cleaned.cpu.toFixed(2)} MB per CPU-second (one thread, in process; CPU time is the steadier figure on a busy machine)`,
  );
  lines.push(`extract  without cleaning (--no-clean, the baseline): ${raw.cpu.toFixed(2)} MB per CPU-second; cleaning costs ${((raw.cpu / cleaned.cpu - 1) * 100).toFixed(0)}% (${(cleaned.cpu / raw.cpu).toFixed(2)}× the baseline's speed)`);

  const small = cliRun(dir);
  lines.push(`extract  CLI ndjson on ${dir}: ${small.seconds.toFixed(2)} s, peak RSS ${small.rssMB.toFixed(0)} MB`);
  if (repeatMB > 0) {
    const big = repeatTo(dir, repeatMB);
    try {
      const r = cliRun(big);
      lines.push(`extract  CLI ndjson on ${dir} repeated to ${repeatMB} MB: ${r.seconds.toFixed(2)} s = ${(repeatMB / r.seconds).toFixed(2)} MB/s, peak RSS ${r.rssMB.toFixed(0)} MB (${(r.rssMB / small.rssMB).toFixed(2)}× the single copy)`);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
  return lines;
}
