// `npm run bench:segment [-- DIR]`: the segment benchmark alone (segment.ts), DIR defaulting to fixtures/.
import { benchSegment } from './segment.js';

for (const line of await benchSegment(process.argv[2] ?? 'fixtures')) console.log(line);
