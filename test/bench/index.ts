// `npm run bench [-- DIR [REPEAT_MB]]`: speed and memory, measured, never asserted by a test.
// DIR defaults to fixtures/; REPEAT_MB (default 0) also runs the CLI on DIR copied to that size.
import { benchExtract } from './extract.js';

const dir = process.argv[2] ?? 'fixtures';
const repeatMB = Number(process.argv[3] ?? 0);
for (const line of await benchExtract(dir, repeatMB)) console.log(line);
