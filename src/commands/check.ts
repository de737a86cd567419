// `vnews check`: the figures and facts that disagree between articles, each side quoted with
// file:line and its sentence. Exit status like diff: 1 when a disagreement is found, 0 when none,
// 2 when an input could not be read.
import { readArticle } from '../corpus/article.js';
import { addToCheck, checkEvents, emptyCheckSummary, findings, mergeCheckInto, type CheckEvent, type CheckSummary, type Finding, type FindingKind } from '../corpus/check/index.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { checkReport } from '../render/index.js';
import { checkHtml } from '../render/check-html.js';

/** The fold its task's workers look up by name in this module. */
export { mergeCheckInto };

export interface CheckCommandOptions extends RunOptions {
  format: SummaryFormat | 'html';
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

/** What one article states, as a summary of its own. */
export function checkPart(options: { clean: boolean }): ArticleFunction<CheckSummary> {
  return (text, path) => {
    const part = emptyCheckSummary();
    addToCheck(part, readArticle(text, path, undefined, options.clean));
    return part;
  };
}

export function checkCommand(options: CheckCommandOptions): SummaryCommand<CheckSummary, Finding> {
  const summary = emptyCheckSummary();
  let events: CheckEvent[] | undefined;
  const eventsOf = () => (events ??= checkEvents(summary));
  return {
    name: 'check',
    options: partialOptions(options),
    field: 'findings',
    task: task(import.meta.url, checkPart, { clean: options.clean }, mergeCheckInto),
    ...foldedSummary(summary, mergeCheckInto),
    items: () => findings(summary, { agreements: options.all, disagreementsOnly: !options.all, ...(options.minScore !== undefined ? { minScore: options.minScore } : {}) }).filter((f) => (options.all || !f.agree) && (options.kinds === undefined || options.kinds.includes(f.kind))),
    table: (found) => (options.format === 'html' ? checkHtml(found, eventsOf()) : `${options.events ? eventTable(eventsOf()) : ''}${checkReport(found, options.color, terminalWidth())}`),
    // The JSON holds the events compared, before the findings.
    totals: () => ({ events: eventsOf() }),
    exit: (found) => (found.some((f) => !f.agree) ? EXIT_DISAGREEMENT : 0),
  };
}

export function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  // HTML is written as the table is: one string for the whole report.
  return runSummary(inputs, options.format === 'html' ? 'table' : options.format, checkCommand(options), options);
}

/** The events as a list for the table: each with its date, what it names and its articles. */
function eventTable(events: readonly CheckEvent[]): string {
  const lines = [`${events.length} event${events.length === 1 ? '' : 's'} compared (articles reporting one event):`];
  for (const e of events) lines.push(`  event ${e.id}${e.date ? ` · ${e.date}` : ''} · ${e.entities.slice(0, 5).join(', ')}`, ...e.paths.map((p) => `      ${p}`));
  return `${lines.join('\n')}\n\n`;
}
