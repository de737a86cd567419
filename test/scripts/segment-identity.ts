// Dev check: vntk's own tagger (native crfsuite, in child processes) and our vntk segmenter give the
// same words on every line of fixtures/ and ../shared/corpus. Lines where vntk does not finish
// within the limit (1 s) are skipped and counted. vntk's cost grows with the square of the
// line length, and some corpus articles are one line of 5,000-34,000 characters: with
// `--retry-ms N` the skipped lines of at most 3,000 characters (`--retry-max-chars`) are tried
// again with N ms each, in a second, reported pass (vntk needs minutes for the longer ones).
// With `--windowed-ms N`, the longer ones are then checked by vntk with its two super-linear
// costs removed without changing what it computes (see VNTK_WINDOWED in vntk-worker.ts):
// its own tokenizer, feature code, transform and native tagger, N ms per line.
// `--windowed-only-over C` checks only the lines over C characters, with windowed vntk.
//   npm run segment:identity [-- [--retry-ms N] [--retry-max-chars C] [--windowed-ms N] dirs...]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import fg from 'fast-glob';
import { normalize } from '../../src/text/normalize.js';
import { vntkSegmentLine as segmentLine } from '../../src/segment/index.js';
import { tagAll, type VntkResult } from './vntk-pool.js';

type Line = { file: string; no: number; text: string };
interface Tally {
  identical: number;
  different: number;
  skipped: number;
  words: number;
}

/** Compare our words with vntk's for the same lines; print each line that differs. */
function compare(lines: Line[], results: VntkResult[], label: string): Tally {
  const t: Tally = { identical: 0, different: 0, skipped: 0, words: 0 };
  results.forEach((r, k) => {
    const l = lines[k]!;
    if ('timedOut' in r) {
      t.skipped++;
      return;
    }
    const ours = segmentLine(l.text).map((w) => w.syllables.join(' '));
    t.words += ours.length;
    if (JSON.stringify(ours) === JSON.stringify(r.words)) t.identical++;
    else {
      t.different++;
      console.log(`  ${l.file}:${l.no}: differs${label}`);
    }
  });
  return t;
}

const LIMIT_MS = 1000;
const argv = process.argv.slice(2);
const retryAt = argv.indexOf('--retry-ms');
const retryMs = retryAt >= 0 ? Number(argv.splice(retryAt, 2)[1]) : 0;
const maxAt = argv.indexOf('--retry-max-chars');
const retryMaxChars = maxAt >= 0 ? Number(argv.splice(maxAt, 2)[1]) : 3000;
const winAt = argv.indexOf('--windowed-ms');
const windowedMs = winAt >= 0 ? Number(argv.splice(winAt, 2)[1]) : 0;
const onlyAt = argv.indexOf('--windowed-only-over');
const onlyOver = onlyAt >= 0 ? Number(argv.splice(onlyAt, 2)[1]) : -1;
const dirs = argv.length > 0 ? argv : ['fixtures', '../shared/corpus'];
const workers = Number(process.env.VNTK_WORKERS ?? Math.max(1, availableParallelism() - 1));

for (const dir of dirs) {
  const files = (await fg('**/*.txt', { cwd: dir })).sort();
  const lines: Line[] = [];
  for (const f of files) {
    const text = normalize(readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, ''));
    text.split('\n').forEach((line, k) => lines.push({ file: f, no: k + 1, text: line }));
  }
  if (onlyOver >= 0) {
    const long = lines.filter((l) => l.text.length > onlyOver);
    const t2 = performance.now();
    const windowed = await tagAll(
      long.map((l) => l.text),
      workers,
      windowedMs || 600_000,
      (done) => process.stderr.write(`${dir}: windowed vntk tagged ${done}/${long.length} lines\n`),
      { VNTK_WINDOWED: '1' },
    );
    const w = compare(long, windowed, ' (windowed vntk)');
    if (w.different > 0) process.exitCode = 1;
    console.log(
      `${dir}: windowed vntk on the ${long.length} lines over ${onlyOver} chars: ${w.identical} identical, ` +
        `${w.different} different, ${w.skipped} skipped; ${w.words} words [took ${((performance.now() - t2) / 1000).toFixed(1)} s]`,
    );
    continue;
  }
  const t0 = performance.now();
  const theirs = await tagAll(
    lines.map((l) => l.text),
    workers,
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
  if (retryMs > 0 && skipped > 0) {
    const again = lines.filter((l, i) => 'timedOut' in theirs[i]! && l.text.length <= retryMaxChars);
    const tooLong = lines.filter((l, i) => 'timedOut' in theirs[i]! && l.text.length > retryMaxChars);
    const tooLongWords = tooLong.reduce((n, l) => n + segmentLine(l.text).length, 0);
    const t1 = performance.now();
    const retried = await tagAll(
      again.map((l) => l.text),
      workers,
      retryMs,
    );
    const counts = compare(again, retried, '');
    different += counts.different;
    console.log(
      `  retried ${again.length} skipped lines of at most ${retryMaxChars} chars with ${retryMs} ms each: ${counts.identical} identical, ` +
        `${counts.different} different, ${counts.skipped} still skipped; ${counts.words} words ` +
        `[vntk took ${((performance.now() - t1) / 1000).toFixed(1)} s]`,
    );
    console.log(`  not retried: ${tooLong.length} lines over ${retryMaxChars} chars (${tooLongWords} of our words)`);
    if (windowedMs > 0 && tooLong.length > 0) {
      const t2 = performance.now();
      const windowed = await tagAll(
        tooLong.map((l) => l.text),
        workers,
        windowedMs,
        undefined,
        { VNTK_WINDOWED: '1' },
      );
      const w = compare(tooLong, windowed, ' (windowed vntk)');
      different += w.different;
      console.log(
        `  windowed vntk on those ${tooLong.length} lines, ${windowedMs} ms each: ${w.identical} identical, ` +
          `${w.different} different, ${w.skipped} skipped; ${w.words} words ` +
          `[took ${((performance.now() - t2) / 1000).toFixed(1)} s]`,
      );
    }
  }
  if (different > 0) process.exitCode = 1;
}
