// Benchmark: segment() throughput of both segmenters (RDR and our decoder of vntk's model) on the
// .txt files below a directory, passes interleaved so that a busy machine slows both alike, as MB/s,
// words/s and MB per CPU-second, with their ratio; and vntk's own `wordTokenizer().tag()` (native
// crfsuite) on a sample of the same lines in the same process.
//   npm run bench:segment [-- DIR]      (alone; `npm run bench` runs it among the others)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fg from 'fast-glob';
import { ensureNativeTagger } from '../scripts/native-tagger.js';
import { normalize } from '../../src/text/normalize.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Segmenter = typeof import('../../src/segment/index.js');
/** The built code (`npm run bench` builds first), as it ships; the sources when not built. */
const DIST = new URL('../../dist/segment/index.js', import.meta.url);
const { loadSegmenter, segment, segmentLine, useSegmenter } = (await import(
  existsSync(fileURLToPath(DIST)) ? DIST.href : '../../src/segment/index.js'
)) as Segmenter;

/** Seconds vntk is given, line after line, before the sample is cut. */
const VNTK_BUDGET_S = Number(process.env.VNTK_BUDGET_S ?? 20);
/** Our pass over the whole directory is repeated until it has run this long. */
const OURS_MIN_S = 3;

/** Lines longer than this are left out of vntk's sample: it needs minutes for them. */
const VNTK_MAX_CHARS = 2000;

const WEB = /^[!$-_a-z]*/;

/**
 * A line vntk's tokenizer would backtrack on for minutes: it starts with a long run of
 * characters of its "web" pattern and is not made of them only. Such lines are left out of
 * vntk's sample (and said so).
 */
function hangsVntk(line: string): boolean {
  const run = WEB.exec(line)![0].length;
  return run > 24 && run < line.length;
}

const mb = (bytes: number, s: number): string => (bytes / 1e6 / s).toFixed(3);

export async function benchSegment(dir: string): Promise<string[]> {
  const files = (await fg('**/*.txt', { cwd: dir })).sort();
  const texts = files.map((f) => normalize(readFileSync(`${dir}/${f}`, 'utf8')));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const out: string[] = [`segment: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`];

  const cpuMs = (c: NodeJS.CpuUsage): string => ((c.user + c.system) / 1000).toFixed(0);
  let c0 = process.cpuUsage();
  let t0 = performance.now();
  loadSegmenter('rdr');
  out.push(`  load rdr model (rule tree + word lists): ${(performance.now() - t0).toFixed(0)} ms, ${cpuMs(process.cpuUsage(c0))} ms CPU`);
  c0 = process.cpuUsage();
  t0 = performance.now();
  loadSegmenter('vntk');
  out.push(`  load vntk model + dictionary: ${(performance.now() - t0).toFixed(0)} ms, ${cpuMs(process.cpuUsage(c0))} ms CPU`);

  // Both, on everything, after one pass each to warm up; passes alternate.
  const names = ['rdr', 'vntk'] as const;
  const tally = { rdr: { words: 0, s: 0, cpu: 0, runs: 0 }, vntk: { words: 0, s: 0, cpu: 0, runs: 0 } };
  for (const name of names) {
    useSegmenter(name);
    for (const t of texts) segment(t);
  }
  while (tally.rdr.s < OURS_MIN_S || tally.vntk.s < OURS_MIN_S) {
    for (const name of names) {
      useSegmenter(name);
      const c = process.cpuUsage();
      const s = performance.now();
      for (const t of texts) tally[name].words += segment(t).length;
      tally[name].s += (performance.now() - s) / 1000;
      const d = process.cpuUsage(c);
      tally[name].cpu += (d.user + d.system) / 1e6;
      tally[name].runs++;
    }
  }
  for (const name of names) {
    const t = tally[name];
    out.push(
      `  ${name.padEnd(4)}: ${mb(bytes * t.runs, t.s)} MB/s, ${Math.round(t.words / t.s)} words/s, ${mb(bytes * t.runs, t.cpu)} MB per CPU-second` +
        ` (${t.runs} passes, ${t.s.toFixed(1)} s, ${t.cpu.toFixed(1)} CPU-s)`,
    );
  }
  const [r, v] = [tally.rdr, tally.vntk];
  out.push(
    `  rdr / vntk: ${(r.runs / r.s / (v.runs / v.s)).toFixed(2)}x the MB/s, ${(r.words / r.s / (v.words / v.s)).toFixed(2)}x the words/s,` +
      ` ${(r.runs / r.cpu / (v.runs / v.cpu)).toFixed(2)}x the MB per CPU-second (rdr gives ${(r.words / r.runs / (v.words / v.runs)).toFixed(3)}x as many words)`,
  );
  useSegmenter('vntk');

  // vntk, on lines in order until its budget is spent; then ours on exactly those lines.
  ensureNativeTagger();
  const require = createRequire(import.meta.url);
  t0 = performance.now();
  const vntk = require('vntk') as { wordTokenizer(): { tag(line: string): string[] } };
  const tagger = vntk.wordTokenizer();
  tagger.tag('Hà Nội');
  out.push(`  vntk: require + first tag ${(performance.now() - t0).toFixed(0)} ms`);
  const lines = texts.flatMap((t) => t.split('\n'));
  const sample: string[] = [];
  let left = 0;
  let long = 0;
  let vntkWords = 0;
  let vntkS = 0;
  for (const line of lines) {
    if (vntkS >= VNTK_BUDGET_S) break;
    if (hangsVntk(line)) {
      left++;
      continue;
    }
    if (line.length > VNTK_MAX_CHARS) {
      long++;
      continue;
    }
    const s = performance.now();
    vntkWords += tagger.tag(line).length;
    vntkS += (performance.now() - s) / 1000;
    sample.push(line);
  }
  const sampleBytes = sample.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  for (const l of sample) segmentLine(l);
  let ourWords = 0;
  let ourRuns = 0;
  t0 = performance.now();
  do {
    for (const l of sample) ourWords += segmentLine(l).length;
    ourRuns++;
  } while (performance.now() - t0 < 1000);
  const ourSampleS = (performance.now() - t0) / 1000 / ourRuns;
  out.push(
    `  same sample (${sample.length} lines, ${(sampleBytes / 1e6).toFixed(3)} MB${left ? `; ${left} URL lines vntk would hang on left out` : ''}` +
      `${long ? `; ${long} lines over ${VNTK_MAX_CHARS} chars left out, which favours vntk` : ''}):`,
  );
  out.push(`    vntk tag(): ${mb(sampleBytes, vntkS)} MB/s, ${Math.round(vntkWords / vntkS)} words/s (${vntkS.toFixed(1)} s)`);
  out.push(
    `    ours:       ${mb(sampleBytes, ourSampleS)} MB/s, ${Math.round(ourWords / ourRuns / ourSampleS)} words/s` +
      ` → ${(vntkS / ourSampleS).toFixed(0)}x vntk`,
  );
  if (ourWords / ourRuns !== vntkWords) out.push(`    note: word counts differ (ours ${ourWords / ourRuns}, vntk ${vntkWords})`);
  return out;
}
