// The tests that spawn bin/vnews.js run dist/, so vitest's global setup (vitest.config.ts) builds
// dist/ again first whenever a source is newer than the last build: `npx vitest run test/x.test.ts`
// after editing src/ tests the code as edited. `npm run build` writes the stamp: dist/.building
// before tsc, renamed to dist/.built once the build is done, so the stamp's time is the time the
// build began and a file saved while tsc ran still counts as newer.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/** What the build reads, relative to the project root: the sources and the compiler's settings. */
export const BUILD_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json'];
/** Written by `npm run build` when it is done; its modification time is when the build began. */
export const BUILD_STAMP = 'dist/.built';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file and folder under `path`, with `path` itself (a folder's time changes when an entry is added, removed or renamed). */
function* entries(path: string): Generator<{ path: string; mtimeMs: number }> {
  let st;
  try {
    st = statSync(path);
  } catch {
    return;
  }
  yield { path, mtimeMs: st.mtimeMs };
  if (st.isDirectory()) for (const name of readdirSync(path).sort()) yield* entries(join(path, name));
}

/**
 * Why `root`'s build is stale, or undefined when it is fresh: the stamp is missing, or the inputs
 * newer than it (the first few named).
 */
export function whyStale(root: string, inputs: readonly string[] = BUILD_INPUTS, stamp: string = BUILD_STAMP): string | undefined {
  let built: number;
  try {
    built = statSync(join(root, stamp)).mtimeMs;
  } catch {
    return `${stamp} is missing`;
  }
  const newer: string[] = [];
  for (const input of inputs) for (const e of entries(join(root, input))) if (e.mtimeMs > built) newer.push(relative(root, e.path) || '.');
  if (newer.length === 0) return undefined;
  const shown = newer.slice(0, 3).join(', ');
  return `${shown}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''} newer than ${stamp}`;
}

/** Runs `npm run build` in `root`; throws with its output when it fails. */
export function npmRunBuild(root: string): void {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`npm run build failed (status ${r.status ?? r.signal ?? r.error?.message}):\n${r.stdout}${r.stderr}`);
}

/**
 * Builds `root` when it is stale (`build`, by default `npm run build`); says so on stderr. Returns
 * why it built, or undefined when the build was fresh and nothing ran.
 */
export function ensureBuilt(root: string, build: (root: string) => void = npmRunBuild, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string | undefined {
  const why = whyStale(root);
  if (why === undefined) return undefined;
  const start = Date.now();
  build(root);
  log(`vitest setup: built dist/ (${why}) in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  const still = whyStale(root);
  if (still !== undefined) log(`vitest setup: still stale after the build: ${still} (a file dated in the future?)`);
  return why;
}

/** vitest's global setup (vitest.config.ts): before the run, and before each rerun in watch mode. */
export function setup(project?: TestProject): void {
  ensureBuilt(ROOT);
  project?.onTestsRerun(() => {
    ensureBuilt(ROOT);
  });
}
