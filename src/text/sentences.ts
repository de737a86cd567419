// Sentences of a normalized text, for the commands that quote a figure or a date with the
// sentence it stands in. A line is a paragraph; inside it a sentence ends at `.`, `!`, `?` or `…`
// (with any closing quotes or brackets after it) followed by a space and the start of a new
// sentence: an upper-case letter, a digit, an opening quote or a list bullet (`- `, `* `).
// `2.000`, `TP. Hồ Chí Minh` and initials (`Donald J. Trump`) are not ends. No sentence is longer
// than MAX_SENTENCE: a longer run without an end is cut into pieces.
import { partitionPoint } from './spans.js';

/** One sentence: `text.slice(start, end)`, trimmed. */
export interface Sentence {
  start: number;
  end: number;
}

/** Words written with a dot that do not end a sentence. */
const ABBREVIATIONS = new Set(['tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'st', 'mr', 'mrs', 'ms', 'dr', 'tt', 'q', 'p', 'no', 'vs', 'v.v']);
const CLOSERS = new Set([...'"”’»)]\'']);
/** What may start a sentence: an upper-case letter, a digit, an opening quote or bracket, a list bullet. */
const OPENERS = /[\p{Lu}\d"“‘«([\-–*•+]/u;

/**
 * The longest a sentence can be, in UTF-16 units: a longer run with no end in it (a line of
 * figures, a scraped table, text with no full stops) is cut into pieces of at most this, at the
 * last space before the bound (else at the bound). It bounds what is quoted with a figure or a
 * date and what counts as "in the same sentence", so that neither grows with the line: `figures
 * --format ndjson` on 52 KB of one line gave 208 MB, every figure carrying the whole line. The
 * longest sentence of the 350 corpus articles is 1,855.
 */
export const MAX_SENTENCE = 2000;

/** The sentences of `text`, in order, each trimmed of surrounding spaces, none longer than MAX_SENTENCE. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      while (cut > start && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut === start) {
        cut = start + MAX_SENTENCE;
        // Not between the two halves of a surrogate pair.
        if (text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut--;
      }
      let pieceEnd = cut;
      while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
      out.push({ start, end: pieceEnd });
      start = cut;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < text.length && CLOSERS.has(text[j] as string)) j++;
    if (j >= text.length || text[j] !== ' ') {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    // Nor does any later mark of this run (the same closers and spaces follow it): go on after them.
    if (k < text.length && text[k] !== '\n' && !OPENERS.test(text[k] as string)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1 && !endsSentence(text, i)) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, text.length);
  return out;
}

/** Is the `.` at `dot` the end of a sentence, judging by the word before it? */
function endsSentence(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && !isSpace(text.charCodeAt(w - 1)) && text[w - 1] !== '(') w--;
  const word = text.slice(w, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10;
}

/** Finds the sentence holding an offset, in O(log n). */
export class SentenceIndex {
  readonly sentences: Sentence[];

  constructor(readonly text: string) {
    this.sentences = splitSentences(text);
  }

  /** The index of the sentence holding `offset` (or, between sentences, the one before it); -1 before the first. */
  indexOf(offset: number): number {
    return partitionPoint(this.sentences, (s) => s.start <= offset) - 1;
  }

  /** The text of sentence `i`. */
  textOf(i: number): string {
    const s = this.sentences[i];
    return s === undefined ? '' : this.text.slice(s.start, s.end);
  }

  /** The text of the sentence holding `offset`. */
  at(offset: number): string {
    return this.textOf(this.indexOf(offset));
  }
}
