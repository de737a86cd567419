// `vnews quotes`: who said what. Each article's quotations (direct, speaker labels, reported
// speech) are rendered as soon as it is read. Exit status 0, or 2 when an input failed.
import type { Format } from '../cli.js';
import { readArticle } from '../corpus/article.js';
import { findQuotes } from '../quotes/index.js';
import { EXIT_INPUT_ERROR, missingInput, terminalWidth } from '../cli/output.js';
import { renderInputs } from '../cli/run.js';
import { quotesRenderers } from '../render/index.js';

export interface QuotesCommandOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export async function runQuotes(inputs: string[], options: QuotesCommandOptions): Promise<number> {
  if (missingInput(inputs, 'quotes')) return EXIT_INPUT_ERROR;
  const renderer = quotesRenderers[options.format]({ color: options.color, width: terminalWidth() });
  return renderInputs(inputs, renderer, (text, path) => findQuotes(readArticle(text, path, ['officials'], options.clean)));
}
