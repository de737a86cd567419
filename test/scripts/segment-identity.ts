// Dev check: vntk's own tagger (native crfsuite, in child processes) and our segment give the
// same words on every line of fixtures/ and ../shared/corpus. Lines where vntk does not finish
// within the limit (1 s) are skipped and counted.
//   npm run segment:identity [-- dirs...]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import fg from 'fast-glob';
import { normalize } from '../../src/text/normalize.js';
import { segmentLine } from '../../src/segment/index.js';
import { tagAll } from './vntk-pool.js';

const LIMIT_MS = 1000;
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['fixtures', '../shared/corpus'];

for (const dir of dirs) {
  const files = (await fg('**/*.txt', { cwd: dir })).sort();
  const lines: { file: string; no: number; text: string }[] = [];
  for (const f of files) {
    const text = normalize(readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, ''));
    text.split('\n').forEach((line, k) => lines.push({ file: f, no: k + 1, text: line }));
  }
  const t0 = performance.now();
  const theirs = await tagAll(
    lines.map((l) => l.text),
    Number(process.env.VNTK_WORKERS ?? Math.max(1, availableParallelism() - 1)),
    LIMIT_MS,
    (done) => process.stderr.write(`${dir}: vntk tagged ${done}/${lines.length} lines\n`),
  );
  const vntkSeconds = (performance.now() - t0) / 1000;
  let identical = 0;
  let different = 0;
  let skipped = 0;
  let words = 0;
  const examples: string[] = [];
  const skippedAt: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const r = theirs[i]!;
    if ('timedOut' in r) {
      skipped++;
      skippedAt.push(`${l.file}:${l.no} (${l.text.length} chars)`);
      continue;
    }
    const ours = segmentLine(l.text).map((w) => w.syllables.join(' '));
    words += ours.length;
    if (JSON.stringify(ours) === JSON.stringify(r.words)) {
      identical++;
    } else {
      different++;
      if (examples.length < 5) {
        const k = ours.findIndex((w, j) => w !== r.words[j]);
        examples.push(`  ${l.file}:${l.no} word ${k}: vntk ${JSON.stringify(r.words.slice(k, k + 4))} ours ${JSON.stringify(ours.slice(k, k + 4))}`);
      }
    }
  }
  console.log(
    `${dir}: ${files.length} files, ${lines.length} lines, ${words} words: ` +
      `${identical} identical, ${different} different, ${skipped} skipped (vntk over ${LIMIT_MS} ms) ` +
      `[vntk took ${vntkSeconds.toFixed(1)} s]`,
  );
  for (const e of examples) console.log(e);
  for (const s of skippedAt.slice(0, 10)) console.log(`  skipped ${s}`);
  if (different > 0) process.exitCode = 1;
}
