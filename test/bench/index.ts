// `npm run bench [-- DIR [REPEAT_MB]]`: speed and memory, measured, never asserted by a test.
// DIR defaults to fixtures/; REPEAT_MB (default 0) also runs the CLI commands on DIR copied to that size.
import { benchExtract } from './extract.js';
import { benchSegment } from './segment.js';
import { benchCorpus } from './corpus.js';
import fg from 'fast-glob';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'fixtures';
const repeatMB = Number(process.argv[3] ?? 0);
for (const line of await benchExtract(dir, repeatMB)) console.log(line);
for (const line of await benchSegment(dir)) console.log(line);
const dirMB = fg.sync('**/*.txt', { cwd: dir }).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / (1024 * 1024);
for (const line of benchCorpus(dir, repeatMB, dirMB)) console.log(line);
