// Prints, per seed, the lines of gold boilerplate that `clean` cuts and the story it cuts by mistake.
// Usage: npm run score:clean   (the gold's boilerplate is in fixtures/gold/*.json)
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findFurniture } from '../../src/clean/index.js';
import { normalize } from '../../src/text/normalize.js';
import { scoreFurniture, type Gold } from '../support/gold.js';

const goldDir = process.argv[2] ?? 'fixtures/gold';
const seedDir = process.argv[3] ?? 'fixtures/seeds';
console.log('seed                      boilerplate lines cut   story lines cut   boilerplate chars left   story chars cut');
const problems: string[] = [];
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const raw = readFileSync(join(seedDir, `${basename(f, '.json')}.txt`), 'utf8');
  const s = scoreFurniture(raw, gold, findFurniture(normalize(raw)));
  console.log(`${basename(f, '.json').padEnd(26)}${`${s.boilerplateLinesCut}/${s.boilerplateLines}`.padStart(21)}${String(s.storyLinesCut).padStart(18)}${String(s.boilerplateCharsLeft).padStart(25)}${String(s.storyCharsCut).padStart(18)}`);
  problems.push(...s.problems);
}
if (problems.length) console.log(`\n${problems.join('\n')}`);
