// `npm run bench`: benchmarks, printed as lines of report. Usage: tsx test/bench/index.ts [dir]
import { benchSegment } from './segment.js';

const dir = process.argv[2] ?? 'fixtures/seeds';
for (const line of await benchSegment(dir)) console.log(line);
