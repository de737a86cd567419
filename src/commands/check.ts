// `vnews check`: the figures and facts that disagree between articles, each side quoted with
// file:line and its sentence. Exit status like diff: 1 when a disagreement is found, 0 when none,
// 2 when an input could not be read.
import { readArticle } from '../corpus/article.js';
import { addToCheck, emptyCheckSummary, findings, type FindingKind } from '../corpus/check.js';
import { runSummary, type SummaryFormat } from '../cli/summary.js';
import { EXIT_INPUT_ERROR, terminalWidth } from '../cli/output.js';
import { checkReport } from '../render/index.js';

export interface CheckCommandOptions {
  format: SummaryFormat;
  color: boolean;
  /** Show agreements too. */
  all: boolean;
  kinds?: readonly FindingKind[];
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export const EXIT_DISAGREEMENT = 1;

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const summary = emptyCheckSummary();
  const { status, items } = await runSummary(inputs, options.format, {
    field: 'findings',
    add: (text, path) => addToCheck(summary, readArticle(text, path, undefined, options.clean)),
    items: () => findings(summary, { agreements: options.all, disagreementsOnly: !options.all }).filter((f) => (options.all || !f.agree) && (options.kinds === undefined || options.kinds.includes(f.kind))),
    table: (found) => checkReport(found, options.color, terminalWidth()),
  });
  if (status === EXIT_INPUT_ERROR) return status;
  return items.some((f) => !f.agree) ? EXIT_DISAGREEMENT : status;
}
