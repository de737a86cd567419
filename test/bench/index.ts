// `npm run bench [-- DIR [REPEAT_MB]]`: speed and memory, measured, never asserted by a test.
// DIR defaults to fixtures/; REPEAT_MB (default 0) also runs the extract CLI on DIR copied to that size.
import { benchExtract } from './extract.js';
import { benchSegment } from './segment.js';

const dir = process.argv[2] ?? 'fixtures';
const repeatMB = Number(process.argv[3] ?? 0);
for (const line of await benchExtract(dir, repeatMB)) console.log(line);
for (const line of await benchSegment(dir)) console.log(line);
