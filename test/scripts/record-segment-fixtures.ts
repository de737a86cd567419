// Record vntk's own word segmentation (native crfsuite tagger) of the seed fixtures, line by
// line, as fixtures/segment/<name>.json: `{ "source", "tagger", "lines": [[word, ...], ...] }`,
// each word as vntk gives it (syllables joined by a space). Tests compare segment() to these.
//   npx tsx test/scripts/record-segment-fixtures.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../../src/text/normalize.js';
import { tagAll } from './vntk-pool.js';

const SEEDS = 'fixtures/seeds';
const OUT = 'fixtures/segment';
const version = (createRequire(import.meta.url)('vntk/package.json') as { version: string }).version;

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
  const lines = normalize(readFileSync(`${SEEDS}/${f}`, 'utf8')).split('\n');
  const tagged = await tagAll(lines, 1, 60_000);
  const words = tagged.map((r, i) => {
    if ('timedOut' in r) throw new Error(`${f}:${i + 1}: vntk did not finish`);
    return r.words;
  });
  const out = { source: `${SEEDS}/${f}`, tagger: `vntk ${version} wordTokenizer().tag(line)`, lines: words };
  writeFileSync(`${OUT}/${f.replace(/\.txt$/, '.json')}`, JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[') + '\n');
  console.log(`${OUT}/${f.replace(/\.txt$/, '.json')}: ${lines.length} lines`);
}
