// The text model of SPEC.md: normalization, line numbers and folded keys.
import { partitionPoint } from './spans.js';

/** Unicode space separators and no-break spaces that become a plain space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]/g;

/**
 * Normalize article text: NFC; `\r\n` and `\r` become `\n`; U+00D0 `Ð` becomes U+0110 `Đ`;
 * no-break and other Unicode spaces become a plain space. Runs of spaces are kept.
 */
export function normalize(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00D0/g, '\u0110')
    .replace(ODD_SPACES, ' ');
}

/** Maps offsets of a normalized text to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    return Math.max(1, partitionPoint(this.starts, (s) => s <= offset));
  }

  get count(): number {
    return this.starts.length;
  }
}

/** Old-style tone placement at the end of a syllable (`hoà`, `thuỷ`) and its modern form (`hòa`, `thủy`). */
const OLD_TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_TONE_VOWELS = new Set([...'àáảãạèéẻẽẹỳýỷỹỵ'].map((c) => c.charCodeAt(0)));

/** `foldKey` for one syllable already in lower case, fast: tone placement can only differ in its last two letters. */
export function foldLowerWord(lower: string): string {
  if (lower.length < 2 || !OLD_TONE_VOWELS.has(lower.charCodeAt(lower.length - 1))) return lower;
  const tail = lower.slice(-2);
  const modern = OLD_TONE_PLACEMENT[tail];
  if (modern === undefined || (tail[0] === 'u' && lower[lower.length - 3] === 'q')) return lower;
  return lower.slice(0, -2) + modern;
}

/** A tone vowel that old-style placement may leave at a syllable's end. */
const OLD_TONE_ANY = /[àáảãạèéẻẽẹỳýỷỹỵ]/;
/** Whitespace other than single inner spaces. */
const ODD_WHITESPACE = /[^\S ]| {2}|^ | $/;

/**
 * A key for grouping and comparing: lower case, spaces collapsed, and tone marks placed one
 * way, so `Hoà`/`hòa` and `thuỷ`/`thủy` give one key. Expects NFC text.
 */
export function foldKey(text: string): string {
  let lower = text.toLowerCase();
  if (ODD_WHITESPACE.test(lower)) lower = lower.replace(/\s+/g, ' ').trim();
  if (!OLD_TONE_ANY.test(lower)) return lower;
  return foldWords(lower);
}

/** Tone vowels that old-style placement may leave at a syllable's end, by code unit. */
const IS_OLD_TONE_VOWEL = new Uint8Array(0x2000);
for (const c of OLD_TONE_VOWELS) IS_OLD_TONE_VOWEL[c] = 1;
const SPACE = 0x20;

/**
 * foldLowerWord of each word of a lower-case text whose words are split by single spaces, without
 * splitting it: only a word's last two letters can change, so look at each tone vowel that ends a
 * word of two letters or more. (Splitting, mapping and joining was most of foldKey's time.)
 */
function foldWords(lower: string): string {
  let out = '';
  let from = 0;
  for (let k = 1; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 0x2000 || IS_OLD_TONE_VOWEL[c] === 0) continue;
    if ((k + 1 < lower.length && lower.charCodeAt(k + 1) !== SPACE) || lower.charCodeAt(k - 1) === SPACE) continue;
    const tail = lower.slice(k - 1, k + 1);
    const modern = OLD_TONE_PLACEMENT[tail];
    if (modern === undefined || (tail[0] === 'u' && lower[k - 2] === 'q')) continue;
    out += lower.slice(from, k - 1) + modern;
    from = k + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The text with its tone marks removed (diacritics of letters like ơ, â, đ are kept). */
export function stripTones(text: string): string {
  return text.normalize('NFD').replace(TONE_MARK, '').normalize('NFC');
}

/** Lower-case text without any diacritic: tone marks and the marks of ă, â, ê, ô, ơ, ư gone, đ as d (`lê hoài` → `le hoai`). */
export function unaccented(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** Whether a folded search text carries no diacritic at all (`le hoai trung`, `hoi nghi`): it is then matched without them, as a search engine does. */
export function withoutDiacritics(folded: string): boolean {
  return unaccented(folded) === folded;
}
