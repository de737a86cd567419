// `vnews officials`: one row per person across all inputs, with the titles the articles give
// and when. Errors are reported as they come (and as ndjson error lines); the people follow.
import { extract } from '../extract.js';
import { addDocument, officialsAcross, type OfficialsSummary } from '../corpus/officials.js';
import { runSummary, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import { officialsTable } from '../render/index.js';

export interface OfficialsCommandOptions {
  format: SummaryFormat;
  color: boolean;
  name?: string;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export async function runOfficials(inputs: string[], options: OfficialsCommandOptions): Promise<number> {
  const summary: OfficialsSummary = {};
  const { status } = await runSummary(inputs, options.format, {
    field: 'officials',
    add: (text, path) => addDocument(summary, extract(text, { path, only: ['officials', 'dates'], clean: options.clean })),
    items: () => officialsAcross(summary, options.name),
    table: (people) => officialsTable(people, options.color, terminalWidth()),
  });
  return status;
}
