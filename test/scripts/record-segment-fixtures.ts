// Record vntk's own word segmentation (native crfsuite tagger) of the seed fixtures, line by
// line, as fixtures/segment/<name>.json: `{ "source", "tagger", "lines": [[word, ...], ...] }`,
// each word as vntk gives it (syllables joined by a space); and of odd lines (emoji, NUL,
// `=`, Greek sigma, full-width letters, abbreviations, dates, short URLs) as
// fixtures/segment/edge-cases.json. Tests compare segment() to these.
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

const EDGE_CASES = [
  'Chúc mừng 😀 năm mới 🎉🎉 Hà Nội',
  'a\u0000b Hà Nội',
  'x=y Hà Nội = Hải Phòng ==',
  'Ông A==>B và C->D >> E... F',
  '\u2028Hà\u2028Nội',
  'ĐẠI HỘI ĐẢNG TOÀN QUỐC LẦN THỨ XIII',
  'Ｈà Ｎội ＡＢＣ',
  'Σ ΑΣ σ ς İstanbul ǅ',
  'email: abc@gmail.com, web: http://vnexpress.net',
  'abc@gmail.com',
  'https://www.facebook.com/photo.php?fbid=11111&set=a.123456',
  'https://www.facebook.com/photo.php?fbid=11111&set=a.123456 mình muốn chia sẻ',
  'x',
  '...',
  ' ',
  '',
  'Tp.HCM Mrs.Thảo ThS.Lan Dr.Who ĐT. TP. HCM',
  '1.2.3,4_5 12/12/12/12 1-1-1-1 123/4 1/123456',
  'iPhone XS Max, McDonald\'s, PGS.TS Nguyễn Văn A',
  'Giá 140.000đ / kg  ==> giảm 20%',
];
const edge = await tagAll(EDGE_CASES, 1, 60_000);
const cases = EDGE_CASES.map((line, i) => {
  const r = edge[i]!;
  if ('timedOut' in r) throw new Error(`edge case ${i}: vntk did not finish`);
  return { line, words: r.words };
});
writeFileSync(
  `${OUT}/edge-cases.json`,
  JSON.stringify({ tagger: `vntk ${version} wordTokenizer().tag(line)`, cases }, null, 1) + '\n',
);
console.log(`${OUT}/edge-cases.json: ${cases.length} lines`);
