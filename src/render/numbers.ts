// Numbers in tables as a Vietnamese reader writes them: `.` between thousands and `,` before the
// decimals (`90.000.000`, `3.288`, `34,82`), as the articles do; never `90e6` or `3,288`, which a
// Vietnamese reader takes for three point two eight eight. JSON, NDJSON and CSV keep JavaScript numbers.

const formats = new Map<number, Intl.NumberFormat>();

/** `n` in the Vietnamese convention; `digits` decimals exactly when given, else as many as it has (at most 6). */
export function vietnameseNumber(n: number, digits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const key = digits ?? -1;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('vi-VN', digits === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(n).replace(/\u2212/g, '-');
}

/** A figure's value column: `300`, `558.000.000`, `34,82`, or `600.000.000–800.000.000` for a range. */
export function figureValue(f: { value: number; value_max?: number }): string {
  return f.value_max === undefined ? vietnameseNumber(f.value) : `${vietnameseNumber(f.value)}–${vietnameseNumber(f.value_max)}`;
}
