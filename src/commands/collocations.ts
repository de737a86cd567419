// `vnews collocations`: the collocates of a word or phrase within a window of words, counted
// across all inputs into a mergeable summary, scored by log-likelihood, PMI or t-score.
import type { Format } from '../cli.js';
import { compilePattern } from '../corpus/concordance.js';
import { addArticleCollocations, collocates, emptyCollocations, mergeCollocationsInto, type Collocate, type CollocationSummary, type Measure } from '../corpus/collocations.js';
import { stopwords } from '../corpus/words.js';
import { EXIT_INPUT_ERROR, missingInput, reportUsage, terminalWidth } from '../cli/output.js';
import type { RunOptions } from '../cli/run.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand } from '../cli/summary.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { collocationsCsv, collocationsTable } from '../render/collocations.js';

/** The fold its task's workers look up by name in this module. */
export { mergeCollocationsInto };

export interface CollocationsCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  left: number;
  right: number;
  measure: Measure;
  min: number;
  top?: number;
  stopwords?: string;
}

/** The node's keys (a phrase has several); throws on a pattern that is no word. */
function nodeKeys(word: string): string[] {
  const pattern = compilePattern(word);
  return pattern.kind === 'words' ? pattern.keys : [];
}

/** One article's counts around the node. */
export function collocationsPart(options: { word: string; left: number; right: number; clean: boolean }): ArticleFunction<CollocationSummary> {
  const pattern = compilePattern(options.word);
  const node = nodeKeys(options.word);
  return (text) => {
    const part = emptyCollocations(node, options.left, options.right);
    addArticleCollocations(part, text, pattern, options.clean);
    return part;
  };
}

/** The command for `word`; throws a usage error on a bad word or stopword list. */
export function collocationsCommand(options: CollocationsCommandOptions & { word: string }): SummaryCommand<CollocationSummary, Collocate> {
  const summary = emptyCollocations(nodeKeys(options.word), options.left, options.right);
  const stop = options.stopwords !== undefined ? stopwords(options.stopwords) : undefined;
  return {
    name: 'collocations',
    options: partialOptions(options),
    field: 'collocates',
    task: task(import.meta.url, collocationsPart, { word: options.word, left: options.left, right: options.right, clean: options.clean }, mergeCollocationsInto),
    ...foldedSummary(summary, mergeCollocationsInto),
    totals: () => {
      const { node, left, right, documents, words, nodes, window } = summary;
      return { node: node.join(' '), measure: options.measure, counts: { left, right, documents, words, nodes, window } };
    },
    items: () => collocates(summary, { measure: options.measure, min: options.min, ...(options.top !== undefined ? { top: options.top } : {}), ...(stop ? { stopwords: stop } : {}) }),
    table: (items) => collocationsTable(items, summary, options.measure, options.color, terminalWidth()),
    csv: collocationsCsv,
  };
}

export async function runCollocations(word: string, inputs: string[], options: CollocationsCommandOptions): Promise<number> {
  let command;
  try {
    command = collocationsCommand({ ...options, word });
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'collocations')) return EXIT_INPUT_ERROR;
  return runSummary(inputs, options.format, command, options);
}
