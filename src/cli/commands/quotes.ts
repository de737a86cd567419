// `vnews quotes`: who said what. Each article's quotations (direct, speaker labels, reported
// speech) are rendered as soon as it is read. Exit status 0, or 2 when an input failed.
import type { Command } from 'commander';
import type { Format } from '../../render/formats.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, jsonOption, type Globals } from '../options.js';

export interface QuotesCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export function defineQuotes(program: Command, globals: () => Globals): void {
  program
    .command('quotes')
    .description('who said what: quotations, interview answers and reported speech, with speaker, verb and file:line')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  vnews quotes fixtures/seeds/
  vnews quotes --format ndjson corpus/ | jq -r 'select(.official) | [.speaker, .verb, .text] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean }) => {
      process.exitCode = await runQuotes(inputs, { format: formatOf(opts), ...globals() });
    });
}

export async function runQuotes(inputs: string[], options: QuotesCommandOptions): Promise<number> {
  const [{ EXIT_INPUT_ERROR, missingInput, terminalWidth }, { renderInputs }, { withLongTableHint }, { quotesRenderers }, { countFound }, { task }] = await Promise.all([
    import('../output.js'),
    import('../run.js'),
    import('../hints.js'),
    import('../../render/index.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  if (missingInput(inputs, 'quotes')) return EXIT_INPUT_ERROR;
  const table = options.format === 'table';
  const made = quotesRenderers[options.format]({ color: options.color, width: terminalWidth() });
  countFound('quotes', 0);
  return renderInputs(inputs, table ? withLongTableHint(made) : made, task('quotes', { clean: options.clean }), options, (quotes) => countFound('quotes', quotes.length), table);
}
