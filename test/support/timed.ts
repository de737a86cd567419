// `npm test`'s steps (`tsx test/support/timed.ts NAME=COMMAND...`): runs each shell command in turn,
// stops at the first that fails, and ends with one line on how long each took and in all, on stderr:
//   npm test: build 11.8 s, typecheck 20.1 s, lint 30.4 s, vitest 252.3 s; 314.6 s in all
// The exit status is that of the step that failed, else 0.
import { spawnSync } from 'node:child_process';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const start = performance.now();
const done: string[] = [];
let status = 0;
for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=');
  const [name, command] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, arg];
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
