// `vnews check`: the figures and facts that disagree between articles, each side quoted with
// file:line and its sentence. Exit status like diff: 1 when a disagreement is found, 0 when none,
// 2 when an input could not be read.
import type { Command } from 'commander';
import { CHECK_FORMATS, type CheckFormat } from '../../render/formats.js';
import { FINDING_KINDS, type CheckEvent, type CheckSummary, type Finding, type FindingKind } from '../../corpus/check/types.js';
import type { RunOptions } from '../run.js';
import type { SummaryCommand } from '../summary.js';
import { choiceList, formatOf, formatOption, inputsArgument, jsonOption, partialOption, unitInterval, type Globals } from '../options.js';

export interface CheckCommandOptions extends RunOptions {
  format: CheckFormat;
  /** The score from which an event's disagreeing figures are reported (DEFAULT_MIN_SCORE). */
  minScore?: number;
  /** The table lists the events compared first. */
  events?: boolean;
  color: boolean;
  /** Show agreements too. */
  all: boolean;
  kinds?: readonly FindingKind[];
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export const EXIT_DISAGREEMENT = 1;

export function defineCheck(program: Command, globals: () => Globals): void {
  program
    .command('check')
    .description('facts and figures that disagree between articles (exit 1 when some do, like diff)')
    .addArgument(inputsArgument())
    .addOption(formatOption(CHECK_FORMATS, 'output format (html: one self-contained page, with --out FILE)'))
    .addOption(jsonOption())
    .addOption(partialOption())
    .option('--all', 'show agreements too')
    .option('--min-score <x>', 'the alignment score (0 to 1) from which an event\'s figures that disagree are reported (default 0.2)', (v) => unitInterval(v, '--min-score'))
    .option('--events', 'the table lists the events compared (groups of articles reporting one event) first')
    .option('--kind <kinds>', `comma-separated kinds of finding: ${FINDING_KINDS.join(',')}`, (v) => choiceList(v, FINDING_KINDS, '--kind') as FindingKind[])
    .addHelpText(
      'after',
      `
Exit status: 0 no disagreement, 1 some disagreement, 2 an input could not be read.

Examples:
  vnews check fixtures/seeds/ --all
  vnews check --format ndjson corpus/ | jq -r 'select(.agree | not) | .subject'`,
    )
    .action(async (inputs: string[], opts: { format: CheckFormat; json?: boolean; all?: boolean; kind?: FindingKind[]; partial?: string; minScore?: number; events?: boolean }) => {
      process.exitCode = await runCheck(inputs, {
        format: formatOf(opts),
        ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
        events: opts.events === true,
        ...globals(),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        all: opts.all === true,
        ...(opts.kind !== undefined ? { kinds: opts.kind } : {}),
      });
    });
}

/** The summary (for a run, or for `merge` of its partials). */
export async function checkCommand(options: CheckCommandOptions): Promise<SummaryCommand<CheckSummary, Finding>> {
  const [{ checkEvents, emptyCheckSummary, findings, mergeCheckInto }, { foldedSummary, partialOptions }, { terminalWidth }, { checkReport }, { checkHtml }, { task }] = await Promise.all([
    import('../../corpus/check/index.js'),
    import('../summary.js'),
    import('../output.js'),
    import('../../render/index.js'),
    import('../../render/check-html.js'),
    import('../../parallel/tasks.js'),
  ]);
  const summary = emptyCheckSummary();
  let events: CheckEvent[] | undefined;
  const eventsOf = () => (events ??= checkEvents(summary));
  return {
    name: 'check',
    options: partialOptions(options),
    field: 'findings',
    task: task('check', { clean: options.clean }),
    ...foldedSummary(summary, mergeCheckInto),
    items: () => findings(summary, { agreements: options.all, disagreementsOnly: !options.all, ...(options.minScore !== undefined ? { minScore: options.minScore } : {}) }).filter((f) => (options.all || !f.agree) && (options.kinds === undefined || options.kinds.includes(f.kind))),
    table: (found) => (options.format === 'html' ? checkHtml(found, eventsOf()) : `${options.events ? eventTable(eventsOf()) : ''}${checkReport(found, options.color, terminalWidth())}`),
    // The JSON holds the events compared, before the findings.
    totals: () => ({ events: eventsOf() }),
    exit: (found) => (found.some((f) => !f.agree) ? EXIT_DISAGREEMENT : 0),
  };
}

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const { runSummary } = await import('../summary.js');
  // HTML is written as the table is: one string for the whole report.
  return runSummary(inputs, options.format === 'html' ? 'table' : options.format, await checkCommand(options), options);
}

/** The events as a list for the table: each with its date, what it names and its articles. */
function eventTable(events: readonly CheckEvent[]): string {
  const lines = [`${events.length} event${events.length === 1 ? '' : 's'} compared (articles reporting one event):`];
  for (const e of events) lines.push(`  event ${e.id}${e.date ? ` · ${e.date}` : ''} · ${e.entities.slice(0, 5).join(', ')}`, ...e.paths.map((p) => `      ${p}`));
  return `${lines.join('\n')}\n\n`;
}
