// `npm run same-results [-- DIR]`: on DIR (default ../shared/corpus), every command's answer with
// --jobs 1, with --jobs 2, and (for the corpus commands) in 4 shards written with --partial and
// merged, compared byte for byte; exit 1 when any differs. Every command runs with the default
// segmenter (rdr), and the commands that read words run again with --segmenter vntk (segment's,
// freq's and ngrams' answers must then differ from rdr's: else the option did not reach them). The fixtures version is test/scale.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';

const dir = process.argv[2] ?? '../shared/corpus';
const files = fg.sync('**/*.txt', { cwd: dir }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((f) => join(dir, f));
const work = mkdtempSync(join(tmpdir(), 'vnews-same-'));
const per = Math.ceil(files.length / 4);
const lists = [0, 1, 2, 3].map((i) => {
  const list = join(work, `shard${i}`);
  writeFileSync(list, `${files.slice(i * per, (i + 1) * per).join('\n')}\n`);
  return list;
});

let segmenter: string[] = [];
const vnews = (args: string[]) => {
  const r = spawnSync('node', ['bin/vnews.js', '--no-progress', ...segmenter, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return { out: r.stdout, status: r.status };
};
/** The commands whose answers depend on the word segmenter. */
const READS_WORDS = new Set(['segment', 'kwic', 'plot', 'freq', 'ngrams', 'keywords', 'collocations']);
/** The default segmenter's answer (--jobs 1) by command, for the vntk runs to differ from. */
const rdrAnswers = new Map<string, string>();
/** The commands whose answers on a corpus show any change of segmenter (kwic's of one name may well not). */
const SHOWS_SEGMENTER = new Set(['segment', 'freq', 'ngrams']);

/** What goes before the inputs, and the options after them. */
const streamed: [string[], string[]][] = [
  [['extract'], ['--format', 'ndjson']],
  [['segment'], ['--format', 'ndjson']],
  [['clean'], ['--format', 'ndjson']],
  [['quotes'], ['--format', 'ndjson']],
  [['kwic', 'Việt Nam'], ['--format', 'ndjson']],
  [['plot', 'Việt Nam'], ['--format', 'ndjson']],
];
const corpus: [string[], string[]][] = [
  [['officials'], ['--format', 'json']],
  [['conferences'], ['--format', 'json']],
  [['figures'], ['--format', 'json']],
  [['check'], ['--format', 'json', '--all']],
  [['dedupe'], ['--format', 'json']],
  [['freq'], ['--format', 'json']],
  [['ngrams'], ['--format', 'json', '-n', '2..3']],
  [['keywords'], ['--format', 'json', '--tfidf']],
  [['keywords'], ['--format', 'json', '--reference', 'fixtures/seeds']],
  [['collocations', 'hợp tác'], ['--format', 'json']],
];

let differ = 0;
try {
  for (const choice of ['rdr', 'vntk']) {
    segmenter = choice === 'rdr' ? [] : ['--segmenter', choice];
    console.log(`--segmenter ${choice}${choice === 'rdr' ? ' (the default)' : ''}:`);
    for (const [head, tail] of [...streamed, ...corpus]) {
      if (choice !== 'rdr' && !READS_WORDS.has(head[0]!)) continue;
      const name = [...head, ...tail.filter((t) => t !== '--format' && t !== 'json' && t !== 'ndjson')].join(' ');
      const t0 = Date.now();
      const one = vnews(['-j', '1', ...head, dir, ...tail]);
      const two = vnews(['-j', '2', ...head, dir, ...tail]);
      const verdicts = [`-j 2 ${one.out === two.out && one.status === two.status ? 'same' : 'DIFFERENT'}`];
      if (one.out !== two.out || one.status !== two.status) differ++;
      if (choice === 'rdr') rdrAnswers.set(name, one.out);
      else if (SHOWS_SEGMENTER.has(head[0]!) && rdrAnswers.get(name) === one.out) {
        differ++;
        verdicts.push('SAME AS RDR (the choice did not reach it)');
      }
      if (corpus.some(([h, t]) => h === head && t === tail)) {
        const parts = lists.map((list, i) => {
          const part = join(work, `part${i}`);
          vnews(['--files-from', list, ...head, ...tail, '--partial', part]);
          return part;
        });
        const merged = vnews(['merge', ...parts]);
        const same = merged.out === one.out && merged.status === one.status;
        if (!same) differ++;
        verdicts.push(`4 shards merged ${same ? 'same' : 'DIFFERENT'}`);
      }
      console.log(`  ${name.padEnd(40)} ${String(one.out.length).padStart(10)} bytes, exit ${one.status}: ${verdicts.join(', ')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(differ === 0 ? 'every answer the same' : `${differ} answers differ`);
process.exitCode = differ === 0 ? 0 : 1;
