// Instructions, counted by valgrind, of the runs bench:speed times: on a shared VM, CPU-seconds of
// the same build differ by 10 to 30 per cent from run to run, and a change of a few per cent is
// lost in them; valgrind's count of instructions (cachegrind, no cache simulation) repeats to
// about 0.2 per cent run after run (it drifted 2 to 3 per cent for one build between counts an
// hour apart, so builds are compared within one bench, run one after the other). Each case runs once per build, under `node --single-threaded` for the
// corpus (V8 then compiles on the main thread, so its compiling is counted too, and when it is
// done no longer depends on timing), as is for the start-up cases. Needs valgrind (Debian's
// `valgrind`); about 3 minutes a build for the corpus, 50 to 100 times its own time.
//   corpus -j 1   extract --format ndjson DIR, node --single-threaded (the code cache is then
//                 refused, as the flags differ: compiled as usual, in both builds)
//   tiny          one small article, with the code cache
//   --help        the help
//   bare node     node -e 0, the floor of the two above
// `npm run bench:instructions -- [DIR] [--old DIR] [--only corpus|start]`
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TINY } from './speed.js';

/** Instructions valgrind counts for `node ARGS` in `cwd`, output thrown away. */
function instructions(cwd: string, args: readonly string[]): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', 'node', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error !== undefined) throw new Error(`valgrind: ${r.error.message} (apt-get install valgrind)`);
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (m === null || (r.status !== 0 && r.status !== 1)) throw new Error(`valgrind node ${args.join(' ')} in ${cwd}: exit ${r.status}\n${r.stderr.slice(-2000)}`);
  return Number((m[1] as string).replaceAll(',', ''));
}

export function benchInstructions(dir: string, builds: Record<string, string>, only?: 'corpus' | 'start'): string[] {
  const corpus = resolve(dir);
  const cases: Record<string, { args: readonly string[]; of: 'corpus' | 'start' }> = {
    'corpus -j 1': { args: ['--single-threaded', 'bin/vnews.js', '-j', '1', '--no-progress', 'extract', '--format', 'ndjson', corpus], of: 'corpus' },
    tiny: { args: ['bin/vnews.js', '-j', '1', '--no-progress', 'extract', '--format', 'ndjson', TINY], of: 'start' },
    '--help': { args: ['bin/vnews.js', '--help'], of: 'start' },
  };
  const lines = [`instructions    valgrind's count, billions${Object.keys(builds).length > 1 ? `, ${Object.keys(builds).join(' vs ')}` : ''}`];
  const bare = only === 'corpus' ? undefined : instructions(process.cwd(), ['-e', '0']);
  if (bare !== undefined) lines.push(`instructions    ${'bare node'.padEnd(14)} ${(bare / 1e9).toFixed(3)}`);
  for (const [name, c] of Object.entries(cases)) {
    if (only !== undefined && c.of !== only) continue;
    const counts = Object.values(builds).map((root) => instructions(root, c.args));
    const shown = Object.keys(builds).map((b, i) => `${b} ${((counts[i] as number) / 1e9).toFixed(3)}`).join('  ');
    const ratio = counts.length === 2 ? `   new/old ${((counts[1] as number) / (counts[0] as number)).toFixed(3)}` : '';
    const overBare = bare !== undefined && c.of === 'start' ? `   new over bare node ${(((counts.at(-1) as number) - bare) / 1e9).toFixed(3)}` : '';
    lines.push(`instructions    ${name.padEnd(14)} ${shown}${ratio}${overBare}`);
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { old: { type: 'string' }, only: { type: 'string' } } });
  if (values.only !== undefined && values.only !== 'corpus' && values.only !== 'start') throw new Error(`--only ${values.only}: corpus or start`);
  const builds: Record<string, string> = {};
  if (values.old !== undefined) {
    if (!existsSync(join(values.old, 'bin/vnews.js'))) throw new Error(`--old ${values.old}: no built vnews there`);
    builds.old = resolve(values.old);
  }
  builds.new = process.cwd();
  for (const line of benchInstructions(positionals[0] ?? '../shared/corpus', builds, values.only as 'corpus' | 'start' | undefined)) console.log(line);
}
