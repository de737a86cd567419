// `vnews quotes`: who said what. Each article's quotations (direct, speaker labels, reported
// speech) are rendered as soon as it is read. Exit status 0, or 2 when an input failed.
import type { Format } from '../cli.js';
import { readArticle } from '../corpus/article.js';
import { findQuotes } from '../quotes/index.js';
import { EXIT_INPUT_ERROR, missingInput, terminalWidth } from '../cli/output.js';
import { renderInputs, type RunOptions } from '../cli/run.js';
import { withLongTableHint } from '../cli/hints.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import type { Quote } from '../quotes/index.js';
import { quotesRenderers } from '../render/index.js';
import { countFound } from '../cli/stats.js';

export interface QuotesCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export async function runQuotes(inputs: string[], options: QuotesCommandOptions): Promise<number> {
  if (missingInput(inputs, 'quotes')) return EXIT_INPUT_ERROR;
  const table = options.format === 'table';
  const made = quotesRenderers[options.format]({ color: options.color, width: terminalWidth() });
  countFound('quotes', 0);
  return renderInputs(inputs, table ? withLongTableHint(made) : made, task(import.meta.url, quotesPart, { clean: options.clean }), options, (quotes) => countFound('quotes', quotes.length), table);
}

/** One article's quotations. */
export function quotesPart(options: { clean: boolean }): ArticleFunction<Quote[]> {
  return (text, path) => findQuotes(readArticle(text, path, ['officials'], options.clean));
}
