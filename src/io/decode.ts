// Turning the bytes of a file into text, or a one-line reason why they are not text.
//
// By default (`auto`) a file is read as UTF-8 (a BOM dropped), or as UTF-16 when it starts with
// a UTF-16 BOM. Bytes that are not UTF-8 are tried as the two legacy Vietnamese encodings still
// found in archives, Windows-1258 and TCVN3, and read as the one whose text looks Vietnamese:
// see `detectLegacy`. An encoding can also be forced (`--encoding`).
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { readWordList } from '../lexicon/dictionary.js';
import { SURNAMES } from '../lexicon/names.js';
import { foldLowerWord } from '../text/normalize.js';
import { tcvn3Table, UNASSIGNED } from './tcvn3.js';

export class DecodeError extends Error {}

export { ENCODINGS, ENCODING_NAMES, ENCODING_LABELS, encodingNamed, type Encoding, type EncodingChoice } from './encodings.js';
import { ENCODING_LABELS, type Encoding, type EncodingChoice } from './encodings.js';

/** A file's text and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

// utf8Text drops the BOM itself: this one keeps any it is given.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });
const CP1258 = new TextDecoder('windows-1258');

/**
 * Decode a file's bytes as SPEC.md says, and return the text: see `decodeBytes`.
 */
export function decode(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): string {
  return decodeBytes(bytes, encoding).text;
}

/**
 * Decode a file's bytes. `auto`: UTF-16 with a BOM; a NUL byte means a binary file; UTF-8 (a BOM
 * dropped); else Windows-1258 or TCVN3 when exactly one of them reads as Vietnamese, else an
 * error. A forced encoding reads the bytes as that encoding (its BOM dropped) and fails on a
 * byte it has no character for.
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): Decoded {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding);
  const bom = unicodeBom(bytes);
  if (encoding === 'auto') {
    if (bom === 'utf-16le' || bom === 'utf-16be') return decodeUtf16(bytes, bom);
  } else if (bom !== undefined && bom !== encoding) {
    throw new DecodeError(`starts with a ${ENCODING_LABELS[bom]} byte order mark, so it is not ${ENCODING_LABELS[encoding]}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at offset ${nul})`);
  switch (encoding) {
    case 'auto': {
      const text = utf8Text(bytes, bom === 'utf-8');
      return text !== undefined ? { text, encoding: 'utf-8' } : detectLegacy(bytes);
    }
    case 'utf-8': {
      const text = utf8Text(bytes, bom === 'utf-8');
      if (text === undefined) throw new DecodeError(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
      return { text, encoding: 'utf-8' };
    }
    default: {
      const text = decodeLegacy(bytes, encoding);
      if (typeof text !== 'string') throw new DecodeError(`byte 0x${hex(bytes[text] as number)} at offset ${text} is not a ${ENCODING_LABELS[encoding]} character`);
      return { text, encoding };
    }
  }
}

/**
 * The bytes read as UTF-8 (after a BOM, when `bom`), or undefined when they are not UTF-8: the
 * text TextDecoder('utf-8', { fatal: true }) gives, faster. V8 builds a string from UTF-8 at
 * about 150 MB/s; ASCII is read as latin1 (a copy), and other UTF-8, checked by isUtf8, is
 * turned into UTF-16 by ICU's transcode and read as that, 3.5 times as fast on the corpus.
 * Node built without ICU has no transcode, and TextDecoder reads it.
 */
function utf8Text(bytes: Uint8Array, bom: boolean): string | undefined {
  const body = bom ? bytes.subarray(3) : bytes;
  if (isAscii(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  if (!isUtf8(body)) return undefined;
  return typeof transcode === 'function' ? transcode(body, 'utf8', 'utf16le').toString('utf16le') : UTF8.decode(body);
}

/** UTF-16, its BOM dropped: a BOM of the other byte order is an error. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const bom = unicodeBom(bytes);
  if (bom !== undefined && bom !== encoding) {
    throw new DecodeError(`starts with a ${ENCODING_LABELS[bom]} byte order mark, so it is not ${ENCODING_LABELS[encoding]}`);
  }
  try {
    return { text: (encoding === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes), encoding };
  } catch {
    throw new DecodeError(`invalid ${ENCODING_LABELS[encoding]}${bytes.length % 2 === 1 ? ' (an odd number of bytes)' : ''}`);
  }
}

/** The encoding whose BOM the bytes start with, if any. */
function unicodeBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * The bytes read as Windows-1258 or TCVN3, or the offset of the first byte with no character
 * there. Windows-1258 writes most tone marks as combining characters after the letter: the text
 * is not NFC until normalize() makes it so, as it does to every text before reading it.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: 'windows-1258' | 'tcvn3'): string | number {
  if (encoding === 'windows-1258') {
    // The WHATWG decoder gives the C1 control itself for the bytes Windows-1258 leaves empty;
    // one UTF-16 unit per byte, so the unit's index is the byte's offset.
    const text = CP1258.decode(bytes);
    const c1 = text.search(/[\u0080-\u009f]/);
    return c1 === -1 ? text : c1;
  }
  const table = tcvn3Table();
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const u = table[bytes[i] as number] as number;
    if (u === UNASSIGNED) return i;
    units[i] = u;
  }
  return UTF16_NATIVE.decode(units);
}

/** Reads a Uint16Array's units (in this machine's byte order) as text. */
const UTF16_NATIVE = new TextDecoder(new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

// --- Telling Windows-1258 from TCVN3 from neither ---------------------------------------------

/**
 * Least share of the words holding a letter outside ASCII that must be Vietnamese syllables for a
 * decoding to be right: the letters it made must spell Vietnamese. Measured on the 350 articles
 * of ../shared/corpus written in each encoding: the right decoding scores 0.956–1 (median 1;
 * foreign names are what miss), TCVN3 read as Windows-1258 0.05–0.22; Windows-1258 read as
 * TCVN3 never gets that far (every article has a byte TCVN3 does not assign). French, German,
 * Portuguese and English read either way (fixtures/encodings/not-vietnamese): 0–0.06.
 */
export const MIN_MARKED_SHARE = 0.8;
/**
 * Least share of all words that must be Vietnamese syllables: the text must be Vietnamese, not
 * another language whose few accented words happen to be syllables (`à`, `là`; `a`, `to`, `in`,
 * `la` are syllables too). The same measures: Vietnamese articles 0.87–1 (median 0.97); the
 * fixtures in other languages 0.09–0.27; TCVN3 read as Windows-1258 0.30–0.55 (the marked
 * share above tells that one).
 */
export const MIN_WORD_SHARE = 0.6;

/** How Vietnamese a text looks: its words, and how many are Vietnamese syllables. */
export interface VietnameseScore {
  /** Words (runs of letters and marks). */
  words: number;
  syllables: number;
  /** Words holding a letter outside ASCII, and how many of those are syllables. */
  marked: number;
  markedSyllables: number;
}

/**
 * A text is scored from its start, a few thousand characters at a time, until EVIDENCE words
 * with a letter outside ASCII have been seen (a few hundred words settle it: an article is read
 * for about its first 1,500 characters) or SAMPLE_CHARS characters have been: a 10 MB file costs
 * no more to score than an article.
 */
export const EVIDENCE = 256;
export const SAMPLE_CHARS = 1 << 16;
const CHUNK_CHARS = 2048;

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\0-\x7f]/;

let known: Set<string> | undefined;

/**
 * The Vietnamese syllables: every syllable of the segmenter's word list (@vntk/dictionary,
 * Viet74K) and the family names, lower-cased, tone placement folded. Loaded the first time a
 * file is not UTF-8.
 */
function syllables(): Set<string> {
  if (known) return known;
  const set = new Set<string>();
  const text = `${readWordList()}\n${SURNAMES.join('\n')}`.normalize('NFC').toLowerCase();
  for (const m of text.matchAll(WORD)) set.add(foldLowerWord(m[0]));
  known = set;
  return set;
}

/** Count the words of the start of a text (see EVIDENCE), and those that are Vietnamese syllables. */
export function vietnameseScore(text: string): VietnameseScore {
  const set = syllables();
  const score: VietnameseScore = { words: 0, syllables: 0, marked: 0, markedSyllables: 0 };
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let start = 0; start < end && score.marked < EVIDENCE; ) {
    // A chunk ends after a space, so that no word (nor a letter and its combining marks) is cut.
    let stop = Math.min(end, start + CHUNK_CHARS);
    if (stop < end) {
      const space = text.lastIndexOf(' ', stop);
      if (space > start) stop = space + 1;
    }
    for (const m of text.slice(start, stop).normalize('NFC').matchAll(WORD)) {
      const word = m[0];
      const ok = set.has(foldLowerWord(word.toLowerCase()));
      score.words++;
      if (ok) score.syllables++;
      if (NON_ASCII.test(word)) {
        score.marked++;
        if (ok) score.markedSyllables++;
      }
    }
    start = stop;
  }
  return score;
}

/** Whether a score says Vietnamese: see MIN_MARKED_SHARE and MIN_WORD_SHARE. */
export function looksVietnamese(s: VietnameseScore): boolean {
  return s.marked > 0 && s.markedSyllables >= MIN_MARKED_SHARE * s.marked && s.syllables >= MIN_WORD_SHARE * s.words;
}

/**
 * Bytes that are not UTF-8 (and hold no NUL): read them as Windows-1258 and as TCVN3, and keep
 * the decoding that looks Vietnamese (looksVietnamese). Neither, or both with different texts,
 * is an error naming the first byte that is not UTF-8.
 */
function detectLegacy(bytes: Uint8Array): Decoded {
  const found: Decoded[] = [];
  for (const encoding of ['windows-1258', 'tcvn3'] as const) {
    const text = decodeLegacy(bytes, encoding);
    if (typeof text === 'string' && looksVietnamese(vietnameseScore(text))) found.push({ text, encoding });
  }
  const at = `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`;
  if (found.length === 0) throw new DecodeError(`${at} (not Windows-1258 or TCVN3 either; use --encoding)`);
  const [first, second] = found as [Decoded, Decoded | undefined];
  if (second !== undefined && second.text !== first.text) throw new DecodeError(`${at} (it reads as Windows-1258 and as TCVN3; use --encoding)`);
  return first;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
