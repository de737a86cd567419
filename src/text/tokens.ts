// Line-level tokens shared by the extractors: words (letters and digits, with inner `.,/-'`
// kept so `2.000`, `24-25/3/2022`, `Covid-19` and `TP.HCM` stay whole) and single punctuation marks.

export interface Token {
  text: string;
  /** Offset into the whole normalized text. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,/\-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** Tokens of one line; `offset` is where the line starts in the normalized text. */
export function tokenize(line: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) {
    const text = m[0];
    out.push({
      text,
      start: offset + m.index,
      end: offset + m.index + text.length,
      cap: UPPER_START.test(text),
      word: WORD_START.test(text),
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
