// Line-level tokens shared by the extractors: words (letters and digits, with inner `.,/-'`
// kept so `2.000`, `24-25/3/2022`, `Covid-19` and `TP.HCM` stay whole) and single punctuation marks.
import { foldWord } from './normalize.js';

export interface Token {
  text: string;
  /** Offset into the whole normalized text. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Lower case, tone placement folded (`foldWord`): what lexicons are matched against. */
  key: string;
}

const TOKEN = /([\p{L}\p{M}\p{N}]+(?:[.,/\-'’][\p{L}\p{M}\p{N}]+)*)|\S/gu;

/** Does the word start with an upper-case letter? */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCodePoint(text.codePointAt(0) as number);
  return first !== first.toLowerCase();
}

/** Tokens of one line; `offset` is where the line starts in the normalized text. */
export function tokenize(line: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) {
    const text = m[0];
    const word = m[1] !== undefined;
    out.push({
      text,
      start: offset + m.index,
      end: offset + m.index + text.length,
      cap: word && startsUpper(text),
      word,
      key: word ? foldWord(text) : text,
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
