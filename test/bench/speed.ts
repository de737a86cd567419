// Issue 20's figures, whole process, as ratios, for this build and (with --old DIR, the folder
// of another build, e.g. `git worktree add /tmp/old 8f2be72 && cd /tmp/old && npm ci && npm run
// build`) the old one, run interleaved (old, new, old, new...) and each figure the median of
// --runs runs (default 3): the machine may be busy, and CPU-seconds are the steadier figure.
//   floor        a process that reads every file and runs four regexes (floor.mjs)
//   corpus -j 1  extract --format ndjson DIR in one thread: wall and CPU, as a multiple of the floor
//   default      the same with --jobs left to its default: the speed of -j 1 over it (>= 1 is the aim)
//   x8 -j 1/-j 2 DIR copied 8 times: CPU and wall of -j 2 over -j 1
//   marginal     (x8 bytes - DIR bytes) / (CPU x8 - CPU DIR), -j 1: MB per CPU-second past the first copy
//   tiny         one small article, and bare `node -e 0` (these and --help run 7 times a round)
//   --help       against bare node
//   stages       in process, code warm: MB per CPU-second of cleaning, tokenizing and each kind (stages.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { repeatTo } from './extract.js';

const MB = 1024 * 1024;
const PROBE = new URL('./rss-probe.mjs', import.meta.url).pathname;
const FLOOR = new URL('./floor.mjs', import.meta.url).pathname;
const STAGES = new URL('./stages.mjs', import.meta.url).pathname;
/** The small article of the start-up cases (also bench:instructions'). */
export const TINY = resolve('fixtures/seeds/002_021c48eba725d1ab.txt');

interface Run {
  wall: number;
  cpu: number;
}

/** `node ARGS` in `cwd`, output thrown away: wall seconds and CPU-seconds (every thread). */
function run(cwd: string, args: readonly string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('node', ['--import', PROBE, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * MB });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = r.stderr.match(/cpu_us=(\d+)/);
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} in ${cwd}: exit ${r.status}\n${r.stderr}`);
  return { wall, cpu: m ? Number(m[1]) / 1e6 : NaN };
}

/** Cases of a tenth of a second, run SHORT_REPEATS times a round: a median of 3 of them was noise (one of 3 runs of --help took 1.4x the others). */
const SHORT = new Set(['node', 'help', 'tiny']);
const SHORT_REPEATS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const sizeMB = (dir: string) => fg.sync('**/*.txt', { cwd: dir, stats: true }).reduce((s, e) => s + (e.stats?.size ?? 0), 0) / MB;

type Figures = Record<string, Run>;

export function benchSpeed(dir: string, builds: Record<string, string>, runs = 3): string[] {
  const corpus = resolve(dir);
  const big = repeatTo(corpus, sizeMB(corpus) * 7.999);
  const cases: Record<string, (root: string) => readonly string[]> = {
    node: () => ['-e', '0'],
    help: () => ['bin/vnews.js', '--help'],
    tiny: () => ['bin/vnews.js', '-j', '1', '--no-progress', 'extract', '--format', 'ndjson', TINY],
    floor: () => [FLOOR, corpus],
    'corpus -j 1': () => ['bin/vnews.js', '-j', '1', '--no-progress', 'extract', '--format', 'ndjson', corpus],
    'corpus default': () => ['bin/vnews.js', '--no-progress', 'extract', '--format', 'ndjson', corpus],
    'x8 -j 1': () => ['bin/vnews.js', '-j', '1', '--no-progress', 'extract', '--format', 'ndjson', big],
    'x8 -j 2': () => ['bin/vnews.js', '-j', '2', '--no-progress', 'extract', '--format', 'ndjson', big],
    'x8 default': () => ['bin/vnews.js', '--no-progress', 'extract', '--format', 'ndjson', big],
  };
  const samples: Record<string, Record<string, Run[]>> = {};
  const stageSamples: Record<string, Record<string, number>[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(cases)) {
        for (let rep = 0; rep < (SHORT.has(name) ? SHORT_REPEATS : 1); rep++) {
          for (const [build, root] of Object.entries(builds)) {
            ((samples[build] ??= {})[name] ??= []).push(run(root, args(root)));
          }
        }
      }
      for (const [build, root] of Object.entries(builds)) {
        const r = spawnSync('node', [STAGES, join(root, 'dist'), corpus], { encoding: 'utf8' });
        (stageSamples[build] ??= []).push(JSON.parse(r.stdout) as Record<string, number>);
      }
    }
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
  const mb = sizeMB(corpus);
  const figures: Record<string, Record<string, number>> = {};
  // The floor and bare node run no build: every build's ratios divide by the median of all their runs.
  for (const name of ['floor', 'node']) {
    const all = Object.values(samples).flatMap((byCase) => byCase[name] ?? []);
    for (const byCase of Object.values(samples)) byCase[name] = all;
  }
  for (const [build, byCase] of Object.entries(samples)) {
    const f: Figures = {};
    for (const [name, rs] of Object.entries(byCase)) f[name] = { wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)) };
    const g = (n: string) => f[n] as Run;
    const out: Record<string, number> = {
      'corpus -j 1 wall s': g('corpus -j 1').wall,
      'corpus -j 1 CPU s': g('corpus -j 1').cpu,
      'floor wall s': g('floor').wall,
      'corpus -j 1 / floor, wall': g('corpus -j 1').wall / g('floor').wall,
      'corpus -j 1 / floor, CPU': g('corpus -j 1').cpu / g('floor').cpu,
      'corpus default: speed of -j 1 over it (wall)': g('corpus -j 1').wall / g('corpus default').wall,
      'x8 -j 1 wall s': g('x8 -j 1').wall,
      'x8 -j 1 CPU s': g('x8 -j 1').cpu,
      'x8 -j 2 wall s': g('x8 -j 2').wall,
      'x8 -j 2 CPU s': g('x8 -j 2').cpu,
      'x8 -j 2 / -j 1, CPU': g('x8 -j 2').cpu / g('x8 -j 1').cpu,
      'x8 -j 2 / -j 1, wall': g('x8 -j 2').wall / g('x8 -j 1').wall,
      'x8 default: speed of -j 1 over it (wall)': g('x8 -j 1').wall / g('x8 default').wall,
      'marginal MB per CPU-s past the first copy': (7 * mb) / (g('x8 -j 1').cpu - g('corpus -j 1').cpu),
      'tiny file wall s': g('tiny').wall,
      'bare node wall s': g('node').wall,
      'tiny / bare node, wall': g('tiny').wall / g('node').wall,
      '--help / bare node, wall': g('help').wall / g('node').wall,
      '--help / bare node, CPU': g('help').cpu / g('node').cpu,
    };
    const stages = stageSamples[build] ?? [];
    for (const k of Object.keys(stages[0] ?? {})) out[`stage ${k}, MB per CPU-s (warm)`] = median(stages.map((s) => s[k] as number));
    figures[build] = out;
  }
  const names = Object.keys(builds);
  const lines = [`speed    ${dir} (${mb.toFixed(2)} MB) and its x8 copy, medians of ${runs} interleaved runs${names.length > 1 ? `, ${names.join(' vs ')}` : ''}`];
  for (const key of Object.keys(figures[names[0] as string] ?? {})) {
    const vals = names.map((n) => figures[n]?.[key] as number);
    const ratio = vals.length === 2 ? `   new/old ${((vals[1] as number) / (vals[0] as number)).toFixed(2)}` : '';
    lines.push(`speed    ${key.padEnd(48)} ${vals.map((v, i) => `${names[i]} ${v.toFixed(2).padStart(7)}`).join('  ')}${ratio}`);
  }
  return lines;
}

// `npm run bench:speed -- [DIR] [--old DIR] [--runs N]`
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const { parseArgs } = await import('node:util');
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { old: { type: 'string' }, runs: { type: 'string' } } });
  const dir = positionals[0] ?? '../shared/corpus';
  const builds: Record<string, string> = {};
  if (values.old !== undefined) {
    if (!existsSync(join(values.old, 'dist')) || !statSync(join(values.old, 'bin/vnews.js')).isFile()) throw new Error(`--old ${values.old}: no built vnews there`);
    builds.old = resolve(values.old);
  }
  builds.new = process.cwd();
  for (const line of benchSpeed(dir, builds, Number(values.runs ?? 3))) console.log(line);
}
