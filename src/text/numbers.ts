// Numbers as the Vietnamese press writes them: `2.000` (dot groups thousands), `34,82` (comma
// is the decimal mark), Roman numerals (`XIII`), and spelled numbers (`ba`, `hai mươi mốt`).
import type { Token } from './tokens.js';

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const ENGLISH_DECIMAL = /^\d+\.\d{1,2}$|^\d+\.\d{4,}$/;

/**
 * The value of a number written in digits, or undefined when the token is not one.
 * `2.000` → 2000, `34,82` → 34.82, `21.000` → 21000; `1.5` (dot not followed by three digits) → 1.5.
 */
export function parseDigits(s: string): number | undefined {
  if (GROUPED.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (PLAIN.test(s)) return Number(s.replace(',', '.'));
  if (ENGLISH_DECIMAL.test(s)) return Number(s);
  return undefined;
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of an upper-case Roman numeral (`XIII` → 13), or undefined. */
export function parseRoman(s: string): number | undefined {
  if (s.length === 0 || !ROMAN.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] as number;
    const next = i + 1 < s.length ? (ROMAN_VALUES[s[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

const UNITS = new Map<string, number>(Object.entries({
  một: 1, mốt: 1, nhất: 1, hai: 2, nhì: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
}));

/**
 * A spelled number starting at token i (`ba`, `mười hai`, `hai mươi mốt`, `một trăm`), up to 999.
 * Returns the value and the index of the token after it.
 */
export function parseSpelled(toks: readonly Token[], i: number): { value: number; end: number } | undefined {
  const head = toks[i]?.key;
  if (head === undefined || (!UNITS.has(head) && head !== 'mười')) return undefined;
  let j = i;
  let total = 0;
  const word = (k: number) => (toks[k] ? (toks[k] as Token).key : '');
  // hundreds
  const h = UNITS.get(word(j));
  if (h !== undefined && word(j + 1) === 'trăm') {
    total = h * 100;
    j += 2;
    if (word(j) === 'linh' || word(j) === 'lẻ') j++;
  }
  // tens
  if (word(j) === 'mười') {
    total += 10;
    j++;
  } else {
    const t = UNITS.get(word(j));
    if (t !== undefined && word(j + 1) === 'mươi') {
      total += t * 10;
      j += 2;
    }
  }
  // units
  const u = UNITS.get(word(j));
  if (u !== undefined && (j === i || total > 0) && !(word(j) === 'nhất' && total > 0 && total % 10 !== 0)) {
    total += u;
    j++;
  }
  return j > i && total > 0 ? { value: total, end: j } : undefined;
}
