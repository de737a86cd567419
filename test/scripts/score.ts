// `npm run score`: the project's figures by the scorers it is judged by (../shared/tools), on the
// seeds and on the corpus gold, one line per kind; then the quotes figures on the corpus gold.
// Builds nothing: run `npm run build` first (the scorers run bin/vnews.js, which loads dist/).
// Usage: npm run score [-- --shared ../shared] [-- --misses]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' }, misses: { type: 'boolean', default: false } } });
const shared = resolve(values.shared as string);
const tools = join(shared, 'tools');
if (!existsSync(join(tools, 'score.mjs'))) {
  console.error(`score: no scorer at ${join(tools, 'score.mjs')} (give --shared DIR)`);
  process.exit(2);
}
const CORPUS_SETS = 'baomoi-2017,crawl-2026,dantri-2020';

interface Row {
  kind: string;
  P: number;
  R: number;
  F: number;
  tp: number;
  fp: number;
  fn: number;
  extra: string;
}

/** The scorer's rows as JSON (it exits 1 only below a `--min`, which is not given). */
function rows(args: string[]): { rows: Row[]; misses: string[] } {
  const out = execFileSync(process.execPath, [join(tools, 'score.mjs'), ...args, '--project', '.', '--json', ...(values.misses ? ['--misses'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const lines = out.trim().split('\n');
  const json = lines.find((l) => l.startsWith('[')) ?? '[]';
  return { rows: JSON.parse(json) as Row[], misses: lines.filter((l) => / (missed|extra): /.test(l)) };
}

function print(label: string, r: { rows: Row[]; misses: string[] }): void {
  for (const x of r.rows) {
    console.log(`${label.padEnd(7)} ${x.kind.padEnd(12)} P ${x.P.toFixed(3)} R ${x.R.toFixed(3)} F1 ${x.F.toFixed(3)}  (tp ${x.tp} fp ${x.fp} fn ${x.fn})${x.extra ? ` ${x.extra}` : ''}`);
  }
  if (values.misses && r.misses.length > 0) console.log(r.misses.map((m) => `  ${m}`).join('\n'));
}

print('seeds', rows(['--gold', join(shared, 'gold'), '--sets', 'seeds', '--seeds', join(shared, 'seeds'), '--corpus', join(shared, 'corpus')]));
print('corpus', rows(['--gold', join(shared, 'gold', 'corpus'), '--sets', CORPUS_SETS, '--corpus', join(shared, 'corpus')]));
const quotes = execFileSync(
  process.execPath,
  [join(tools, 'quotes-score.mjs'), join(shared, 'gold', 'corpus'), CORPUS_SETS, join(shared, 'corpus'), process.execPath.includes(" ") ? "node bin/vnews.js" : `${process.execPath} bin/vnews.js`, ...(values.misses ? ['--misses'] : [])],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
console.log(`corpus  ${quotes.trim().split('\n').pop() ?? ''}`);
if (values.misses) console.log(quotes.trim().split('\n').slice(0, -1).map((m) => `  ${m}`).join('\n'));
