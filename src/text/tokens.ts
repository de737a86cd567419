// Line-level tokens shared by the extractors: words (letters, marks and digits, with inner
// `.,/-'’&` kept so `2.000`, `24-25/3/2022`, `Covid-19` and `TP.HCM` stay whole) and single
// punctuation marks. A hand-written scanner over a table of character classes: one pass, no
// regular-expression match objects, and each token's case and key worked out on the way.
import { foldLowerWord } from './normalize.js';
import { firstKeyMask } from './lexicon-index.js';

export interface Token {
  text: string;
  /** Offset into the whole normalized text. */
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Longer than one character, every letter upper case: `UBND`, `HNNG`, `U23`. */
  acronym: boolean;
  /** Starts with a digit. */
  digit: boolean;
  /** Lower case, tone placement folded (`foldKey` of the word): what lexicons are matched against. */
  key: string;
  /** Bits of the lexicons that have a phrase starting with this token (see lexicon-index.ts). */
  starts: number;
}

const SPACE = 1;
const LOWER = 2;
const UPPER = 3;
const LETTER = 4; // a letter without case, or a combining mark
const DIGIT = 5;
const OTHER = 6;
/** Classes of the first code points (Latin, Vietnamese, combining marks, Greek, Cyrillic). */
const TABLE_SIZE = 0x2000;
const table = new Uint8Array(TABLE_SIZE);

function classify(ch: string): number {
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/[\p{L}\p{M}]/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return DIGIT;
  return OTHER;
}
for (let c = 0; c < TABLE_SIZE; c++) table[c] = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
const wide = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < TABLE_SIZE) return table[cp] as number;
  let c = wide.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    wide.set(cp, c);
  }
  return c;
}

const isAlnum = (cls: number) => cls >= LOWER && cls <= DIGIT;
/** `.` `,` `/` `-` `'` `’` `&` join two alphanumeric runs into one word (`2.000`, `NN&PTNT`). */
const isConnector = (c: number) => c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x26;

/** Tokens of one line; `offset` is where the line starts in the normalized text. */
export function tokenize(line: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    let cp = line.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = line.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const cls = cp < TABLE_SIZE ? (table[cp] as number) : classOf(cp);
    if (cls === SPACE) {
      i += width;
      continue;
    }
    if (cls === OTHER) {
      const text = line.slice(i, i + width);
      out.push({ text, start: offset + i, end: offset + i + width, word: false, cap: false, acronym: false, digit: false, key: text, starts: firstKeyMask(text) });
      i += width;
      continue;
    }
    const start = i;
    let upper = 0;
    let letters = 0;
    for (;;) {
      // an alphanumeric run
      while (i < n) {
        let c = line.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) c = line.codePointAt(i) as number;
        const k = c < TABLE_SIZE ? (table[c] as number) : classOf(c);
        if (k < LOWER || k > DIGIT) break;
        if (k === UPPER) upper++;
        if (k === UPPER || k === LOWER) letters++;
        i += c > 0xffff ? 2 : 1;
      }
      // a connector followed by more of the word
      if (i + 1 < n && isConnector(line.charCodeAt(i)) && isAlnum(classOf(line.codePointAt(i + 1) as number))) {
        i++;
        continue;
      }
      break;
    }
    const text = line.slice(start, i);
    const key = foldLowerWord(upper > 0 ? text.toLowerCase() : text);
    out.push({
      text,
      start: offset + start,
      end: offset + i,
      word: true,
      cap: cls === UPPER,
      acronym: letters > 0 && upper === letters && i - start >= 2,
      digit: cls === DIGIT,
      key,
      starts: firstKeyMask(key),
    });
  }
  return out;
}

/** One line of the normalized text with its tokens. */
export interface Line {
  /** 1-based. */
  number: number;
  start: number;
  text: string;
  tokens: Token[];
}

/** Split normalized text into lines, tokenizing each. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(start, end);
    out.push({ number, start, text: lineText, tokens: tokenize(lineText, start) });
    if (nl === -1) break;
    start = nl + 1;
    number++;
  }
  return out;
}
