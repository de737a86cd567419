// `vnews ngrams`: word n-grams (within a line) across all inputs, counted by each article's task
// and summed in input order.
import { InvalidArgumentError, type Command } from 'commander';
import type { NgramFrequency, NgramSummary } from '../../corpus/ngrams.js';
import type { SummaryCommand } from '../summary.js';
import type { Globals } from '../options.js';
import { limits, noteCut, stopSet, wordListCommand, wordListOptions, type WordListFlags, type WordListOptions } from '../word-lists.js';

export type NgramsOptions = WordListOptions & { sizes: number[] };

/** `ngrams -n`: `2` → [2], `2..5` → [2, 3, 4, 5]; from 1 to 9 words. */
export function ngramSizes(value: string): number[] {
  const m = /^([1-9])(?:\.\.([1-9]))?$/.exec(value.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (!m || to < from) throw new InvalidArgumentError(`-n takes a number of words from 1 to 9, or a range like 2..5; got ${value}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function defineNgrams(program: Command, globals: () => Globals): void {
  wordListCommand(program, 'ngrams', 'word n-grams (within a line) across all inputs: count, documents')
    .option('-n, --size <n|a..b>', 'words in an n-gram: 2, or a range 2..5', ngramSizes, [2])
    .addHelpText(
      'after',
      `
Examples:
  vnews ngrams -n 2 --top 30 fixtures/seeds/
  vnews ngrams -n 2..4 --min 3 --stopwords vntk --format ndjson corpus/ | jq -r '[.count, .ngram] | @tsv'`,
    )
    .action(async (inputs: string[], opts: WordListFlags & { size: number[] }) => {
      process.exitCode = await runNgrams(inputs, { ...wordListOptions(opts, globals()), sizes: opts.size });
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function ngramsCommand(options: NgramsOptions): Promise<SummaryCommand<NgramSummary, NgramFrequency>> {
  const [{ mergeNgrams, ngramFrequencies, ngramSummary }, { stopwords }, { foldedSummary, partialOptions }, { terminalWidth }, { ngramsCsv, ngramsTable }, { task }] = await Promise.all([
    import('../../corpus/ngrams.js'),
    import('../../corpus/words.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../parallel/tasks.js'),
  ]);
  const summary = ngramSummary();
  return {
    name: 'ngrams',
    options: partialOptions(options),
    field: 'ngrams',
    noun: 'n-grams',
    task: task('ngrams', { clean: options.clean, sizes: options.sizes }),
    ...foldedSummary(summary, mergeNgrams),
    totals: () => ({ documents: summary.documents }),
    items: () => ngramFrequencies(summary, { ...limits(options), ...stopSet(options, stopwords) }),
    table: (rows) => (noteCut(rows.length, options), ngramsTable(rows, summary.documents, options.color, terminalWidth())),
    csv: ngramsCsv,
  };
}

export async function runNgrams(inputs: string[], options: NgramsOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  return runSummary(inputs, options.format, await ngramsCommand(options), options);
}
