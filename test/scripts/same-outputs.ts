// `npm run same-outputs -- --old DIR [CORPUS]`: every command of this build and of an older one
// (DIR: a folder holding its bin/, dist/ and package.json, e.g. a copy made before a refactor) run
// on CORPUS (default ../shared/corpus) with the same arguments, and their stdout, stderr, exit
// status and any file written with --out compared byte for byte. Exit 1 when any differs. The
// older build's answers are kept in a cache (keyed by its folder and its dist's mtime), so a
// second comparison runs only this build. It covers every format of every command, the filters,
// help, completions, the man page and usage errors; `same-results` is the other half (one build,
// every --jobs and segmenter).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const oldAt = args.indexOf('--old');
if (oldAt < 0 || args[oldAt + 1] === undefined) {
  console.error('usage: same-outputs --old DIR [CORPUS]');
  process.exit(2);
}
const old = resolve(args[oldAt + 1] as string);
const corpus = args.filter((_, i) => i !== oldAt && i !== oldAt + 1)[0] ?? '../shared/corpus';
const oldBin = join(old, 'bin', 'vnews.js');
if (!existsSync(oldBin)) {
  console.error(`same-outputs: ${oldBin} is missing`);
  process.exit(2);
}

const seeds = 'fixtures/seeds';
const work = mkdtempSync(join(tmpdir(), 'vnews-outputs-'));
const OUT = '@OUT@';

/** Each command line, with CORPUS for the corpus and OUT for a file written with --out. */
const LINES: string[][] = [
  ['--version'],
  ['--help'],
  ...['extract', 'segment', 'clean', 'officials', 'conferences', 'figures', 'check', 'dedupe', 'quotes', 'merge', 'kwic', 'collocations', 'plot', 'freq', 'ngrams', 'keywords', 'completions', 'man'].map((c) => [c, '--help']),
  ['completions', 'bash'],
  ['completions', 'zsh'],
  ['completions', 'fish'],
  ['man'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['extract', '--format', f, 'CORPUS']),
  ['extract', '--only', 'figures,dates', '--json', 'CORPUS'],
  ...['text', 'json', 'ndjson'].map((f) => ['segment', '--format', f, 'CORPUS']),
  ['--segmenter', 'vntk', 'segment', '--format', 'ndjson', 'CORPUS'],
  ...['text', 'json', 'ndjson'].map((f) => ['clean', '--format', f, 'CORPUS']),
  ['clean', '--show', 'CORPUS'],
  ...['table', 'json', 'ndjson'].map((f) => ['officials', '--format', f, 'CORPUS']),
  ['officials', '--name', 'Phạm Minh Chính', 'CORPUS'],
  ...['table', 'json', 'ndjson'].map((f) => ['conferences', '--format', f, 'CORPUS']),
  ['conferences', '--series', 'Quoc hoi', '--number', '3', '--json', 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['figures', '--format', f, 'CORPUS']),
  ['figures', '--unit', 'USD,đồng', '--min', '1e6', '--grep', 'xuất khẩu', 'CORPUS'],
  ['figures', '--unit', 'không có', 'CORPUS'],
  ...['table', 'json', 'ndjson'].map((f) => ['check', '--format', f, 'CORPUS']),
  ['check', '--all', '--events', 'CORPUS'],
  ['check', '--kind', 'figure', '--min-score', '0.5', '--json', 'CORPUS'],
  ['check', '--format', 'html', '--out', `${OUT}.html`, 'CORPUS'],
  ...['table', 'json', 'ndjson'].map((f) => ['dedupe', '--format', f, 'CORPUS']),
  ['dedupe', '--threshold', '0.3', '--min-lead', '0', 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['quotes', '--format', f, 'CORPUS']),
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['kwic', 'Việt Nam', '--format', f, 'CORPUS']),
  ['kwic', 'hợp tác', '--sort', 'right', '--width', '20', 'CORPUS'],
  ['kwic', '--regex', '^bộ', 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['collocations', 'hợp tác', '--format', f, 'CORPUS']),
  ['collocations', 'Việt Nam', '--window', '2,3', '--measure', 'pmi', '--stopwords', 'iso', 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['plot', 'Việt Nam', '--format', f, 'CORPUS']),
  ['plot', 'Việt Nam', '--top', '5', '--out', `${OUT}.svg`, 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['freq', '--format', f, 'CORPUS']),
  ['freq', '--stopwords', 'vntk', '--min', '5', '--top', '20', 'CORPUS'],
  ...['table', 'json', 'ndjson', 'csv'].map((f) => ['ngrams', '-n', '2..3', '--format', f, 'CORPUS']),
  ...['table', 'json', 'csv'].map((f) => ['keywords', '--reference', seeds, '--format', f, 'CORPUS']),
  ['keywords', '--tfidf', '--json', 'CORPUS'],
  // Usage errors and bad inputs.
  ['extrct', 'CORPUS'],
  ['extract', '--format', 'xml', 'CORPUS'],
  ['extract', '--only', 'figure', 'CORPUS'],
  ['figures', '--min', 'abc', 'CORPUS'],
  ['check', '--min-score', '2', 'CORPUS'],
  ['-j', '0', 'extract', 'CORPUS'],
  ['extract', 'no/such/file.txt', seeds],
  ['merge', 'no-such-partial.json'],
];

interface Answer {
  stdout: string;
  stderr: string;
  status: number | null;
  file?: string;
}

function run(bin: string, line: string[]): Answer {
  const out = join(work, `out-${createHash('sha1').update(bin).digest('hex').slice(0, 8)}`);
  const argv = line.map((a) => (a === 'CORPUS' ? corpus : a.replace(OUT, out)));
  const r = spawnSync('node', [bin, '--no-progress', ...argv], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', COLUMNS: '120' } });
  const written = line.find((a) => a.startsWith(OUT));
  const file = written === undefined ? undefined : written.replace(OUT, out);
  const answer: Answer = { stdout: r.stdout, stderr: r.stderr.replaceAll(out, OUT), status: r.status };
  if (file !== undefined && existsSync(file)) {
    answer.file = readFileSync(file, 'latin1');
    rmSync(file);
  }
  return answer;
}

// The old build's answers, cached by its folder and build time.
const stamp = statSync(join(old, 'dist')).mtimeMs;
const cacheDir = join(tmpdir(), 'vnews-same-outputs', createHash('sha1').update(`${old}\n${stamp}\n${resolve(corpus)}`).digest('hex').slice(0, 16));
mkdirSync(cacheDir, { recursive: true });
function oldAnswer(line: string[]): Answer {
  const key = join(cacheDir, `${createHash('sha1').update(JSON.stringify(line)).digest('hex')}.json`);
  if (existsSync(key)) return JSON.parse(readFileSync(key, 'utf8')) as Answer;
  const a = run(oldBin, line);
  writeFileSync(key, JSON.stringify(a));
  return a;
}

let differ = 0;
try {
  for (const line of LINES) {
    const t0 = Date.now();
    const before = oldAnswer(line);
    const after = run('bin/vnews.js', line);
    const parts = (['stdout', 'stderr', 'status', 'file'] as const).filter((k) => before[k] !== after[k]);
    if (parts.length > 0) differ++;
    const shown = line.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ');
    console.log(`${parts.length === 0 ? 'same     ' : `DIFFERENT (${parts.join(', ')})`}  vnews ${shown}  [${before.stdout.length + before.stderr.length} bytes, ${Date.now() - t0} ms]`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(differ === 0 ? `every one of ${LINES.length} command lines: the same bytes` : `${differ} of ${LINES.length} command lines differ`);
process.exitCode = differ === 0 ? 0 : 1;
