// `vnews dedupe`: groups of duplicate articles (the same story twice: two sites, or one site
// twice), each with its articles and the pairs that join it. Exit status like grep: 0 when a
// group is found, 1 when none, 2 when an input could not be read (the others are still grouped).
import { prepare } from '../clean/index.js';
import { addToDedupe, createDedupeIndex, duplicateGroups, type DuplicateOptions } from '../corpus/dedupe.js';
import { runSummary, type SummaryFormat } from '../cli/summary.js';
import { EXIT_INPUT_ERROR, terminalWidth } from '../cli/output.js';
import { dedupeTable } from '../render/index.js';

export interface DedupeCommandOptions extends DuplicateOptions {
  format: SummaryFormat;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export const EXIT_NO_GROUP = 1;

/** The text an article is compared by: normalized, its site furniture blanked unless `clean` is false (teasers are other stories). */
export function textToSign(raw: string, clean = true): string {
  return prepare(raw, clean).masked;
}

export async function runDedupe(inputs: string[], options: DedupeCommandOptions): Promise<number> {
  const index = createDedupeIndex();
  const { format, color, clean, ...pairOptions } = options;
  const { status, items } = await runSummary(inputs, format, {
    field: 'groups',
    add: (text, path) => addToDedupe(index, path, textToSign(text, clean)),
    items: () => duplicateGroups(index, pairOptions),
    table: (groups) => dedupeTable(groups, color, terminalWidth()),
  });
  if (status === EXIT_INPUT_ERROR) return status;
  return items.length > 0 ? status : EXIT_NO_GROUP;
}
