// `vnews dedupe`: groups of duplicate articles (the same story twice: two sites, or one site
// twice), each with its articles and the pairs that join it. Exit status like grep: 0 when a
// group is found, 1 when none, 2 when an input could not be read (the others are still grouped).
import { prepare } from '../clean/index.js';
import { addToDedupe, createDedupeIndex, duplicateGroups, mergeDedupeInto, type DedupeIndex, type DuplicateGroup, type DuplicateOptions } from '../corpus/dedupe.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { dedupeTable } from '../render/index.js';

/** The fold its task's workers look up by name in this module. */
export { mergeDedupeInto };

export interface DedupeCommandOptions extends DuplicateOptions, RunOptions {
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

/** One article's signature, as an index of its own. */
export function dedupePart(options: { clean: boolean }): ArticleFunction<DedupeIndex> {
  return (text, path) => {
    const part = createDedupeIndex();
    addToDedupe(part, path, textToSign(text, options.clean));
    return part;
  };
}

export function dedupeCommand(options: DedupeCommandOptions): SummaryCommand<DedupeIndex, DuplicateGroup> {
  const index = createDedupeIndex();
  const { format: _f, color, clean, jobs: _j, partial: _p, progress: _g, ...pairOptions } = options;
  return {
    name: 'dedupe',
    options: partialOptions(options),
    field: 'groups',
    task: task(import.meta.url, dedupePart, { clean }, mergeDedupeInto),
    ...foldedSummary(index, mergeDedupeInto),
    items: () => duplicateGroups(index, pairOptions),
    table: (groups) => dedupeTable(groups, color, terminalWidth()),
    exit: (groups) => (groups.length > 0 ? 0 : EXIT_NO_GROUP),
  };
}

export function runDedupe(inputs: string[], options: DedupeCommandOptions): Promise<number> {
  return runSummary(inputs, options.format, dedupeCommand(options), options);
}
