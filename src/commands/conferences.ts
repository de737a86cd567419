// `vnews conferences`: one row per (series, number) across all inputs: the articles, how each
// writes it, and the dates stated with it.
import { readArticle } from '../corpus/article.js';
import { addConferences, conferencesAcross, mergeConferencesInto, type ConferenceAcross, type ConferencesSummary } from '../corpus/conferences.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { conferencesTable } from '../render/index.js';
import { dict } from '../collections.js';

/** The fold its task's workers look up by name in this module. */
export { mergeConferencesInto };

export interface ConferencesCommandOptions extends RunOptions {
  format: SummaryFormat;
  color: boolean;
  series?: string;
  number?: number;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

/** One article's conferences, as a summary of its own. */
export function conferencesPart(options: { clean: boolean }): ArticleFunction<ConferencesSummary> {
  return (text, path) => {
    const part: ConferencesSummary = dict();
    addConferences(part, readArticle(text, path, ['conferences', 'dates', 'figures'], options.clean));
    return part;
  };
}

export function conferencesCommand(options: ConferencesCommandOptions): SummaryCommand<ConferencesSummary, ConferenceAcross> {
  const summary: ConferencesSummary = dict();
  return {
    name: 'conferences',
    options: partialOptions(options),
    field: 'conferences',
    task: task(import.meta.url, conferencesPart, { clean: options.clean }, mergeConferencesInto),
    ...foldedSummary(summary, mergeConferencesInto),
    items: () => conferencesAcross(summary, { ...(options.series !== undefined ? { series: options.series } : {}), ...(options.number !== undefined ? { number: options.number } : {}) }),
    // As figures and grep: 1 when --series or --number matched nothing.
    exit: (found) => ((options.series !== undefined || options.number !== undefined) && found.length === 0 ? 1 : 0),
    table: (conferences) => conferencesTable(conferences, options.color, terminalWidth()),
  };
}

export function runConferences(inputs: string[], options: ConferencesCommandOptions): Promise<number> {
  return runSummary(inputs, options.format, conferencesCommand(options), options);
}
