// `vnews figures`: every figure of every input with its sentence, file:line and unit, filtered
// by unit, bounds and a pattern. Each article's figures are rendered as soon as it is read.
// Exit status as in grep: 0 some figure printed, 1 none, 2 an input failed (or a bad option).
import type { Format } from '../cli.js';
import { readArticle } from '../corpus/article.js';
import { articleFigures, figureFilter, type FigureFilterOptions } from '../corpus/figures.js';
import { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, terminalWidth } from '../cli/output.js';
import { renderInputs } from '../cli/run.js';
import { figuresRenderers } from '../render/index.js';

export const EXIT_NO_MATCH = 1;

export interface FiguresCommandOptions extends FigureFilterOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export async function runFigures(inputs: string[], options: FiguresCommandOptions): Promise<number> {
  let keep;
  try {
    keep = figureFilter(options);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'figures')) return EXIT_INPUT_ERROR;
  let printed = 0;
  const renderer = figuresRenderers[options.format]({ color: options.color, width: terminalWidth() });
  const status = await renderInputs(inputs, renderer, (text, path) => {
    const figures = articleFigures(readArticle(text, path, ['figures'], options.clean), keep);
    printed += figures.length;
    return figures;
  });
  if (status !== EXIT_OK) return status;
  return printed > 0 ? EXIT_OK : EXIT_NO_MATCH;
}
