// `npm run check:dev [-- SHARED]`: `check` on the dev groups of SHARED/gold/check-dev.json (SHARED
// defaults to ../shared). The whole corpus and the seeds are checked together (so that how rare a
// word or a name is comes from the corpus, as a user's run would), and each group's findings are
// scored against its marked facts:
//   recall       the facts marked `"agree": false` that a disagreement reports (two of its sides,
//                from two of the fact's files, holding values the fact gives differently);
//   false alarm  a disagreement whose sides are a fact marked `"agree": true` (and no false one);
//   other        a disagreement among the group's files that no marked fact covers (to be read).
// Printed for each score threshold, to choose `--min-score` (DEFAULT_MIN_SCORE) on; then the
// findings at the default, for reading.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../src/corpus/article.js';
import { addToCheck, emptyCheckSummary, findings, DEFAULT_MIN_SCORE, type Finding, type CheckSide } from '../../src/corpus/check/index.js';

interface GoldValue {
  file: string;
  text: string;
  value: number | string;
}
interface GoldItem {
  key: string;
  kind: string;
  values: GoldValue[];
  agree: boolean;
}
interface Group {
  event: string;
  files: string[];
  items: GoldItem[];
}

const shared = process.argv[2] ?? '../shared';
const gold = JSON.parse(readFileSync(join(shared, 'gold/check-dev.json'), 'utf8')) as { groups: Group[] };
/** A gold file (`baomoi-2017/…`, `seeds/…`) as a path read here. */
const pathOf = (file: string) => (file.startsWith('seeds/') ? join(shared, file) : join(shared, 'corpus', file));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });
}

const inputs = [...walk(join(shared, 'corpus')), ...walk(join(shared, 'seeds'))];
const summary = emptyCheckSummary();
for (const p of inputs) addToCheck(summary, readArticle(readFileSync(p, 'utf8'), p));
const all = findings(summary, { agreements: false, disagreementsOnly: true, minScore: 0 });

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Does a finding's side state a gold value: the same file, and one text holds the other (or the side's sentence holds the gold text)? */
function states(side: CheckSide, v: GoldValue): boolean {
  const paths = [side.path, ...(side.copies ?? [])];
  if (!paths.includes(pathOf(v.file))) return false;
  const [a, b] = [fold(side.text), fold(v.text)];
  return a.includes(b) || b.includes(a) || (fold(side.sentence).includes(b) && b.includes(a.replace(/^(hơn|gần|khoảng|trên) /, '')));
}
/** The gold values of an item a finding's sides state, with the files they are in. */
function covers(f: Finding, item: GoldItem): GoldValue[] {
  return item.values.filter((v) => f.sides.some((s) => states(s, v)));
}
function matchesDisagreement(f: Finding, item: GoldItem): boolean {
  const hit = covers(f, item);
  return new Set(hit.map((v) => v.file)).size >= 2 && new Set(hit.map((v) => String(v.value))).size >= 2;
}
function matchesAgreement(f: Finding, item: GoldItem): boolean {
  return new Set(covers(f, item).map((v) => v.file)).size >= 2;
}

interface GroupScore {
  found: number;
  wanted: number;
  falseAlarms: Finding[];
  others: Finding[];
  hits: Finding[];
}

function score(minScore: number): GroupScore[] {
  const kept = all.filter((f) => !f.agree && f.score >= minScore);
  return gold.groups.map((g) => {
    const files = new Set(g.files.map(pathOf));
    // The findings among the group's files: two or more sides in them.
    const mine = kept.filter((f) => new Set(f.sides.flatMap((s) => [s.path, ...(s.copies ?? [])]).filter((p) => files.has(p))).size >= 2);
    const disagreements = g.items.filter((i) => !i.agree);
    const hits = mine.filter((f) => disagreements.some((i) => matchesDisagreement(f, i)));
    const found = disagreements.filter((i) => mine.some((f) => matchesDisagreement(f, i))).length;
    const falseAlarms = mine.filter((f) => !hits.includes(f) && g.items.some((i) => i.agree && matchesAgreement(f, i)));
    const others = mine.filter((f) => !hits.includes(f) && !falseAlarms.includes(f));
    return { found, wanted: disagreements.length, falseAlarms, others, hits };
  });
}

console.log(`${inputs.length} articles checked, ${all.length} disagreements at any score\n`);
console.log('min-score  recall        false alarms per group   others per group');
for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]) {
  const s = score(t);
  const found = s.reduce((a, g) => a + g.found, 0);
  const wanted = s.reduce((a, g) => a + g.wanted, 0);
  console.log(
    `${t.toFixed(2).padEnd(9)}  ${`${found}/${wanted} = ${(found / wanted).toFixed(2)}`.padEnd(12)}  ${s.map((g) => g.falseAlarms.length).join(' ').padEnd(23)}  ${s.map((g) => g.others.length).join(' ')}${t === DEFAULT_MIN_SCORE ? '   (the default)' : ''}`,
  );
}

const show = (f: Finding) =>
  [`  [${f.kind} ${f.score}] ${f.subject}`, ...f.sides.map((s) => `      ${s.path.replace(`${shared}/`, '')}:${s.line}  ${s.text}  (${typeof s.value === 'number' ? s.value.toLocaleString('en-US') : s.value})`)].join('\n');
console.log(`\nAt the default (${DEFAULT_MIN_SCORE}):`);
score(DEFAULT_MIN_SCORE).forEach((s, i) => {
  const g = gold.groups[i] as Group;
  console.log(`\n${i + 1}. ${g.event}\n  recall ${s.found}/${s.wanted}, false alarms ${s.falseAlarms.length}, others ${s.others.length}`);
  for (const f of s.hits) console.log(`  found:\n${show(f)}`);
  for (const f of s.falseAlarms) console.log(`  FALSE ALARM:\n${show(f)}`);
  for (const f of s.others) console.log(`  other:\n${show(f)}`);
});
