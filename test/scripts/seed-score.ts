// Prints precision, recall and F1 per kind of `extract` on the seeds against fixtures/gold.
// Usage: npm run score:seeds   (the method is described in test/support/gold.ts)
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { prf, scoreSeeds } from '../support/gold.js';

const goldDir = process.argv[2] ?? 'fixtures/gold';
const seedDir = process.argv[3] ?? 'fixtures/seeds';
const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(goldDir, f));
const report = scoreSeeds(files, (gf) => join(seedDir, basename(gf, '.json') + '.txt'));
console.log('kind         tp  fp  fn  precision  recall  f1');
for (const [kind, s] of Object.entries(report.byKind)) {
  const { precision, recall, f1 } = prf(s);
  console.log(`${kind.padEnd(12)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}`);
}
const problems = Object.values(report.byKind).flatMap((s) => s.problems);
if (problems.length) console.log(`\n${problems.join('\n')}`);
