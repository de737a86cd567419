// TCVN3: TCVN 5712:1993 "VN3" (the ABC fonts, .VnTime), the single-byte Vietnamese encoding of
// the 1990s still found in archives. It keeps ASCII and adds 75 characters in 0xA0–0xFE: the
// no-break space, the 7 capitals without a tone mark (Ă Â Ê Ô Ơ Ư Đ), their 7 small letters, and
// the 60 small vowels with a tone mark. It has no capital with a tone mark: VN3 documents set
// capitals by switching to an all-capital font (.VnTimeH) over the codes of the small letters,
// so such a capital is stored, and read back here, as its small letter (`HỘI` → `Hội`/`hội`).
//
// The standard leaves 0x80–0x9F to the C1 controls; files typed on Windows hold the punctuation
// of Windows-1252 there (“ ” ‘ ’ – — …), which is how they are read. The bytes VN3 does not
// assign (0xAF, 0xB0–0xB4, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF, and the
// five 0x80–0x9F that Windows-1252 leaves empty) cannot be read.

/** The code unit that marks a byte with no character. */
export const UNASSIGNED = 0xffff;

/** Tone marks in the order their letters follow one another in VN3: huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** Each vowel's five toned small letters, by byte, in TONES order. */
const TONED: [string, number[]][] = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** 0xA0–0xAE: the no-break space, the capitals, then the small letters, without tone marks. */
const PLAIN = '\u00a0ĂÂÊÔƠƯĐăâêôơưđ';

/**
 * 0x80–0x9F as Windows-1252 has them (0 where it has nothing: 0x81, 0x8D, 0x8F, 0x90, 0x9D).
 * Written out because Node's TextDecoder reads `windows-1252` as ISO-8859-1 (C1 controls there).
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

let table: Uint16Array | undefined;

/** Byte → UTF-16 code unit (every VN3 character is one), UNASSIGNED where VN3 has none. */
export function tcvn3Table(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(256).fill(UNASSIGNED);
  for (let b = 0; b < 0x80; b++) t[b] = b;
  WINDOWS_1252_HIGH.forEach((c, i) => {
    if (c !== 0) t[0x80 + i] = c;
  });
  for (let i = 0; i < PLAIN.length; i++) t[0xa0 + i] = PLAIN.charCodeAt(i);
  for (const [vowel, bytes] of TONED) {
    bytes.forEach((b, i) => (t[b] = (vowel + TONES[i]).normalize('NFC').charCodeAt(0)));
  }
  table = t;
  return t;
}
