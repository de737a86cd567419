// `vnews conferences`: one row per (series, number) across all inputs: the articles, how each
// writes it, and the dates stated with it.
import type { Command } from 'commander';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../render/formats.js';
import type { ConferenceAcross, ConferencesSummary } from '../../corpus/conferences.js';
import type { RunOptions } from '../run.js';
import type { SummaryCommand } from '../summary.js';
import { formatOf, formatOption, inputsArgument, jsonOption, partialOption, wholeNumber, type Globals } from '../options.js';

export interface ConferencesCommandOptions extends RunOptions {
  format: SummaryFormat;
  color: boolean;
  series?: string;
  number?: number;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export function defineConferences(program: Command, globals: () => Globals): void {
  program
    .command('conferences')
    .description('numbered conferences across all inputs: the articles, how each writes it, the dates stated with it')
    .addArgument(inputsArgument())
    .addOption(formatOption(SUMMARY_FORMATS))
    .addOption(jsonOption())
    .addOption(partialOption())
    .option('--series <text>', 'only series whose name contains this (case and tone placement do not matter; without any diacritic, none are needed)')
    .option('--number <n>', 'only conferences with this number', (v) => wholeNumber(v, '--number'))
    .addHelpText(
      'after',
      `
Examples:
  vnews conferences fixtures/seeds/
  vnews conferences --series 'Kỳ họp Quốc hội' --number 3 --json corpus/ | jq '.conferences[].dates'`,
    )
    .action(async (inputs: string[], opts: { format: SummaryFormat; json?: boolean; series?: string; number?: number; partial?: string }) => {
      process.exitCode = await runConferences(inputs, {
        format: formatOf(opts),
        ...globals(),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.series !== undefined ? { series: opts.series } : {}),
        ...(opts.number !== undefined ? { number: opts.number } : {}),
      });
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function conferencesCommand(options: ConferencesCommandOptions): Promise<SummaryCommand<ConferencesSummary, ConferenceAcross>> {
  const [{ conferencesAcross, mergeConferencesInto }, { foldedSummary, partialOptions }, { terminalWidth }, { conferencesTable }, { task }, { dict }] = await Promise.all([
    import('../../corpus/conferences.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../parallel/tasks.js'),
    import('../../collections.js'),
  ]);
  const summary: ConferencesSummary = dict();
  return {
    name: 'conferences',
    options: partialOptions(options),
    field: 'conferences',
    task: task('conferences', { clean: options.clean }),
    ...foldedSummary(summary, mergeConferencesInto),
    items: () => conferencesAcross(summary, { ...(options.series !== undefined ? { series: options.series } : {}), ...(options.number !== undefined ? { number: options.number } : {}) }),
    // As figures and grep: 1 when --series or --number matched nothing.
    exit: (found) => ((options.series !== undefined || options.number !== undefined) && found.length === 0 ? 1 : 0),
    table: (conferences) => conferencesTable(conferences, options.color, terminalWidth()),
  };
}

export async function runConferences(inputs: string[], options: ConferencesCommandOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  return runSummary(inputs, options.format, await conferencesCommand(options), options);
}
