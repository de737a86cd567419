// The regex floor of issue 20: a process that reads every .txt file below DIR and runs four
// regular expressions over each (names, numbers, dates, conferences): what any tool must pay to
// look at the text at all. `node test/bench/floor.mjs DIR` prints how many matches it found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REGEXES = [/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu, /\d+(?:[.,]\d+)*/g, /ngày \d{1,2}\/\d{1,2}(?:\/\d{4})?/g, /Hội nghị[^.\n]{0,60}lần thứ \S+/g];
const dir = process.argv[2] ?? '.';
let found = 0;
for (const f of readdirSync(dir, { recursive: true })) {
  if (typeof f !== 'string' || !f.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, f), 'utf8');
  for (const re of REGEXES) found += text.match(re)?.length ?? 0;
}
console.log(found);
