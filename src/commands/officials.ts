// `vnews officials`: one row per person across all inputs, with the titles the articles give
// and when. Errors are reported as they come (and as ndjson error lines); the people follow.
import { extract } from '../extract.js';
import { addDocument, mergeSummariesInto, officialsAcross, type OfficialAcross, type OfficialsSummary } from '../corpus/officials.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { officialsTable } from '../render/index.js';
import { dict } from '../collections.js';

/** The fold its task's workers look up by name in this module. */
export { mergeSummariesInto };

export interface OfficialsCommandOptions extends RunOptions {
  format: SummaryFormat;
  color: boolean;
  name?: string;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

/** One article's officials, as a summary of its own. */
export function officialsPart(options: { clean: boolean }): ArticleFunction<OfficialsSummary> {
  return (text, path) => {
    const part: OfficialsSummary = dict();
    addDocument(part, extract(text, { path, only: ['officials', 'dates'], clean: options.clean }));
    return part;
  };
}

export function officialsCommand(options: OfficialsCommandOptions): SummaryCommand<OfficialsSummary, OfficialAcross> {
  const summary: OfficialsSummary = dict();
  return {
    name: 'officials',
    options: partialOptions(options),
    field: 'officials',
    task: task(import.meta.url, officialsPart, { clean: options.clean }, mergeSummariesInto),
    ...foldedSummary(summary, mergeSummariesInto),
    items: () => officialsAcross(summary, options.name),
    // As figures and grep: 1 when --name matched nobody.
    exit: (people) => (options.name !== undefined && people.length === 0 ? 1 : 0),
    table: (people) => officialsTable(people, options.color, terminalWidth()),
  };
}

export function runOfficials(inputs: string[], options: OfficialsCommandOptions): Promise<number> {
  return runSummary(inputs, options.format, officialsCommand(options), options);
}
