// Option parsing every command shares: the output format, and numbers checked as commander
// reads them (a bad value is a usage error, exit 2).
import { InvalidArgumentError, Option } from 'commander';
import { ENCODING_NAMES, encodingNamed, type EncodingChoice } from '../io/encodings.js';
import { DEFAULT_SEGMENTER, SEGMENTERS } from '../segment/choice.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `-f, --format`: table (the default), json, ndjson or csv. */
export function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table');
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
