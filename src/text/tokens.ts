// Line-level tokens shared by the extractors: words (letters, marks and digits, with inner
// `.,/-'’&` kept so `2.000`, `24-25/3/2022`, `Covid-19` and `TP.HCM` stay whole) and single
// punctuation marks. A hand-written scanner over a table of character classes: one pass, no
// regular-expression match objects, and each token's case and key worked out on the way. A word
// seen before (an article has a few thousand distinct ones) is found in an intern table by a hash
// of its characters, so it costs no new string, lower-casing, folding or mask look-up.
import { foldLowerWord } from './normalize.js';
import { firstKeyMask, masksVersion } from './lexicon-index.js';
import { classify, DIGIT, fromRuns, LOWER, OTHER, SPACE, TABLE_SIZE, UPPER } from './char-class-table.js';
import { CHAR_CLASS_RUNS } from './char-classes.js';

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

// The table of the first code points' classes, read from the runs `npm run char-classes` wrote
// (computing it from Unicode's properties took 5 to 6 ms of every start); classify() for the rest.
const table = fromRuns(CHAR_CLASS_RUNS);
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

/**
 * The intern table: open addressing over a power of two of slots, each two numbers, a word's hash
 * and its entry plus one (0: empty). An entry's characters are in one pool of code units, its
 * place there, its mask and the masks' version the mask is of in `meta`, and its text and key in
 * `strings`: a probe reads a few places in memory close together, and no object.
 */
const SLOT_BITS = 15;
const SLOTS = 1 << SLOT_BITS;
/** Past this many words (or code units of them) the table starts again (a corpus of unusual text must not grow it without end). */
const MAX_INTERNED = SLOTS >> 1;
const POOL_UNITS = MAX_INTERNED * 16;
/** Longer words are not interned (and so never fill the pool alone). */
const MAX_INTERNED_LENGTH = 64;
const slots = new Int32Array(2 * SLOTS);
/** Per entry: where its characters start in `pool`, how many, its `starts` mask, and the masks' version that mask is of. */
const meta = new Int32Array(4 * MAX_INTERNED);
const pool = new Uint16Array(POOL_UNITS);
/** Per entry: its text, then its key. */
let strings: string[] = [];
let entries = 0;
let poolUsed = 0;

/** A punctuation mark's text and mask. */
interface Mark {
  text: string;
  starts: number;
  /** The masks' version `starts` was looked up in: a lexicon built since may change it. */
  version: number;
}
/** Punctuation marks by code unit. */
const marks: (Mark | undefined)[] = [];

/** The entry of the word line[start, end) with this hash, added if new, its mask as of the masks' `version`. */
function intern(line: string, start: number, end: number, hash: number, upper: number, version: number): number {
  const len = end - start;
  hash |= 0; // as an Int32Array holds it
  let slot = hash & (SLOTS - 1);
  for (;;) {
    const e1 = slots[2 * slot + 1] as number;
    if (e1 === 0) break;
    if (slots[2 * slot] === hash) {
      const e = e1 - 1;
      const at = meta[4 * e] as number;
      if (meta[4 * e + 1] === len) {
        let k = 0;
        while (k < len && pool[at + k] === line.charCodeAt(start + k)) k++;
        if (k === len) {
          if (meta[4 * e + 3] !== version) {
            meta[4 * e + 2] = firstKeyMask(strings[2 * e + 1] as string);
            meta[4 * e + 3] = version;
          }
          return e;
        }
      }
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (entries >= MAX_INTERNED || poolUsed + len > POOL_UNITS) {
    slots.fill(0);
    strings = [];
    entries = 0;
    poolUsed = 0;
    return intern(line, start, end, hash, upper, version);
  }
  const text = line.slice(start, end);
  const key = foldLowerWord(upper > 0 ? text.toLowerCase() : text);
  const e = entries++;
  for (let k = 0; k < len; k++) pool[poolUsed + k] = line.charCodeAt(start + k);
  meta[4 * e] = poolUsed;
  meta[4 * e + 1] = len;
  meta[4 * e + 2] = firstKeyMask(key);
  meta[4 * e + 3] = version;
  poolUsed += len;
  strings.push(text, key);
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = e + 1;
  return e;
}

/** A punctuation mark (one code point at i, `width` code units); its `starts` as of the masks' `version`. */
function mark(line: string, i: number, width: number, cp: number, version: number): Mark {
  const cached = width === 1 && cp < TABLE_SIZE;
  if (cached) {
    const m = marks[cp];
    if (m !== undefined) {
      if (m.version !== version) {
        m.starts = firstKeyMask(m.text);
        m.version = version;
      }
      return m;
    }
  }
  const text = line.slice(i, i + width);
  const m: Mark = { text, starts: firstKeyMask(text), version };
  if (cached) marks[cp] = m;
  return m;
}

/** Tokens of one line; `offset` is where the line starts in the normalized text. */
export function tokenize(line: string, offset: number): Token[] {
  const version = masksVersion();
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
      const m = mark(line, i, width, cp, version);
      out.push({ text: m.text, start: offset + i, end: offset + i + width, word: false, cap: false, acronym: false, digit: false, key: m.text, starts: m.starts });
      i += width;
      continue;
    }
    const start = i;
    let upper = 0;
    let letters = 0;
    // FNV-1a over the word's code units
    let hash = 0x811c9dc5;
    for (;;) {
      // an alphanumeric run
      while (i < n) {
        let c = line.charCodeAt(i);
        const high = c >= 0xd800 && c <= 0xdbff;
        if (high) c = line.codePointAt(i) as number;
        const k = c < TABLE_SIZE ? (table[c] as number) : classOf(c);
        if (k < LOWER || k > DIGIT) break;
        if (k === UPPER) upper++;
        if (k === UPPER || k === LOWER) letters++;
        if (high && c > 0xffff) {
          hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
          hash = Math.imul(hash ^ line.charCodeAt(i + 1), 0x01000193);
          i += 2;
        } else {
          hash = Math.imul(hash ^ c, 0x01000193);
          i += 1;
        }
      }
      // a connector followed by more of the word
      if (i + 1 < n && isConnector(line.charCodeAt(i)) && isAlnum(classOf(line.codePointAt(i + 1) as number))) {
        hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
        i++;
        continue;
      }
      break;
    }
    let text: string;
    let key: string;
    let starts: number;
    if (i - start <= MAX_INTERNED_LENGTH) {
      const e = intern(line, start, i, hash, upper, version);
      text = strings[2 * e] as string;
      key = strings[2 * e + 1] as string;
      starts = meta[4 * e + 2] as number;
    } else {
      // A long run of letters (a URL, a line without spaces) is no word to see again.
      text = line.slice(start, i);
      key = foldLowerWord(upper > 0 ? text.toLowerCase() : text);
      starts = firstKeyMask(key);
    }
    out.push({
      text,
      start: offset + start,
      end: offset + i,
      word: true,
      cap: cls === UPPER,
      acronym: letters > 0 && upper === letters && i - start >= 2,
      digit: cls === DIGIT,
      key,
      starts,
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
