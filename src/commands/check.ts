// `vnews check`: the figures and facts that disagree between articles, each side quoted with
// file:line and its sentence. Exit status like diff: 1 when a disagreement is found, 0 when none,
// 2 when an input could not be read.
import { readArticle } from '../corpus/article.js';
import { addToCheck, emptyCheckSummary, findings, mergeCheckInto, type CheckSummary, type Finding, type FindingKind } from '../corpus/check/index.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { checkReport } from '../render/index.js';

/** The fold its task's workers look up by name in this module. */
export { mergeCheckInto };

export interface CheckCommandOptions extends RunOptions {
  format: SummaryFormat;
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
  return {
    name: 'check',
    options: partialOptions(options),
    field: 'findings',
    task: task(import.meta.url, checkPart, { clean: options.clean }, mergeCheckInto),
    ...foldedSummary(summary, mergeCheckInto),
    items: () => findings(summary, { agreements: options.all, disagreementsOnly: !options.all }).filter((f) => (options.all || !f.agree) && (options.kinds === undefined || options.kinds.includes(f.kind))),
    table: (found) => checkReport(found, options.color, terminalWidth()),
    exit: (found) => (found.some((f) => !f.agree) ? EXIT_DISAGREEMENT : 0),
  };
}

export function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  return runSummary(inputs, options.format, checkCommand(options), options);
}
