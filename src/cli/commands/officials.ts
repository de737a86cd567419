// `vnews officials`: one row per person across all inputs, with the titles the articles give
// and when. Errors are reported as they come (and as ndjson error lines); the people follow.
import type { Command } from 'commander';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../render/formats.js';
import type { OfficialAcross, OfficialsSummary } from '../../corpus/officials.js';
import type { RunOptions } from '../run.js';
import type { SummaryCommand } from '../summary.js';
import { formatOf, formatOption, inputsArgument, jsonOption, partialOption, type Globals } from '../options.js';

export interface OfficialsCommandOptions extends RunOptions {
  format: SummaryFormat;
  color: boolean;
  name?: string;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export function defineOfficials(program: Command, globals: () => Globals): void {
  program
    .command('officials')
    .description('people across all inputs: the titles each article gives them, and when')
    .addArgument(inputsArgument())
    .addOption(formatOption(SUMMARY_FORMATS))
    .addOption(jsonOption())
    .addOption(partialOption())
    .option('--name <name>', 'only people whose name contains this (case and tone placement do not matter)')
    .action(async (inputs: string[], opts: { format: SummaryFormat; json?: boolean; name?: string; partial?: string }) => {
      process.exitCode = await runOfficials(inputs, {
        format: formatOf(opts),
        ...globals(),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.name !== undefined ? { name: opts.name } : {}),
      });
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function officialsCommand(options: OfficialsCommandOptions): Promise<SummaryCommand<OfficialsSummary, OfficialAcross>> {
  const [{ mergeSummariesInto, officialsAcross }, { foldedSummary, partialOptions }, { terminalWidth }, { officialsTable }, { task }, { dict }] = await Promise.all([
    import('../../corpus/officials.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../parallel/tasks.js'),
    import('../../collections.js'),
  ]);
  const summary: OfficialsSummary = dict();
  return {
    name: 'officials',
    options: partialOptions(options),
    field: 'officials',
    task: task('officials', { clean: options.clean }),
    ...foldedSummary(summary, mergeSummariesInto),
    items: () => officialsAcross(summary, options.name),
    // As figures and grep: 1 when --name matched nobody.
    exit: (people) => (options.name !== undefined && people.length === 0 ? 1 : 0),
    table: (people) => officialsTable(people, options.color, terminalWidth()),
  };
}

export async function runOfficials(inputs: string[], options: OfficialsCommandOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  return runSummary(inputs, options.format, await officialsCommand(options), options);
}
