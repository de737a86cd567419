// Matching a pattern that ends the text (`…\s*$`) on the text's last words only.
//
// `re.exec(text.slice(from, to))` with a pattern anchored at the end tries each position of the
// slice in turn, so applied before each verb of a long line it reads the line again each time:
// quadratic in the line. Most such patterns can only match the last few runs of non-spaces (a
// speech verb of at most three words, a time word and the dates after it), and some spaces or
// punctuation after them. A `TailPattern` says how far back that is (its `TailShape`), finds that
// point by walking back from `to`, and runs the pattern from there: the same match, in time that
// does not grow with the text before it.

/** Is code unit `c` one of JavaScript's `\s` (what `trim` removes)? */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The most runs of non-spaces any of `phrases` spans (words split on single spaces). */
export const mostWords = (phrases: readonly string[]): number => Math.max(...phrases.map((p) => p.split(' ').length));

/**
 * How the end of a text a pattern can match looks, read backwards from the end: spaces and
 * `trailing` characters; then, if `within` is given, up to `within` more characters; then the runs
 * of non-spaces `chain` accepts, as many as it does (it is given a run's bounds and the text's
 * start and returns where to go on from, or undefined to stop); then `runs` more runs. A match can
 * start no earlier than the space before all that (kept for `(?:^|\s)` and look-behinds).
 */
export interface TailShape {
  runs: number;
  trailing?: string;
  within?: number;
  chain?: (text: string, start: number, end: number, from: number) => number | undefined;
}

/** Where in `text[from, to)` a match of a pattern of this shape can start at the earliest. */
export function tailStart(text: string, from: number, to: number, shape: TailShape): number {
  const trailing = shape.trailing ?? '';
  const chain = shape.chain;
  let p = to;
  while (p > from && (isSpace(text.charCodeAt(p - 1)) || trailing.includes(text[p - 1] as string))) p--;
  if (shape.within !== undefined) p = Math.max(from, p - shape.within);
  while (chain && p > from) {
    let q = p;
    while (q > from && !isSpace(text.charCodeAt(q - 1))) q--;
    const next = chain(text, q, p, from);
    if (next === undefined) break;
    p = next;
    while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
  }
  for (let k = 0; k < shape.runs; k++) {
    while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
    while (p > from && !isSpace(text.charCodeAt(p - 1))) p--;
  }
  return p > from ? p - 1 : p;
}

/**
 * A pattern that ends the text, and the shape of what it can match: `exec(text, from, to)` is
 * `re.exec(text.slice(from, to))` (the index relative to `from`), reading only the tail.
 */
export class TailPattern {
  constructor(
    readonly re: RegExp,
    readonly shape: TailShape,
  ) {}

  exec(text: string, from: number, to: number): RegExpExecArray | null {
    const start = tailStart(text, from, to, this.shape);
    const m = this.re.exec(text.slice(start, to));
    if (m) m.index += start - from;
    return m;
  }
}
