// What `clean` cuts from a corpus, per folder: lines cut whole, characters cut, by reason; and a
// sample of cuts to read. Usage: npm run clean:corpus -- [DIR] [SAMPLE]   (DIR: ../shared/corpus)
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fg from 'fast-glob';
import { cleanDocument } from '../../src/clean/report.js';

const dir = process.argv[2] ?? '../shared/corpus';
const sample = Number(process.argv[3] ?? 20);
interface Tally {
  articles: number;
  lines: number;
  linesCut: number;
  chars: number;
  charsCut: number;
  reasons: Record<string, number>;
}
const byFolder = new Map<string, Tally>();
const cuts: { where: string; reason: string; text: string }[] = [];
for (const f of fg.sync('**/*.txt', { cwd: dir }).sort()) {
  const doc = cleanDocument(relative('.', join(dir, f)), readFileSync(join(dir, f), 'utf8'));
  const t = byFolder.get(dirname(f)) ?? { articles: 0, lines: 0, linesCut: 0, chars: 0, charsCut: 0, reasons: {} };
  byFolder.set(dirname(f), t);
  t.articles++;
  t.lines += doc.lines;
  t.linesCut += doc.lines_cut;
  t.chars += doc.chars;
  t.charsCut += doc.chars_cut;
  for (const c of doc.cuts) {
    t.reasons[c.reason] = (t.reasons[c.reason] ?? 0) + 1;
    cuts.push({ where: `${doc.path}:${c.line}`, reason: c.reason, text: c.text.replace(/\n+/g, ' ⏎ ') });
  }
}
console.log('folder          articles  lines  cut whole      chars  cut (non-space)  cuts by reason');
for (const [folder, t] of byFolder) {
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `${folder.padEnd(15)} ${String(t.articles).padStart(8)} ${String(t.lines).padStart(6)} ${`${t.linesCut} (${pct(t.linesCut, t.lines)})`.padStart(11)} ${String(t.chars).padStart(10)} ${`${t.charsCut} (${pct(t.charsCut, t.chars)})`.padStart(16)}  ` +
      Object.entries(t.reasons).sort((x, y) => y[1] - x[1]).map(([r, n]) => `${r} ${n}`).join(', '),
  );
}
// A fixed sample (every k-th cut) so the same cuts can be read again.
const step = Math.max(1, Math.floor(cuts.length / Math.max(1, sample)));
console.log(`\nsample: ${Math.min(sample, cuts.length)} of ${cuts.length} cuts`);
for (let i = 0; i < cuts.length && i / step < sample; i += step) {
  const c = cuts[i] as (typeof cuts)[number];
  console.log(`${c.where} [${c.reason}] ${c.text.length > 160 ? `${c.text.slice(0, 160)}… (${c.text.length} chars)` : c.text}`);
}
