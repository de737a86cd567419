// `npm run bench [-- DIR [REPEAT_MB]]`: speed and memory, measured, never asserted by a test.
// DIR defaults to fixtures/. With REPEAT_MB, the scale section also runs extract and freq on DIR
// repeated to REPEAT_MB / 10 and to REPEAT_MB (--jobs 1 and 2, peak RSS, 4 shards + merge);
// `npm run bench -- ../shared/corpus 500` is issue 7's benchmark (about half an hour). Last,
// issue 8's pathological inputs (pathological.ts; `npm run bench:pathological` runs it alone).
// Before those, issue 20's speed figures as ratios (speed.ts; `npm run bench:speed` runs them
// alone), with `--old FOLDER` another build's figures beside them, run interleaved.
import { benchExtract } from './extract.js';
import { benchSegment } from './segment.js';
import { benchCorpus } from './corpus.js';
import { benchScale } from './scale.js';
import { benchPathological } from './pathological.js';
import { benchSpeed } from './speed.js';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { old: { type: 'string' }, runs: { type: 'string' } } });
const dir = positionals[0] ?? 'fixtures';
const repeatMB = Number(positionals[1] ?? 0);
const print = (lines: string[]) => {
  for (const line of lines) console.log(line);
};
print(await benchExtract(dir, 0));
print(await benchSegment(dir));
const dirMB = fg.sync('**/*.txt', { cwd: dir }).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / (1024 * 1024);
print(benchCorpus(dir, 0, dirMB));
if (repeatMB > 0) print(benchScale(dir, repeatMB / 10, repeatMB));
print(benchSpeed(dir, { ...(values.old !== undefined ? { old: resolve(values.old) } : {}), new: process.cwd() }, Number(values.runs ?? 3)));
print(await benchPathological());
