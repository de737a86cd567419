// vntk's `istitle` feature: `word === titleCase(word)` with the `title-case` 2.x package,
// which lower-cases `no-case`'s output and upper-cases its first character and every
// character after a space. `no-case` splits camel case (a lower-case letter or a number
// followed by an upper-case letter; an upper-case letter followed by an upper-case and a
// lower-case letter), drops runs of characters that are neither letters nor numbers at both
// ends and turns the other runs into one space.
//
// no-case's character classes are Unicode 8-era tables applied to UTF-16 code units; we use
// the current Unicode categories of Node's regular expressions (surrogates are never letters,
// as in no-case). The two differ only on letters assigned or re-categorised since (none of
// them Vietnamese or Latin-1); U+0295 is kept a lower-case letter as no-case has it.

const LOWER_OR_NUMBER = 1; // no-case's "camel case" left side: \p{Ll} or \p{N}
const UPPER = 2; // \p{Lu}
const LOWER = 4; // \p{Ll}
const LETTER_OR_NUMBER = 8; // not a "non-word" character: \p{L} or \p{N}

let table: Uint8Array | undefined;

function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let k = 0;
    if (/\p{Ll}/u.test(ch)) k |= LOWER | LOWER_OR_NUMBER;
    if (/\p{N}/u.test(ch)) k |= LOWER_OR_NUMBER;
    if (/\p{Lu}/u.test(ch)) k |= UPPER;
    if (/[\p{L}\p{N}]/u.test(ch)) k |= LETTER_OR_NUMBER;
    t[c] = k;
  }
  t[0x295] = LOWER | LOWER_OR_NUMBER | LETTER_OR_NUMBER;
  table = t;
  return t;
}

// The same steps as regular expressions over code points, for strings without surrogates
// (where code points and code units agree), which is nearly every token.
const CAMEL = /([\p{Ll}\p{N}\u0295])(\p{Lu})/gu;
const CAMEL_UPPER = /(\p{Lu})(\p{Lu}[\p{Ll}\u0295])/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const FIRST_OF_WORD = /^.| ./g;
const SURROGATE = /[\uD800-\uDFFF]/;

/** What `title-case` 2.x gives for `s`. */
export function titleCase(s: string): string {
  if (SURROGATE.test(s)) return titleCaseByCodeUnit(s);
  return s
    .replace(CAMEL, '$1 $2')
    .replace(CAMEL_UPPER, '$1 $2')
    .replace(NON_WORD, (m: string, index: number, str: string) => (index === 0 || index === str.length - m.length ? '' : ' '))
    .toLowerCase()
    .replace(FIRST_OF_WORD, (m) => m.toUpperCase());
}

/** titleCase one UTF-16 code unit at a time, as no-case's regular expressions (no `u` flag) do. */
function titleCaseByCodeUnit(s: string): string {
  const t = classes();
  const cls = (str: string, i: number): number => (i < str.length ? t[str.charCodeAt(i)]! : 0);
  // camelCase → camel Case
  let a = '';
  for (let i = 0; i < s.length; ) {
    if (cls(s, i) & LOWER_OR_NUMBER && cls(s, i + 1) & UPPER) {
      a += s[i]! + ' ' + s[i + 1]!;
      i += 2;
    } else a += s[i++]!;
  }
  // CAMELCase → CAMEL Case
  let b = '';
  for (let i = 0; i < a.length; ) {
    if (cls(a, i) & UPPER && cls(a, i + 1) & UPPER && cls(a, i + 2) & LOWER) {
      b += a[i]! + ' ' + a[i + 1]! + a[i + 2]!;
      i += 3;
    } else b += a[i++]!;
  }
  // runs of other characters: dropped at either end, one space inside
  let c = '';
  for (let i = 0; i < b.length; ) {
    if (cls(b, i) & LETTER_OR_NUMBER) {
      c += b[i++]!;
      continue;
    }
    const start = i;
    while (i < b.length && !(cls(b, i) & LETTER_OR_NUMBER)) i++;
    if (start !== 0 && i !== b.length) c += ' ';
  }
  const lower = c.toLowerCase();
  // upper-case the first character and each one after a space (`.` matches no line terminator)
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const first = i === 0;
    if ((first || lower[i] === ' ') && i + (first ? 0 : 1) < lower.length) {
      const j = first ? 0 : i + 1;
      const ch = lower[j]!;
      if (!/[\n\r\u2028\u2029]/.test(ch)) {
        out += (first ? '' : ' ') + ch.toUpperCase();
        i = j + 1;
        continue;
      }
    }
    out += lower[i++]!;
  }
  return out;
}

export function isTitle(word: string): boolean {
  return !notTitleAtFirstCharacter(word) && word === titleCase(word);
}

/**
 * A quick exact answer for most words that are not titles: a first character that is not a
 * letter or number is dropped by no-case; a lower-case first character comes back
 * upper-cased. Either way the result differs from the word at its first character.
 */
export function notTitleAtFirstCharacter(word: string): boolean {
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return true; // a-z
    return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a));
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = word[0]!;
  return ch.toLowerCase() === ch && ch.toUpperCase()[0] !== ch;
}
