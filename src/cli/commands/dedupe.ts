// `vnews dedupe`: groups of duplicate articles (the same story twice: two sites, or one site
// twice), each with its articles and the pairs that join it. Exit status like grep: 0 when a
// group is found, 1 when none, 2 when an input could not be read (the others are still grouped).
import type { Command } from 'commander';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../render/formats.js';
import type { DedupeIndex, DuplicateGroup, DuplicateOptions } from '../../corpus/dedupe.js';
import type { RunOptions } from '../run.js';
import type { SummaryCommand } from '../summary.js';
import { formatOf, formatOption, inputsArgument, jsonOption, partialOption, unitInterval, type Globals } from '../options.js';

export interface DedupeCommandOptions extends DuplicateOptions, RunOptions {
  format: SummaryFormat;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export const EXIT_NO_GROUP = 1;

export function defineDedupe(program: Command, globals: () => Globals): void {
  program
    .command('dedupe')
    .description('groups of duplicate articles: the same story twice (exit 1 when none, like grep)')
    .addArgument(inputsArgument())
    .addOption(formatOption(SUMMARY_FORMATS))
    .addOption(jsonOption())
    .addOption(partialOption())
    .option('--threshold <x>', 'least share of the smaller article found in the larger, 0..1 (default 0.5)', (v) => unitInterval(v, '--threshold'))
    .option('--min-lead <x>', "least share of each article's opening found in the other, 0..1 (default 0.125; 0: off)", (v) => unitInterval(v, '--min-lead'))
    .addHelpText(
      'after',
      `
Exit status: 0 some group, 1 no group, 2 an input could not be read.

Examples:
  vnews dedupe fixtures/seeds/
  vnews dedupe --format ndjson corpus/ | jq -r '[.articles[].path] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: SummaryFormat; json?: boolean; threshold?: number; minLead?: number; partial?: string }) => {
      process.exitCode = await runDedupe(inputs, {
        format: formatOf(opts),
        ...globals(),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
        ...(opts.minLead !== undefined ? { minLead: opts.minLead } : {}),
      });
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function dedupeCommand(options: DedupeCommandOptions): Promise<SummaryCommand<DedupeIndex, DuplicateGroup>> {
  const [{ createDedupeIndex, duplicateGroups, mergeDedupeInto }, { foldedSummary, partialOptions }, { terminalWidth }, { dedupeTable }, { task }] = await Promise.all([
    import('../../corpus/dedupe.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../parallel/tasks.js'),
  ]);
  const index = createDedupeIndex();
  const { format: _f, color, clean, jobs: _j, partial: _p, progress: _g, ...pairOptions } = options;
  return {
    name: 'dedupe',
    options: partialOptions(options),
    field: 'groups',
    task: task('dedupe', { clean }),
    ...foldedSummary(index, mergeDedupeInto),
    items: () => duplicateGroups(index, pairOptions),
    table: (groups) => dedupeTable(groups, color, terminalWidth()),
    exit: (groups) => (groups.length > 0 ? 0 : EXIT_NO_GROUP),
  };
}

export async function runDedupe(inputs: string[], options: DedupeCommandOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  return runSummary(inputs, options.format, await dedupeCommand(options), options);
}
