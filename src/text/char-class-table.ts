// The character classes the tokenizer tells apart, and how to compute them from Unicode's
// properties. Computing the table for the first 0x3000 code units with these expressions took 5 to
// 6 ms of every process's and worker's start (the \p{...} expressions are slow to compile and
// match), so tokens.ts reads it from char-classes.ts, which `npm run char-classes` writes from
// `classTable()` and a test checks against it.
export const SPACE = 1;
export const LOWER = 2;
export const UPPER = 3;
export const LETTER = 4; // a letter without case, or a combining mark
export const DIGIT = 5;
export const OTHER = 6;
/** Classes of the first code points (Latin, Vietnamese, combining marks, Greek, Cyrillic, and the punctuation, currency and other symbols up to CJK), held in a table. */
export const TABLE_SIZE = 0x3000;

/** The classes in the order they are tested: the first whose expression matches a code point is its class. */
const CLASSES: readonly (readonly [RegExp, number])[] = [
  [/\s/gu, SPACE],
  [/\p{Lu}|\p{Lt}/gu, UPPER],
  [/\p{Ll}/gu, LOWER],
  [/[\p{L}\p{M}]/gu, LETTER],
  [/\p{N}/gu, DIGIT],
];

/** A character's class by Unicode's properties (the table's code points and every other). */
export function classify(ch: string): number {
  for (const [re, cls] of CLASSES) {
    re.lastIndex = 0;
    if (re.test(ch)) return cls;
  }
  return OTHER;
}

/**
 * The table as `classify` gives it, filled a class at a time by one global match over every code
 * unit below TABLE_SIZE (no surrogates there): a later class wins, so the classes go in reverse.
 */
export function classTable(): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE).fill(OTHER);
  const all = String.fromCharCode(...Array.from({ length: TABLE_SIZE }, (_, c) => c));
  for (const [re, cls] of [...CLASSES].reverse()) {
    for (const m of all.matchAll(re)) table[m.index] = cls;
  }
  return table;
}

/** A table as runs: class, length, class, length... */
export function toRuns(table: Uint8Array): number[] {
  const runs: number[] = [];
  for (let i = 0; i < table.length; ) {
    let j = i;
    while (j < table.length && table[j] === table[i]) j++;
    runs.push(table[i] as number, j - i);
    i = j;
  }
  return runs;
}

/** The table the runs describe. */
export function fromRuns(runs: readonly number[]): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  let at = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const length = runs[r + 1] as number;
    table.fill(runs[r] as number, at, at + length);
    at += length;
  }
  return table;
}
