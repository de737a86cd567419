// Measures src/corpus/similar.ts on a folder of articles (default: ../shared/corpus and the
// seeds): signature MB/s per CPU-second, candidate and near-duplicate pair counts at a few
// thresholds, groups, and, against exact all-pairs shingle sets, how well the signatures estimate
// the scores and how many of the exact pairs LSH finds. Also compares shingle sizes 3-5 by the
// exact scores of the seed pair 000~002 and the number of pairs above a few containments.
//
//   npx tsx test/scripts/similar-measure.ts [dir...] [--list 0.5]
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import {
  SHINGLE_SIZE,
  addArticle,
  candidatePairs,
  compare,
  createIndex,
  groups,
  nearDuplicatePairs,
  shingleHashes,
  signature,
  type ArticleSignature,
} from '../../src/corpus/similar.js';

const args = process.argv.slice(2);
const listAt = args.includes('--list') ? Number(args[args.indexOf('--list') + 1]) : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--list');
const roots = dirs.length > 0 ? dirs : ['../shared/corpus', 'fixtures/seeds'];
const files = roots.flatMap((d) => fg.sync(`${d}/**/*.txt`)).sort();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const short = (p: string) => p.replace(/^.*(corpus|fixtures)\//, '');
console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);

// Throughput: signature() over every text, repeated for at least 3 CPU-seconds.
{
  let rounds = 0;
  const start = process.cpuUsage();
  let cpu = 0;
  while (cpu < 3e6) {
    for (const t of texts) signature(t);
    rounds++;
    const u = process.cpuUsage(start);
    cpu = u.user + u.system;
  }
  console.log(`signature: ${((bytes * rounds) / 1e6 / (cpu / 1e6)).toFixed(2)} MB per CPU-second (${rounds} rounds, ${(cpu / 1e6).toFixed(1)} s)`);
}

const index = createIndex();
files.forEach((f, i) => addArticle(index, f, texts[i] as string));
const t0 = process.cpuUsage();
const candidates = candidatePairs(index);
const tc = process.cpuUsage(t0);
const all = (files.length * (files.length - 1)) / 2;
console.log(`candidates: ${candidates.length} of ${all} pairs (${((tc.user + tc.system) / 1e3).toFixed(1)} ms CPU)`);
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const pairs = nearDuplicatePairs(index, { threshold });
  const gs = groups(pairs);
  console.log(`containment >= ${threshold}: ${pairs.length} pairs, ${gs.length} groups (sizes ${gs.map((g) => g.length).join(' ')})`);
}
for (const threshold of [0.2, 0.3, 0.4]) {
  const pairs = nearDuplicatePairs(index, { threshold: 0 }).filter((p) => p.jaccard >= threshold);
  console.log(`jaccard >= ${threshold}: ${pairs.length} pairs`);
}
if (listAt !== undefined) {
  for (const p of nearDuplicatePairs(index, { threshold: listAt })) {
    console.log(`  C=${p.containment.toFixed(2)} J=${p.jaccard.toFixed(2)} ${short(p.a)} ${short(p.b)}`);
  }
}

// Exact scores from the shingle sets themselves.
interface Exact { i: number; j: number; jaccard: number; containment: number }
function exactPairs(sets: Set<number>[]): Exact[] {
  const out: Exact[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [s, l] = (sets[i] as Set<number>).size < (sets[j] as Set<number>).size ? [sets[i] as Set<number>, sets[j] as Set<number>] : [sets[j] as Set<number>, sets[i] as Set<number>];
      if (s.size === 0) continue;
      let shared = 0;
      for (const h of s) if (l.has(h)) shared++;
      out.push({ i, j, jaccard: shared / (s.size + l.size - shared), containment: shared / s.size });
    }
  }
  return out;
}
const seedA = files.findIndex((f) => f.includes('seeds/000_'));
const seedB = files.findIndex((f) => f.includes('seeds/002_'));
for (const k of [3, 4, 5]) {
  const exact = exactPairs(texts.map((t) => shingleHashes(t, k)));
  const seed = exact.find((e) => e.i === seedA && e.j === seedB);
  const above = [0.1, 0.2, 0.3, 0.5].map((c) => `C>=${c}: ${exact.filter((e) => e.containment >= c).length}`).join(', ');
  console.log(`k=${k}: seed pair C=${seed?.containment.toFixed(3)} J=${seed?.jaccard.toFixed(3)}; ${above}`);
  if (k !== SHINGLE_SIZE) continue;
  // How well the signatures estimate the exact scores, and LSH recall against exact pairs.
  const sigs = files.map((f) => index.articles[f] as ArticleSignature);
  const near = exact.filter((x) => x.containment >= 0.2);
  const errors = near.map((e) => {
    const est = compare(sigs[e.i] as ArticleSignature, sigs[e.j] as ArticleSignature);
    return { e, j: Math.abs(est.jaccard - e.jaccard), c: Math.abs(est.containment - e.containment) };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const worst = errors.sort((x, y) => y.c - x.c)[0];
  console.log(
    `  estimate vs exact on the ${near.length} pairs with C>=0.2: mean error jaccard ${mean(errors.map((x) => x.j)).toFixed(3)}, containment ${mean(errors.map((x) => x.c)).toFixed(3)}; ` +
      `largest containment error ${worst?.c.toFixed(3)} (exact ${worst?.e.containment.toFixed(3)}, ${short(files[worst?.e.i ?? 0] as string)} ${short(files[worst?.e.j ?? 0] as string)})`,
  );
  const found = new Set(candidates.map(([a, b]) => `${a}\u0000${b}`));
  for (const c of [0.3, 0.5]) {
    const want = exact.filter((e) => e.containment >= c);
    const hit = want.filter((e) => found.has(`${files[e.i]}\u0000${files[e.j]}`)).length;
    console.log(`  exact C>=${c}: ${want.length} pairs, ${hit} among the LSH candidates`);
    for (const e of want.filter((x) => !found.has(`${files[x.i]}\u0000${files[x.j]}`))) {
      console.log(`    missed: C=${e.containment.toFixed(3)} J=${e.jaccard.toFixed(3)} ${short(files[e.i] as string)} ${short(files[e.j] as string)}`);
    }
  }
}
