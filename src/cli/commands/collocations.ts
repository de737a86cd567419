// `vnews collocations`: the collocates of a word or phrase within a window of words, counted
// across all inputs into a mergeable summary, scored by log-likelihood, PMI or t-score.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Format } from '../../render/formats.js';
import type { Collocate, CollocationSummary, Measure } from '../../corpus/collocations.js';
import type { RunOptions } from '../run.js';
import type { SummaryCommand } from '../summary.js';
import { formatOf, formatOption, inputsArgument, jsonOption, partialOption, wholeNumber, type Globals } from '../options.js';

export interface CollocationsCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  left: number;
  right: number;
  measure: Measure;
  min: number;
  top?: number;
  stopwords?: string;
}

/** `--window 5` (5 each side) or `--window 2,4` (2 before, 4 after). */
export function parseWindow(value: string): [number, number] {
  const m = /^\s*(\d+)\s*(?:,\s*(\d+)\s*)?$/.exec(value);
  if (!m) throw new InvalidArgumentError(`--window takes N or L,R (whole numbers of words); got ${value}`);
  const left = Number(m[1]);
  const right = m[2] === undefined ? left : Number(m[2]);
  if (left + right === 0) throw new InvalidArgumentError('--window: the window holds no word');
  return [left, right];
}

export function defineCollocations(program: Command, globals: () => Globals): void {
  program
    .command('collocations')
    .description('the words found near a word or phrase more often than chance, by log-likelihood, PMI or t-score')
    .argument('<word>', 'a word or phrase (case and tone placement do not matter)')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(new Option('--window <n|l,r>', 'words either side (N), or before and after (L,R), within the line').argParser(parseWindow).default([5, 5], '5'))
    .addOption(new Option('--measure <measure>', 'association measure to rank by').choices(['ll', 'pmi', 'tscore']).default('ll'))
    .option('--min <n>', 'least co-occurrence count', (v) => wholeNumber(v, '--min'), 2)
    .option('--top <n>', 'show this many (0: all)', (v) => wholeNumber(v, '--top'), 50)
    .option('--stopwords <list>', "leave out collocates in this list: vntk, iso (stopwords-iso's Vietnamese) or a file, one word a line")
    .addOption(partialOption())
    .addHelpText(
      'after',
      `
Examples:
  vnews collocations 'Ngoại giao' corpus/
  vnews collocations 'hợp tác' --window 0,3 --measure tscore --stopwords vntk corpus/
  vnews collocations 'Việt Nam' --format csv corpus/ > collocates.csv`,
    )
    .action(async (word: string, inputs: string[], opts: { format: Format; json?: boolean; window: [number, number]; measure: Measure; min: number; top: number; stopwords?: string; partial?: string }) => {
      process.exitCode = await runCollocations(word, inputs, {
        format: formatOf(opts),
        ...globals(),
        left: opts.window[0],
        right: opts.window[1],
        measure: opts.measure,
        min: opts.min,
        ...(opts.top > 0 ? { top: opts.top } : {}),
        ...(opts.stopwords !== undefined ? { stopwords: opts.stopwords } : {}),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
      });
    });
}

/** The summary for `word` (for a run, or for `merge` of its partials); throws a usage error on a bad word or stopword list. */
export async function collocationsCommand(options: CollocationsCommandOptions & { word: string }): Promise<SummaryCommand<CollocationSummary, Collocate>> {
  const [{ collocates, emptyCollocations, mergeCollocationsInto, nodeKeys }, { stopwords }, { foldedSummary, partialOptions }, { terminalWidth }, { collocationsCsv, collocationsTable }, { task }] = await Promise.all([
    import('../../corpus/collocations.js'),
    import('../../corpus/words.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/collocations.js'),
    import('../../parallel/tasks.js'),
  ]);
  const summary = emptyCollocations(nodeKeys(options.word), options.left, options.right);
  const stop = options.stopwords !== undefined ? stopwords(options.stopwords) : undefined;
  return {
    name: 'collocations',
    options: partialOptions(options),
    field: 'collocates',
    task: task('collocations', { word: options.word, left: options.left, right: options.right, clean: options.clean }),
    ...foldedSummary(summary, mergeCollocationsInto),
    totals: () => {
      const { node, left, right, documents, words, nodes, window } = summary;
      return { node: node.join(' '), measure: options.measure, counts: { left, right, documents, words, nodes, window } };
    },
    items: () => collocates(summary, { measure: options.measure, min: options.min, ...(options.top !== undefined ? { top: options.top } : {}), ...(stop ? { stopwords: stop } : {}) }),
    table: (items) => collocationsTable(items, summary, options.measure, options.color, terminalWidth()),
    csv: collocationsCsv,
  };
}

export async function runCollocations(word: string, inputs: string[], options: CollocationsCommandOptions): Promise<number> {
  const [{ EXIT_INPUT_ERROR, missingInput, reportUsage }, { runSummary }] = await Promise.all([import('../output.js'), import('../summary.js')]);
  let command;
  try {
    command = await collocationsCommand({ ...options, word });
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'collocations')) return EXIT_INPUT_ERROR;
  return runSummary(inputs, options.format, command, options);
}
