// Measures `vnews dedupe`'s rule on ../shared/corpus and the seeds against the pairs read by hand
// (dedupe-verdicts.tsv: D same story, E same event / another news item, B different stories that
// share a passage): for each candidate rule, the pairs it keeps by verdict (unread: not read)
// and the groups. Rules: containment alone (similar.ts), with a Jaccard floor, containment in
// both directions (shared / larger), and containment with the lead share (dedupe.ts).
//
//   npx tsx test/scripts/dedupe-measure.ts [dir...] [--list]    (--list: every pair at 0.3, to read)
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { addToDedupe, createDedupeIndex, duplicateGroups, duplicatePairs, DEFAULT_MIN_LEAD, type DuplicatePair } from '../../src/corpus/dedupe.js';
import { textToSign } from '../../src/corpus/dedupe.js';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const files = (dirs.length > 0 ? dirs : ['../shared/corpus', 'fixtures/seeds']).flatMap((d) => fg.sync(`${d}/**/*.txt`)).sort();
const short = (p: string) => p.replace(/^.*(corpus|fixtures)\//, '');
const id = (p: string) => short(p).replace(/_.*$/, '');

const index = createDedupeIndex();
const start = process.cpuUsage();
for (const f of files) addToDedupe(index, f, textToSign(readFileSync(f, 'utf8')));
const cpu = process.cpuUsage(start);
console.log(`${files.length} articles indexed in ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU-s; index ${(JSON.stringify(index).length / 1e6).toFixed(2)} MB as JSON`);

const verdicts = new Map<string, string>();
for (const line of readFileSync(new URL('./dedupe-verdicts.tsv', import.meta.url), 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const [a, b, v] = line.split('\t') as [string, string, string];
  verdicts.set(`${id(a)} ${id(b)}`, v);
}
const verdictOf = (p: DuplicatePair) => verdicts.get(`${id(p.a)} ${id(p.b)}`) ?? 'unread';
const shared = (p: DuplicatePair) => {
  const [x, y] = [index.articles[p.a]?.shingles ?? 0, index.articles[p.b]?.shingles ?? 0];
  return { larger: Math.max(x, y), shared: (p.jaccard * (x + y)) / (1 + p.jaccard) };
};
function report(name: string, pairs: DuplicatePair[]): void {
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(verdictOf(p), (counts.get(verdictOf(p)) ?? 0) + 1);
  const parts = ['D', 'E', 'B', 'unread'].filter((v) => counts.has(v)).map((v) => `${v} ${counts.get(v)}`);
  console.log(`${name.padEnd(44)} ${String(pairs.length).padStart(3)} pairs (${parts.join(', ')})`);
}
for (const threshold of [0.3, 0.4, 0.5, 0.6]) {
  const all = duplicatePairs(index, { threshold, minLead: 0 });
  report(`containment >= ${threshold}`, all);
  for (const floor of [0.2, 0.3]) report(`  and jaccard >= ${floor}`, all.filter((p) => p.jaccard >= floor));
  report(`  and shared / larger >= ${threshold}`, all.filter((p) => { const s = shared(p); return s.shared / s.larger >= threshold; }));
  report(`  and lead >= ${DEFAULT_MIN_LEAD} (dedupe)`, duplicatePairs(index, { threshold }));
  const gs = duplicateGroups(index, { threshold });
  console.log(`${''.padEnd(44)} ${String(gs.length).padStart(3)} groups (sizes ${gs.map((g) => g.articles.length).join(' ')})`);
}
if (args.includes('--list')) {
  for (const p of duplicatePairs(index, { threshold: 0.3, minLead: 0 })) {
    console.log(`${verdictOf(p)}\tC=${p.containment.toFixed(2)} J=${p.jaccard.toFixed(2)} lead=${p.lead.toFixed(2)}\t${short(p.a)} ~ ${short(p.b)}`);
    for (const x of [p.a, p.b]) console.log(`\t\t${index.articles[x]?.title.slice(0, 120)}`);
  }
}
