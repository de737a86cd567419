import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// `npm run test:fast` (`vitest run --mode fast`) leaves out these files and tests, slow for what
// they add to a quick check (`npm test` runs everything): what stays covers each kind (its
// examples, the seeds, the JSON contract), the library's units and the CLI's basics.
export const SLOW_FILES = [
  'test/fuzz.test.ts', // property tests over arbitrary text
  'test/scale.test.ts', // large runs, -j and GNU parallel shards
  'test/pathological.test.ts', // every extractor on megabytes of adversarial text
  'test/check-events.test.ts', // check's HTML report opened in headless Chromium
  'test/hardening*.test.ts', // the CLI on bad input and output, interrupts, partials, no native addons: hundreds of runs
  'test/frictions.test.ts', // the CLI as a user meets it, on a terminal too: a hundred runs
  'test/encoding.test.ts', // every encoding through the CLI
  'test/{freq,kwic,dedupe,check}.test.ts', // the word-list, concordance, duplicate and check commands through the CLI
];
export const SLOW_TESTS = [
  'a 10 MB single-line file works', // test/cli.test.ts: 10 MB through the CLI, half of that file's time
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(mode === 'fast' ? SLOW_FILES : [])],
    // fast: a worker a core, not vitest's one less (most tests wait on the CLI they spawn)
    ...(mode === 'fast' ? { testNamePattern: new RegExp(`^(?!.*(${SLOW_TESTS.map(escape).join('|')}))`), maxWorkers: availableParallelism() } : {}),
    testTimeout: 30_000,
    // Builds dist/ again when src/ is newer than it, so a test that runs bin/vnews.js never runs stale code.
    globalSetup: ['test/support/build.ts'],
  },
}));
