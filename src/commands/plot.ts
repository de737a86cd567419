// `vnews plot`: a dispersion plot of where a pattern (as for kwic) falls in each article, in the
// terminal, as JSON of the positions, or as an SVG or PNG file (--out FILE.svg). Exit status as in grep:
// 0 some hit, 1 none, 2 an input failed (or a bad option).
import type { Format } from '../cli.js';
import { compilePattern, dispersion, type Dispersion } from '../corpus/concordance.js';
import { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, terminalWidth, write, writeFileAtomically } from '../cli/output.js';
import { eachInput, type RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { indent } from '../render/json.js';
import { csvField } from '../render/csv.js';
import { plotPng, plotSvg, plotText } from '../render/plot.js';
import type { InputError } from '../types.js';
import { countFound } from '../cli/stats.js';

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

/**
 * The articles a plot shows: drawn (the terminal, SVG, PNG), only those with a hit; with `top`,
 * the `top` with the most hits (ties in input order), most first. `about` says what was left out.
 */
export function plotRows(rows: readonly Dispersion[], drawn: boolean, top?: number): { rows: Dispersion[]; about: string } {
  let shown = drawn ? rows.filter((r) => r.hits.length > 0) : [...rows];
  const withoutHit = rows.length - shown.length;
  if (top !== undefined && top > 0 && shown.length > top) {
    shown = shown.map((r, i) => ({ r, i })).sort((a, b) => b.r.hits.length - a.r.hits.length || a.i - b.i).slice(0, top).map(({ r }) => r);
    return { rows: shown, about: ` (the ${top} with the most hits, of ${rows.length} articles)` };
  }
  return { rows: shown, about: withoutHit > 0 ? ` (${withoutHit} of ${rows.length} articles without a hit left out)` : '' };
}

export async function runPlot(patternText: string, inputs: string[], options: PlotCommandOptions): Promise<number> {
  try {
    compilePattern(patternText, options.regex);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'plot')) return EXIT_INPUT_ERROR;
  const rows: Dispersion[] = [];
  const errors: InputError[] = [];
  const status = await eachInput(inputs, task(import.meta.url, plotPart, { pattern: patternText, regex: options.regex, clean: options.clean }), {
    document: (row) => {
      rows.push(row);
    },
    error: async (path, message) => {
      errors.push({ path, message });
      if (options.format === 'ndjson' && options.out === undefined) await write(`${JSON.stringify({ type: 'error', path, message })}\n`);
    },
  }, options);
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
    switch (options.format) {
      case 'table':
        await write(plotText(shown, { color: options.color, width: terminalWidth(), pattern: patternText, about }));
        break;
      case 'json': {
        const block = (value: unknown) => indent(JSON.stringify(value, null, 2), '  ').trimStart();
        await write(`{\n  "articles": ${block(shown)},\n  "errors": ${block(errors)}\n}\n`);
        break;
      }
      case 'ndjson':
        for (const r of shown) await write(`${JSON.stringify(r)}\n`);
        break;
      case 'csv':
        await write(`path,words,word,line,start,end\r\n${shown.flatMap((r) => r.hits.map((h) => `${[r.path, r.words, h.word, h.line, h.start, h.end].map(csvField).join(',')}\r\n`)).join('')}`);
        break;
    }
  }
  if (status !== EXIT_OK) return status;
  return hits > 0 ? EXIT_OK : EXIT_NO_MATCH;
}

/** Where the pattern falls in one article. */
export function plotPart(options: { pattern: string; regex: boolean; clean: boolean }): ArticleFunction<Dispersion> {
  const pattern = compilePattern(options.pattern, options.regex);
  return (text, path) => dispersion(text, path, pattern, options.clean);
}
