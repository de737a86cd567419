// `vnews figures`: every figure of every input with its sentence, file:line and unit, filtered
// by unit, bounds and a pattern. Each article's figures are rendered as soon as it is read.
// Exit status as in grep: 0 some figure printed, 1 none, 2 an input failed (or a bad option).
import type { Command } from 'commander';
import type { Format } from '../../render/formats.js';
import type { FigureFilterOptions } from '../../corpus/figures.js';
import type { Reducer } from '../partial.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, jsonOption, partialOption, type Globals } from '../options.js';

export const EXIT_NO_MATCH = 1;

export interface FiguresCommandOptions extends FigureFilterOptions, RunOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export function defineFigures(program: Command, globals: () => Globals): void {
  program
    .command('figures')
    .description('every figure with its sentence, file:line and unit (exit 1 when none matches)')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(partialOption())
    .option('--unit <units>', 'only these units, comma-separated or repeated (case and tone placement do not matter)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--min <number>', 'only figures whose value (or range) reaches this: 300, 1e6')
    .option('--max <number>', 'only figures whose value (or range) is at most this')
    .option('--grep <pattern>', 'only figures whose sentence or text matches this regular expression (case-insensitive)')
    .addHelpText(
      'after',
      `
Examples:
  vnews figures fixtures/
  vnews figures --unit 'đại biểu' --min 100 'corpus/**/*.txt'
  vnews figures --unit USD,đồng --grep 'xuất khẩu' --format ndjson corpus/ | jq -r '[.path, .line, .value, .unit] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean; unit?: string[]; min?: string; max?: string; grep?: string; partial?: string }) => {
      const { json: _json, format: _format, ...filters } = opts;
      process.exitCode = await runFigures(inputs, {
        format: formatOf(opts),
        ...globals(),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...filters,
      });
    });
}

/** A bad filter as the command line names it: `--min: 'lots' is not a number …`. */
function filterMessage(err: { field: string; message: string }, filters: FigureFilterOptions): string {
  return err.field === 'range' ? `--min ${filters.min} is above --max ${filters.max}` : `--${err.field}: ${err.message}`;
}

const noMatch = (printed: number) => (printed > 0 ? 0 : EXIT_NO_MATCH);

/** `merge` of figures' partial files. */
export async function figuresReducer(options: FiguresCommandOptions): Promise<Reducer> {
  const [{ terminalWidth }, { streamReducer }, { figuresRenderers }, { countFound }] = await Promise.all([import('../output.js'), import('../run.js'), import('../../render/index.js'), import('../stats.js')]);
  countFound('figures', 0);
  return streamReducer(figuresRenderers[options.format]({ color: options.color, width: terminalWidth() }), noMatch, (figures) => {
    countFound('figures', figures.length);
    return figures.length;
  });
}

export async function runFigures(inputs: string[], options: FiguresCommandOptions): Promise<number> {
  const [{ EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, terminalWidth }, { recordInputs, renderInputs }, { withLongTableHint }, { partialOptions }, { figureFilter, FilterError }, { figuresRenderers }, { countFound }, { task }] = await Promise.all([
    import('../output.js'),
    import('../run.js'),
    import('../hints.js'),
    import('../summary.js'),
    import('../../corpus/figures.js'),
    import('../../render/index.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  const { format, color, clean, jobs: _j, partial, progress: _g, ...filters } = options;
  try {
    figureFilter(filters);
  } catch (err) {
    reportUsage(err instanceof FilterError ? filterMessage(err, filters) : (err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'figures')) return EXIT_INPUT_ERROR;
  const figures = task('figures', { clean, filters: JSON.parse(JSON.stringify(filters)) as FigureFilterOptions });
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
