// `vnews conferences`: one row per (series, number) across all inputs: the articles, how each
// writes it, and the dates stated with it.
import { readArticle } from '../corpus/article.js';
import { addConferences, conferencesAcross, type ConferencesSummary } from '../corpus/conferences.js';
import { runSummary, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import { conferencesTable } from '../render/index.js';

export interface ConferencesCommandOptions {
  format: SummaryFormat;
  color: boolean;
  series?: string;
  number?: number;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export async function runConferences(inputs: string[], options: ConferencesCommandOptions): Promise<number> {
  const summary: ConferencesSummary = {};
  const { status } = await runSummary(inputs, options.format, {
    field: 'conferences',
    add: (text, path) => addConferences(summary, readArticle(text, path, ['conferences', 'dates', 'figures'], options.clean)),
    items: () => conferencesAcross(summary, { ...(options.series !== undefined ? { series: options.series } : {}), ...(options.number !== undefined ? { number: options.number } : {}) }),
    table: (conferences) => conferencesTable(conferences, options.color, terminalWidth()),
  });
  return status;
}
