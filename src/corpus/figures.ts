// The figures of `vnews figures`: each figure of an article in its sentence, and the filter the
// command line asks for (--unit, --min, --max, --grep). A bad filter throws a FilterError naming
// the field (`min`), which the command line reports as its option (`--min`).
import { foldKey } from '../text/normalize.js';
import { figureInContext, type Article, type FigureInContext } from './article.js';

/** The filter options as written on the command line. */
export interface FigureFilterOptions {
  /** Units, each possibly a comma-separated list; compared by `foldKey`. */
  unit?: readonly string[];
  /** A plain number: `300`, `1e6`, `2.5e9`. */
  min?: string;
  max?: string;
  /** A regular expression, matched without regard to case against the sentence and the figure's text. */
  grep?: string;
}

/** A plain decimal number with an optional exponent; no hex, no `Infinity`, no thousands marks. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** `2.000` or `1.500.000`: a Vietnamese thousands mark that JavaScript would read as a decimal point. */
const DOTTED_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;

/** A filter that cannot be read: which field, and what is wrong with it. */
export class FilterError extends Error {
  constructor(
    /** `range`: the minimum is above the maximum. */
    readonly field: 'unit' | 'min' | 'max' | 'grep' | 'range',
    message: string,
  ) {
    super(message);
  }
}

/** A bound (`1e6` → 1e6) of `field`; throws a FilterError for anything but a plain number. */
export function parseBound(text: string, field: 'min' | 'max' = 'min'): number {
  const s = text.trim();
  if (DOTTED_THOUSANDS.test(s)) {
    const decimal = PLAIN_NUMBER.test(s) ? `, or ${Number(s)}` : '';
    throw new FilterError(field, `'${text}' is ambiguous: write ${s.replace(/\./g, '')} (no thousands marks)${decimal}`);
  }
  if (!PLAIN_NUMBER.test(s)) throw new FilterError(field, `'${text}' is not a number (write e.g. 300, 1e6 or 2.5e9)`);
  return Number(s);
}

/** `['đại biểu,USD', '%']` → the folded units; throws when none is named. */
export function parseUnits(values: readonly string[]): string[] {
  const units = values
    .flatMap((v) => v.split(','))
    .map((u) => foldKey(u.normalize('NFC')).trim())
    .filter((u) => u.length > 0);
  if (units.length === 0) throw new FilterError('unit', 'name at least one unit (e.g. "đại biểu,USD")');
  return units;
}

/** The `--grep` pattern, case-insensitive and Unicode-aware; throws a usage message when it is not a valid expression. */
export function grepPattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern.normalize('NFC'), 'iu');
  } catch (err) {
    throw new FilterError('grep', `invalid regular expression '${pattern}': ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

/**
 * A predicate keeping the figures that pass every filter given: the unit is one of `unit`
 * (a figure with no unit never is), the figure's range `value … value_max` meets `min … max`,
 * and `grep` matches its sentence or its text. Throws a FilterError on a bad filter.
 */
export function figureFilter(options: FigureFilterOptions): (f: FigureInContext) => boolean {
  const units = options.unit === undefined ? undefined : new Set(parseUnits(options.unit));
  const min = options.min === undefined ? -Infinity : parseBound(options.min, 'min');
  const max = options.max === undefined ? Infinity : parseBound(options.max, 'max');
  if (min > max) throw new FilterError('range', `the minimum ${options.min} is above the maximum ${options.max}`);
  const grep = options.grep === undefined ? undefined : grepPattern(options.grep);
  return (f) =>
    (units === undefined || (f.unit !== null && units.has(foldKey(f.unit)))) &&
    (f.value_max ?? f.value) >= min &&
    f.value <= max &&
    (grep === undefined || grep.test(f.sentence) || grep.test(f.text));
}

/** An article's figures in text order, each in its sentence, that pass `keep`. */
export function articleFigures(article: Article, keep: (f: FigureInContext) => boolean = () => true): FigureInContext[] {
  return [...article.doc.figures]
    .sort((a, b) => a.start - b.start)
    .map((f) => figureInContext(article, f))
    .filter(keep);
}
