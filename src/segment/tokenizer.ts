// vntk's syllable tokenizer, re-implemented as a left-to-right scanner with no backtracking.
//
// vntk matches one big alternation with a global regular expression; at each position the
// first alternative that matches wins, in this order: an abbreviation (`[A-ZĐ]+.`, `Tp.`,
// `Mr.`, `Mrs.`, `Ms.`, `Dr.`, `ThS.`), a special (`==>`, `->`, `...`, `>>`), a "web" token
// and an "email" token (both anchored with `^…$` without the `m` flag, so they can only match
// the whole line), a date (`d{1,2}/d{1,2}(/d+)?`, then the same with `-`), a number with
// separators (`d+([.,_]d+)+`), one character that is neither a letter, a digit nor a space,
// and a run of letters and digits. Positions where nothing matches (white space) are skipped.
// `d` is an ASCII digit, as in a JavaScript regular expression without the `u` flag, and
// characters are UTF-16 code units for the same reason.
//
// The "web" alternative is what backtracks exponentially in vntk; here it is one pass: it
// matches exactly when the line is not empty and every code unit is one of `!`, `$`…`_` or
// `a`…`z` (its character class; its optional `http[s]://` prefix and `%XX` escapes are made of
// the same characters). The "email" alternative never wins: its characters are a subset of the
// web ones and web is tried first, so it is not implemented.

/** One syllable token: `line.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
}

const WORD = 1; // vntk's letter-or-digit class
const SPACE = 2; // JavaScript's \s
const WEB = 4; // the web token's character class
const ABBR = 8; // [A-ZĐ]

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0323', '\u0309', '\u0303'];

let table: Uint8Array | undefined;

function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const letters: string[] = ['đ'];
  for (let c = 0x61; c <= 0x7a; c++) letters.push(String.fromCharCode(c));
  for (const v of VOWELS) for (const tone of TONES) letters.push((v + tone).normalize('NFC'));
  for (const l of letters) {
    t[l.charCodeAt(0)]! |= WORD;
    t[l.toUpperCase().charCodeAt(0)]! |= WORD;
  }
  for (let c = 0x30; c <= 0x39; c++) t[c]! |= WORD;
  for (let c = 0; c < 0x10000; c++) {
    if (/\s/.test(String.fromCharCode(c))) t[c]! |= SPACE;
  }
  t[0x21]! |= WEB;
  for (let c = 0x24; c <= 0x5f; c++) t[c]! |= WEB;
  for (let c = 0x61; c <= 0x7a; c++) t[c]! |= WEB;
  for (let c = 0x41; c <= 0x5a; c++) t[c]! |= ABBR;
  t[0x110]! |= ABBR;
  table = t;
  return t;
}

const LITERAL_ABBREVIATIONS = ['Tp.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'ThS.'];
const SPECIALS = ['==>', '->', '...', '>>'];

const SLASH = 0x2f;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const UNDERSCORE = 0x5f;

function isDigit(line: string, i: number): boolean {
  const c = line.charCodeAt(i); // NaN past the end
  return c >= 0x30 && c <= 0x39;
}

/** The end of vntk's date alternative `\d{1,2}SEP\d{1,2}(SEP\d+)?` at `p`, or -1. */
function dateEnd(line: string, p: number, sep: number): number {
  for (let k = 2; k >= 1; k--) {
    if (!isDigit(line, p) || (k === 2 && !isDigit(line, p + 1))) continue;
    if (line.charCodeAt(p + k) !== sep || !isDigit(line, p + k + 1)) continue;
    let end = p + k + 1 + (isDigit(line, p + k + 2) ? 2 : 1);
    if (line.charCodeAt(end) === sep && isDigit(line, end + 1)) {
      end += 1;
      while (isDigit(line, end)) end++;
    }
    return end;
  }
  return -1;
}

/** The end of vntk's number alternative `\d+([.,_]\d+)+` at `p`, or -1. */
function numberEnd(line: string, p: number): number {
  let q = p;
  while (isDigit(line, q)) q++;
  if (q === p) return -1;
  let groups = 0;
  for (;;) {
    const c = line.charCodeAt(q);
    if ((c !== DOT && c !== COMMA && c !== UNDERSCORE) || !isDigit(line, q + 1)) break;
    q += 1;
    while (isDigit(line, q)) q++;
    groups++;
  }
  return groups > 0 ? q : -1;
}

/** The end of the token vntk's tokenizer takes at `p` (which is not white space). */
function tokenEnd(line: string, p: number, t: Uint8Array): number {
  const c = line.charCodeAt(p);
  // Abbreviations: a maximal run of [A-ZĐ] must be followed by '.' (the class has no '.').
  if (t[c]! & ABBR) {
    let q = p + 1;
    while (t[line.charCodeAt(q)]! & ABBR) q++;
    if (line.charCodeAt(q) === DOT) return q + 1;
  }
  if (c === 0x54 || c === 0x4d || c === 0x44) {
    for (const a of LITERAL_ABBREVIATIONS) if (line.startsWith(a, p)) return p + a.length;
  }
  if (c === 0x3d || c === 0x2d || c === DOT || c === 0x3e) {
    for (const s of SPECIALS) if (line.startsWith(s, p)) return p + s.length;
  }
  if (p === 0 && isWebLine(line, t)) return line.length;
  if (c >= 0x30 && c <= 0x39) {
    let end = dateEnd(line, p, SLASH);
    if (end < 0) end = dateEnd(line, p, HYPHEN);
    if (end < 0) end = numberEnd(line, p);
    if (end >= 0) return end;
  }
  if (!(t[c]! & WORD)) return p + 1;
  let q = p + 1;
  while (t[line.charCodeAt(q)]! & WORD) q++;
  return q;
}

function isWebLine(line: string, t: Uint8Array): boolean {
  if (line.length === 0) return false;
  for (let i = 0; i < line.length; i++) if (!(t[line.charCodeAt(i)]! & WEB)) return false;
  return true;
}

/** vntk's syllable tokens of one line (a text without `\n`), as offsets into it. */
export function tokenize(line: string): Token[] {
  const t = classes();
  const tokens: Token[] = [];
  let p = 0;
  const n = line.length;
  while (p < n) {
    if (t[line.charCodeAt(p)]! & SPACE) {
      p++;
      continue;
    }
    const end = tokenEnd(line, p, t);
    tokens.push({ start: p, end });
    p = end;
  }
  return tokens;
}
