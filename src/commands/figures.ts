// `vnews figures`: every figure of every input with its sentence, file:line and unit, filtered
// by unit, bounds and a pattern. Each article's figures are rendered as soon as it is read.
// Exit status as in grep: 0 some figure printed, 1 none, 2 an input failed (or a bad option).
import type { Format } from '../cli.js';
import { readArticle } from '../corpus/article.js';
import { articleFigures, figureFilter, type FigureFilterOptions } from '../corpus/figures.js';
import { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, terminalWidth } from '../cli/output.js';
import { recordInputs, renderInputs, streamReducer, type RunOptions } from '../cli/run.js';
import { withLongTableHint } from '../cli/hints.js';
import type { Reducer } from '../cli/partial.js';
import { partialOptions } from '../cli/summary.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import type { FigureInContext } from '../corpus/article.js';
import { figuresRenderers } from '../render/index.js';
import { countFound } from '../cli/stats.js';

export const EXIT_NO_MATCH = 1;

export interface FiguresCommandOptions extends FigureFilterOptions, RunOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

/** One article's figures that pass the filters, each in its sentence. */
export function figuresPart(options: { clean: boolean; filters: FigureFilterOptions }): ArticleFunction<FigureInContext[]> {
  const keep = figureFilter(options.filters);
  return (text, path) => articleFigures(readArticle(text, path, ['figures'], options.clean), keep);
}

const noMatch = (printed: number) => (printed > 0 ? EXIT_OK : EXIT_NO_MATCH);

/** `merge` of figures' partial files. */
export function figuresReducer(options: FiguresCommandOptions): Reducer {
  countFound('figures', 0);
  return streamReducer(figuresRenderers[options.format]({ color: options.color, width: terminalWidth() }), noMatch, (figures) => {
    countFound('figures', figures.length);
    return figures.length;
  });
}

export async function runFigures(inputs: string[], options: FiguresCommandOptions): Promise<number> {
  const { format, color, clean, jobs: _j, partial, progress: _g, ...filters } = options;
  try {
    figureFilter(filters);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'figures')) return EXIT_INPUT_ERROR;
  const figures = task(import.meta.url, figuresPart, { clean, filters: JSON.parse(JSON.stringify(filters)) as FigureFilterOptions });
  if (partial !== undefined) return recordInputs(inputs, figures, { file: partial, command: 'figures', options: partialOptions(options) }, options);
  let printed = 0;
  const made = figuresRenderers[format]({ color, width: terminalWidth() });
  const renderer = format === 'table' ? withLongTableHint(made) : made;
  countFound('figures', 0);
  const status = await renderInputs(
    inputs,
    renderer,
    figures,
    options,
    (found) => {
      printed += found.length;
      countFound('figures', found.length);
    },
    format === 'table',
  );
  if (status !== EXIT_OK) return status;
  return noMatch(printed);
}
