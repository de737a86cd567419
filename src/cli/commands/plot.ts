// `vnews plot`: a dispersion plot of where a pattern (as for kwic) falls in each article, in the
// terminal, as JSON of the positions, or as an SVG or PNG file (--out FILE.svg). Exit status as in grep:
// 0 some hit, 1 none, 2 an input failed (or a bad option).
import type { Command } from 'commander';
import type { Format } from '../../render/formats.js';
import type { Dispersion } from '../../corpus/concordance.js';
import type { InputError } from '../../types.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, isImageFile, jsonOption, wholeNumber, type Globals } from '../options.js';

export const EXIT_NO_MATCH = 1;

export interface PlotCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  regex: boolean;
  /** Write the plot to this .svg or .png file instead (through a temporary file renamed when done). */
  out?: string;
  /** Draw (and list) only the N articles with the most hits; 0 or undefined: all. */
  top?: number;
}

export function definePlot(program: Command, globals: () => Globals): void {
  program
    .command('plot')
    .description('a dispersion plot: where a word, phrase or pattern falls in each article (exit 1 when nowhere, like grep)')
    .argument('<pattern>', 'as for kwic: a word or phrase, or with --regex a regular expression over one word')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .option('--regex', 'PATTERN is a JavaScript regular expression tested against each word')
    .option('--top <n>', 'only the N articles with the most hits, most first (0: all); drawn plots leave out the articles without a hit', (v) => wholeNumber(v, '--top'))
    .addHelpText(
      'after',
      `
The global --out FILE writes the plot as an image when FILE ends in .svg or .png (DejaVu Sans,
an axis of the position in each article); other image formats are refused.

Exit status: 0 some hit, 1 no hit, 2 an input could not be read (or the file could not be written).

Examples:
  vnews plot 'Hội nghị' fixtures/seeds/
  vnews plot 'Biển Đông' corpus/baomoi-2017/ --out bien-dong.png
  vnews plot 'ASEAN' --format json corpus/ | jq '.articles[] | {path, n: (.hits | length)}'`,
    )
    .action(async (pattern: string, inputs: string[], opts: { format: Format; json?: boolean; regex?: boolean; top?: number }) => {
      const out = program.opts<{ out?: string }>().out;
      process.exitCode = await runPlot(pattern, inputs, {
        format: formatOf(opts),
        ...globals(),
        regex: opts.regex === true,
        ...(opts.top !== undefined && opts.top > 0 ? { top: opts.top } : {}),
        ...(out !== undefined && isImageFile(out) ? { out } : {}),
      });
    });
}

export async function runPlot(patternText: string, inputs: string[], options: PlotCommandOptions): Promise<number> {
  const [{ compilePattern }, { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, terminalWidth, write, writeFileAtomically }, { eachInput }, { plotPng, plotRenderers, plotRows, plotSvg }, { ndjsonErrorLine }, { countFound }, { task }] = await Promise.all([
    import('../../corpus/concordance.js'),
    import('../output.js'),
    import('../run.js'),
    import('../../render/plot.js'),
    import('../../render/ndjson.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  try {
    compilePattern(patternText, options.regex);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'plot')) return EXIT_INPUT_ERROR;
  const rows: Dispersion[] = [];
  const errors: InputError[] = [];
  const status = await eachInput(
    inputs,
    task('plot', { pattern: patternText, regex: options.regex, clean: options.clean }),
    {
      document: (row) => {
        rows.push(row);
      },
      error: async (path, message) => {
        errors.push({ path, message });
        if (options.format === 'ndjson' && options.out === undefined) await write(ndjsonErrorLine(path, message));
      },
    },
    options,
  );
  const hits = rows.reduce((n, r) => n + r.hits.length, 0);
  countFound('hits', hits);
  const drawn = options.out !== undefined || options.format === 'table';
  const { rows: shown, about } = plotRows(rows, drawn, options.top);
  if (options.out !== undefined) {
    try {
      writeFileAtomically(options.out, /\.png$/i.test(options.out) ? plotPng(shown, patternText, about) : plotSvg(shown, patternText, about));
    } catch (err) {
      reportUsage(`${options.out}: ${(err as Error).message}`);
      return EXIT_INPUT_ERROR;
    }
    process.stderr.write(`vnews: wrote ${options.out}: ${hits} hit${hits === 1 ? '' : 's'} in ${rows.length} article${rows.length === 1 ? '' : 's'}\n`);
  } else {
    for (const piece of plotRenderers[options.format]({ rows: shown, errors, pattern: patternText, about, color: options.color, width: terminalWidth() })) await write(piece);
  }
  if (status !== EXIT_OK) return status;
  return hits > 0 ? EXIT_OK : EXIT_NO_MATCH;
}
