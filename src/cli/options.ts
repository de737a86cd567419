// The options commands share, each written once: the inputs, `--format` (its choices read from
// the renderers' own lists) and `--json`, `--partial`, and values checked as commander reads them
// (a bad value is a usage error, exit 2, naming the option).
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { ENCODING_NAMES, encodingNamed, type EncodingChoice } from '../io/encodings.js';
import { DEFAULT_SEGMENTER, SEGMENTERS } from '../segment/choice.js';
import { FORMATS } from '../render/formats.js';

/** The global options a command's run takes (see main.ts): colour, cleaning, jobs, the progress bar, the input encoding. */
export interface Globals {
  color: boolean;
  clean: boolean;
  jobs: number | 'auto';
  progress: boolean;
  encoding: EncodingChoice;
}

/** How a command file adds itself to the program: the global options are read when it runs. */
export type CommandDefinition = (program: Command, globals: () => Globals) => void;

/** `[inputs...]`: what every command that reads articles takes. */
export function inputsArgument(): Argument {
  return new Argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin');
}

/** `-f, --format`: one of `choices`; the default is the first, or with `fallback: null` none. */
export function formatOption(choices: readonly string[] = FORMATS, description = 'output format', fallback: string | null = choices[0] ?? null): Option {
  const option = new Option('-f, --format <format>', description).choices(choices);
  return fallback === null ? option : option.default(fallback);
}

/** `--json`: short for `--format json`. */
export function jsonOption(): Option {
  return new Option('--json', 'short for --format json');
}

/** The format asked for: `--json` wins over `--format`. */
export function formatOf<F extends string>(opts: { format: F; json?: boolean }): F | 'json' {
  return opts.json ? 'json' : opts.format;
}

/** A whole number of 0 or more (`3`). */
export function wholeNumber(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} takes a whole number; got ${value}`);
  return Number(value);
}

/** A number of 0 or more (`3.84`, `0`, `.5`). */
export function nonNegative(value: string, name: string): number {
  if (!/^\s*(\d+\.?\d*|\.\d+)\s*$/.test(value)) throw new InvalidArgumentError(`${name} takes a number of 0 or more; got ${value}`);
  return Number(value);
}

/** A number from 0 to 1 (`0.5`, `.5`, `1`). */
export function unitInterval(value: string, name: string): number {
  const x = Number(value);
  if (!/^\s*(\d+\.?\d*|\.\d+)\s*$/.test(value) || !(x >= 0 && x <= 1)) throw new InvalidArgumentError(`${name} takes a number from 0 to 1; got ${value}`);
  return x;
}

/** `--partial FILE`: a corpus command writes its mergeable state there, for `vnews merge`. */
export function partialOption(): Option {
  return new Option('--partial <file>', "write this shard's partial state to FILE instead of the answer (see vnews merge)");
}

/** `--jobs`: a whole number of 1 or more. */
export function jobCount(value: string): number {
  const n = wholeNumber(value, '--jobs');
  if (n < 1) throw new InvalidArgumentError(`--jobs takes a whole number of 1 or more; got ${value}`);
  return n;
}

/** `--encoding`: one of ENCODING_NAMES (any case); anything else is a usage error naming them. */
export function encodingChoice(value: string): EncodingChoice {
  const encoding = encodingNamed(value);
  if (encoding === undefined) throw new InvalidArgumentError(`--encoding takes one of ${ENCODING_NAMES.join(', ')}; got ${value}`);
  return encoding;
}

/** Image formats plot cannot write: `--out x.jpg` is refused rather than filled with text. */
export function isOtherImageFile(file: string): boolean {
  return /\.(jpe?g|gif|webp|bmp|tiff?|pdf|eps|ps|avif|heic|ico)$/i.test(file);
}

/** --out names an image file: plot draws SVG or PNG there instead of printing. */
export function isImageFile(file: string): boolean {
  return /\.(svg|png)$/i.test(file);
}

/** `--segmenter`: the word segmenter of every command that reads words (segment, freq, ngrams, collocations, keywords, kwic, plot). */
export function segmenterOption(): Option {
  return new Option('--segmenter <name>', "word segmenter of the commands that read words: rdr (RDRsegmenter's model, VnCoreNLP's) or vntk (vntk's CRF model, its words exactly)")
    .choices(SEGMENTERS)
    .default(DEFAULT_SEGMENTER);
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * ` (did you mean 'officials'?)` for a value that is not one of `choices` but close to one (a
 * typo, a plural, a prefix), else ''.
 */
export function didYouMean(value: string, choices: readonly string[]): string {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of choices) {
    const d = c.startsWith(v) || v.startsWith(c) ? Math.min(1, distance(v, c)) : distance(v, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(v.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

/** A comma-separated list of some of `choices` (`--only`, `--kind`); a name not among them is a usage error with a suggestion. */
export function choiceList(value: string, choices: readonly string[], name: string): string[] {
  const names = value.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = names.find((k) => !choices.includes(k));
  if (unknown !== undefined) throw new InvalidArgumentError(`${unknown === value.trim() ? '' : `'${unknown}':`}${didYouMean(unknown, choices).replace(/^ \((.*)\)$/, ' $1')} Allowed choices are ${choices.join(', ')}.`.trim());
  if (names.length === 0) throw new InvalidArgumentError(`${name}: name at least one of ${choices.join(', ')}`);
  return names;
}

/** `--top N`: a whole number of rows; 0 means every row, in every command. */
export function topCount(value: string): number {
  return wholeNumber(value, '--top');
}

/** The rows --top leaves when a table goes to a terminal and --top was not given (a pipe or a file gets every row). */
export const TERMINAL_TOP = 50;

/** Several inputs (or a directory, a pattern, a list): text output heads each input's text with its path. */
export function severalInputs(inputs: readonly string[]): boolean {
  return inputs.length > 1 || inputs.some((i) => !i.endsWith('.txt') && i !== '-');
}
