// A sample of `vnews quotes` on a corpus to judge by hand: N quotations drawn with a fixed seed,
// the same share from each folder, each printed with the text around its speaker and its words.
// Prints counts per folder and kind, then the sample; the judgements are written in the README.
//
//   npx tsx test/scripts/quotes-sample.ts [dir] [--n 40] [--seed 5]
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { readArticle } from '../../src/corpus/article.js';
import { findQuotes, type Quote } from '../../src/quotes/index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = option('--n', 40);
const seed = option('--seed', 5);
const root = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/corpus';

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byFolder = new Map<string, { q: Quote; text: string }[]>();
for (const path of fg.sync(`${root}/**/*.txt`).sort()) {
  const article = readArticle(readFileSync(path, 'utf8'), path, ['officials']);
  const folder = path.slice(root.length + 1).split('/')[0] as string;
  const list = byFolder.get(folder) ?? [];
  for (const q of findQuotes(article)) list.push({ q, text: article.text });
  byFolder.set(folder, list);
}

const rand = random(seed);
const folders = [...byFolder.keys()].sort();
const sample: { q: Quote; text: string }[] = [];
for (const [i, folder] of folders.entries()) {
  const pool = [...(byFolder.get(folder) ?? [])];
  for (let k = pool.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [pool[k], pool[j]] = [pool[j] as { q: Quote; text: string }, pool[k] as { q: Quote; text: string }];
  }
  const take = Math.floor(n / folders.length) + (i < n % folders.length ? 1 : 0);
  sample.push(...pool.slice(0, take));
}

for (const folder of folders) {
  const qs = (byFolder.get(folder) ?? []).map((x) => x.q);
  const kinds = ['direct', 'label', 'reported'].map((k) => `${k} ${qs.filter((q) => q.kind === k).length}`).join(', ');
  console.log(`${folder}: ${qs.length} quotations (${kinds}; resolved ${qs.filter((q) => q.resolved).length}; officials ${qs.filter((q) => q.official).length})`);
}
console.log();
for (const [i, { q, text }] of sample.entries()) {
  const from = Math.max(0, Math.min(q.start, q.speaker_text.start) - 160);
  const to = Math.min(text.length, Math.max(q.end, q.speaker_text.end) + 20);
  const context = text.slice(from, to).replace(/\s+/g, ' ');
  const who = `${q.speaker}${q.official ? ` [${q.official.titles.join('; ')}]` : ''}${q.resolved ? ` ← “${q.speaker_text.text}”` : ''}`;
  console.log(`#${i + 1} ${q.path.slice(root.length + 1)}:${q.line} ${q.kind} | ${who} | ${q.verb ?? '—'}\n   text: ${q.text.length > 300 ? `${q.text.slice(0, 300)} …` : q.text}\n   context: …${context.length > 900 ? `${context.slice(0, 450)} … ${context.slice(-450)}` : context}\n`);
}
