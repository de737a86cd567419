// `vnews freq`: word frequencies across all inputs, from the words `segment` finds
// (corpus/words.ts). Each article's counts are worked out by its task (in a worker with --jobs)
// and summed into the summary in input order.
import type { Command } from 'commander';
import type { FreqSummary, WordFrequency } from '../../corpus/freq.js';
import type { SummaryCommand } from '../summary.js';
import type { Globals } from '../options.js';
import { limits, noteCut, stopSet, wordListCommand, wordListOptions, type WordListFlags, type WordListOptions } from '../word-lists.js';

export function defineFreq(program: Command, globals: () => Globals): void {
  wordListCommand(program, 'freq', 'word frequencies across all inputs: count, per million words, documents')
    .addHelpText(
      'after',
      `
Examples:
  vnews freq --top 50 fixtures/seeds/
  vnews freq --stopwords vntk --min 5 --format csv corpus/ > words.csv`,
    )
    .action(async (inputs: string[], opts: WordListFlags) => {
      process.exitCode = await runFreq(inputs, wordListOptions(opts, globals()));
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function freqCommand(options: WordListOptions): Promise<SummaryCommand<FreqSummary, WordFrequency>> {
  const [{ freqSummary, mergeFreq, wordFrequencies }, { stopwords }, { foldedSummary, partialOptions }, { terminalWidth }, { freqCsv, freqTable }, { task }] = await Promise.all([
    import('../../corpus/freq.js'),
    import('../../corpus/words.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../parallel/tasks.js'),
  ]);
  const summary = freqSummary();
  return {
    name: 'freq',
    options: partialOptions(options),
    field: 'words',
    task: task('freq', { clean: options.clean }),
    ...foldedSummary(summary, mergeFreq),
    totals: () => ({ total_words: summary.words, documents: summary.documents }),
    items: () => wordFrequencies(summary, { ...limits(options), ...stopSet(options, stopwords) }),
    table: (rows) => (noteCut(rows.length, options), freqTable(rows, { words: summary.words, documents: summary.documents }, options.color, terminalWidth())),
    csv: freqCsv,
  };
}

export async function runFreq(inputs: string[], options: WordListOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  return runSummary(inputs, options.format, await freqCommand(options), options);
}
