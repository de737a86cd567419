// Record RDRsegmenter's Java reference output (../shared/rdrsegmenter/reference, Seg.java) on the
// seed fixtures, line by line, fed our syllable tokens (one space between them), as
// fixtures/segment/rdr/<name>.json: `{ "source", "tagger", "lines": [answer, ...] }`, each answer as
// the reference prints it (`_` inside a word, a space between words); and on the odd lines of
// fixtures/segment/edge-cases.json as fixtures/segment/rdr/edge-cases.json. test/segment/rdr.test.ts
// compares our RDR segmenter (pure reference mode) with these, without Java.
//   npx tsx test/scripts/record-rdr-fixtures.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { normalize } from '../../src/text/normalize.js';
import { lineTokens, referenceInput, runReference } from './rdr-reference.js';

const SEEDS = 'fixtures/seeds';
const OUT = 'fixtures/segment/rdr';
const TAGGER = 'RDRsegmenter e15dfca (Java reference, Seg.java: segmentTokenizedString of the tokens joined by spaces)';

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
  const lines = normalize(readFileSync(`${SEEDS}/${f}`, 'utf8')).split('\n');
  const answers = runReference(lines.map((l) => referenceInput(lineTokens(l))));
  const out = { source: `${SEEDS}/${f}`, tagger: TAGGER, lines: answers };
  writeFileSync(`${OUT}/${f.replace(/\.txt$/, '.json')}`, JSON.stringify(out, null, 1) + '\n');
  console.log(`${OUT}/${f.replace(/\.txt$/, '.json')}: ${lines.length} lines`);
}

const { cases } = JSON.parse(readFileSync('fixtures/segment/edge-cases.json', 'utf8')) as { cases: { line: string }[] };
const edge = runReference(cases.map((c) => referenceInput(lineTokens(c.line))));
writeFileSync(`${OUT}/edge-cases.json`, JSON.stringify({ tagger: TAGGER, cases: cases.map((c, i) => ({ line: c.line, answer: edge[i] })) }, null, 1) + '\n');
console.log(`${OUT}/edge-cases.json: ${cases.length} lines`);
