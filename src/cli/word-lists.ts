// What the word-list commands (freq, ngrams, keywords) share: their options, written once, how
// --top is read (every row, except a table on a terminal), and the note when a table was cut.
import type { Command } from 'commander';
import type { Format } from '../render/formats.js';
import type { RunOptions } from './run.js';
import { outputIsTerminal, reportUsage } from './output.js';
import { formatOption, formatOf, inputsArgument, jsonOption, partialOption, TERMINAL_TOP, topCount, wholeNumber, type Globals } from './options.js';

export interface WordListOptions extends RunOptions {
  format: Format;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
  /** `vntk`, `iso`, or a file with one word a line. */
  stopwords?: string;
  min?: number;
  top?: number;
  /** `top` is the terminal's default, not asked for: say so when it cut the table. */
  topByDefault?: boolean;
}

/** The flags every word list takes, as commander gives them. */
export interface WordListFlags {
  format: Format;
  json?: boolean;
  stopwords?: string;
  min?: number;
  top?: number;
  partial?: string;
}

/** A word-list command with the options they share. */
export function wordListCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .option('--stopwords <list>', 'leave out stopwords: vntk, iso (stopwords-iso), or a file with one word a line')
    .option('--min <n>', 'only rows counted at least this often', (v) => wholeNumber(v, '--min'))
    .option('--top <n>', `only the first N rows (0: all; default: all, or the first ${TERMINAL_TOP} in a table on a terminal)`, topCount)
    .addOption(partialOption());
}

/**
 * The rows `--top` leaves: N, or every row for 0; not given, every row, except in a table on a
 * terminal, where the first TERMINAL_TOP are shown (and the command says how to see the rest).
 */
export function rowsShown(opts: { top?: number; format: string; json?: boolean; partial?: string }): number | undefined {
  if (opts.top !== undefined) return opts.top === 0 ? undefined : opts.top;
  return opts.format === 'table' && opts.json !== true && opts.partial === undefined && outputIsTerminal() ? TERMINAL_TOP : undefined;
}

/** A word list's options from its flags and the global options. */
export function wordListOptions(opts: WordListFlags, globals: Globals): WordListOptions {
  const top = rowsShown(opts);
  return {
    format: formatOf(opts),
    ...globals,
    ...(opts.stopwords !== undefined ? { stopwords: opts.stopwords } : {}),
    ...(opts.min !== undefined ? { min: opts.min } : {}),
    ...(top !== undefined ? { top } : {}),
    ...(opts.top === undefined && top !== undefined ? { topByDefault: true } : {}),
    ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
  };
}

/** A table cut at the terminal's default --top: say so on stderr, and how to see every row. */
export function noteCut(rows: number, options: WordListOptions): void {
  if (options.topByDefault === true && options.top !== undefined && rows >= options.top) reportUsage(`the first ${options.top} rows: --top N for more, --top 0 for all (or --format ndjson)`);
}

/** --min and --top, as the word lists' library functions take them. */
export function limits(options: WordListOptions): { min?: number; top?: number } {
  return { ...(options.min !== undefined ? { min: options.min } : {}), ...(options.top !== undefined ? { top: options.top } : {}) };
}

/** The stopword list asked for, read by `load` (corpus/words.ts's `stopwords`) when the list is made, at the end of the run. */
export function stopSet(options: WordListOptions, load: (list: string) => ReadonlySet<string>): { stopwords?: ReadonlySet<string> } {
  return options.stopwords === undefined ? {} : { stopwords: load(options.stopwords) };
}
