// Dev check: our RDR segmenter (src/segment/rdr, pure reference mode) and RDRsegmenter's Java
// reference give the same words on every line of the .txt files below fixtures/ and
// ../shared/corpus, both fed the same syllable tokens (our tokenizer's, one space between them).
// Prints each line that differs (ours, then the reference's) and the totals; exit 1 when any differs.
//   npm run segment:rdr-identity [-- dirs...]      (needs javac and java: default-jdk-headless)
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { normalize } from '../../src/text/normalize.js';
import { rdrTags } from '../../src/segment/rdr/index.js';
import { asReference, lineTokens, referenceInput, runReference } from './rdr-reference.js';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['fixtures', '../shared/corpus'];
let totalLines = 0;
let totalDifferent = 0;
let totalWords = 0;
for (const dir of dirs) {
  const files = fg.sync('**/*.txt', { cwd: dir }).sort();
  const lines: { where: string; tokens: string[] }[] = [];
  for (const f of files) {
    normalize(readFileSync(`${dir}/${f}`, 'utf8'))
      .split('\n')
      .forEach((text, i) => lines.push({ where: `${dir}/${f}:${i + 1}`, tokens: lineTokens(text) }));
  }
  const t0 = performance.now();
  const theirs = runReference(lines.map((l) => referenceInput(l.tokens)));
  const javaS = (performance.now() - t0) / 1000;
  let different = 0;
  let words = 0;
  lines.forEach((l, k) => {
    const ours = asReference(l.tokens, rdrTags(l.tokens, { pure: true }));
    words += ours === '' ? 0 : ours.split(' ').length;
    if (ours !== theirs[k]) {
      different++;
      if (different <= 20) console.log(`  ${l.where}: differs\n    ours:      ${ours}\n    reference: ${theirs[k]}`);
    }
  });
  console.log(`${dir}: ${files.length} files, ${lines.length} lines compared, ${words} words; ${lines.length - different} identical, ${different} different (java ${javaS.toFixed(1)} s)`);
  totalLines += lines.length;
  totalDifferent += different;
  totalWords += words;
}
console.log(`total: ${totalLines} lines compared (${totalWords} words), ${totalDifferent} different`);
process.exitCode = totalDifferent === 0 ? 0 : 1;
