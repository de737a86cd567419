// `npm test`'s steps (`tsx test/support/timed.ts NAME=COMMAND...`): runs each shell command in turn,
// stops at the first that fails, and ends with one line on how long each took and in all, on stderr:
//   npm test: build 8.2 s, typecheck 32.7 s, lint 18.3 s, vitest 523.0 s; 582.2 s in all
// Arguments that are not NAME=COMMAND go to the last command, as `npm test -- FILTER` gave them to
// `vitest run` before. The exit status is that of the step that failed, else 0.
import { spawnSync } from 'node:child_process';

const quote = (s: string) => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const steps: { name: string; command: string }[] = [];
for (const arg of process.argv.slice(2)) {
  const m = /^(\w[\w:-]*)=(.*)$/s.exec(arg);
  const last = steps[steps.length - 1];
  if (m) steps.push({ name: m[1]!, command: m[2]! });
  else if (last) last.command += ` ${quote(arg)}`;
  else steps.push({ name: arg, command: arg });
}

const start = performance.now();
const done: string[] = [];
let status = 0;
for (const { name, command } of steps) {
  const t = performance.now();
  const r = spawnSync(command, { shell: true, stdio: 'inherit' });
  done.push(`${name} ${seconds(performance.now() - t)}`);
  status = r.status ?? 1;
  if (status !== 0) {
    done[done.length - 1] += ` (failed, status ${r.status ?? r.signal})`;
    break;
  }
}
const event = process.env.npm_lifecycle_event;
const label = event === 'test' ? 'npm test' : event !== undefined && event !== 'npx' ? `npm run ${event}` : 'timed';
process.stderr.write(`${label}: ${done.join(', ')}; ${seconds(performance.now() - start)} in all\n`);
process.exitCode = status;
