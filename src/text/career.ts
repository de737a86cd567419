// Career lines in a biography (`Tiểu sử`, `Quá trình công tác`): the dates that open each step,
// `6/1970-12/1979: TITLE …`, `Từ 7/2010 đến 5/2013: …`, `năm 1987-1992, là TITLE`, `Từ năm 2001
// đến năm 2006, đồng chí X là TITLE`. One reader for the kinds that need it: dates values the
// month ranges, officials gives the titles of each step the step's dates.
import type { Token } from './tokens.js';

const pad = (n: number) => String(n).padStart(2, '0');
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;

/** `6/1970-12/1979` → 1970-06 to 1979-12 (a month and year each end; the second not before the first). */
export function monthYearRange(text: string): { from: string; to: string } | undefined {
  const m = text.match(/^(\d{1,2})\/(\d{4})[-–](\d{1,2})\/(\d{4})$/);
  if (!m) return undefined;
  const [m1, y1, m2, y2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (!validMonth(m1) || !validMonth(m2) || !validYear(y1) || !validYear(y2) || y2 * 12 + m2 < y1 * 12 + m1) return undefined;
  return { from: `${y1}-${pad(m1)}`, to: `${y2}-${pad(m2)}` };
}

/** `7/2010` → 2010-07; `1987` → 1987. */
function monthOrYear(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  let m = t.text.match(/^(\d{1,2})\/(\d{4})$/);
  if (m && validMonth(Number(m[1])) && validYear(Number(m[2]))) return `${m[2]}-${pad(Number(m[1]))}`;
  m = t.text.match(/^(\d{4})$/);
  return m && validYear(Number(m[1])) ? (m[1] as string) : undefined;
}

function yearRange(text: string): { from: string; to: string } | undefined {
  const m = text.match(/^(\d{4})[-–](\d{4})$/);
  if (!m || !validYear(Number(m[1])) || !validYear(Number(m[2])) || Number(m[2]) < Number(m[1])) return undefined;
  return { from: m[1] as string, to: m[2] as string };
}

/** Do the last four characters of a number's token make a year (`1970`, `6/1970`)? A cheap test before the patterns. */
function endsInYear(text: string): boolean {
  const n = text.length;
  if (n < 4) return false;
  for (let k = n - 4; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The dates that open one step of a career, and where in the line's tokens they stand. */
export interface CareerMarker {
  /** Token index of the marker's first token and of the token after its `:` or `,`. */
  start: number;
  end: number;
  from: string;
  to?: string;
  /** Ends in `:` (`6/1970-12/1979: …`): the words after it are the step itself, with no subject. */
  colon: boolean;
}

/**
 * The career markers of one line: a range of months or years, or `[Từ] [năm|tháng] A đến [năm|tháng]
 * B` (`đến nay` leaves the end open), followed by `:` or `,`.
 */
export function careerMarkers(toks: readonly Token[]): CareerMarker[] {
  const out: CareerMarker[] = [];
  for (let j = 0; j < toks.length; j++) {
    // Driven by the numbers: a marker's first number ends in a year (`1970`, `6/1970`, `6/1970-12/1979`).
    const first = toks[j] as Token;
    if (!first.digit || !endsInYear(first.text)) continue;
    let range = monthYearRange(first.text) ?? yearRange(first.text);
    let end = j + 1;
    if (!range) {
      const from = monthOrYear(first);
      const join = toks[j + 1]?.key;
      if (from === undefined || (join !== 'đến' && join !== 'tới' && join !== '-' && join !== '–')) continue;
      let q = j + 2;
      if (toks[q]?.key === 'năm' || toks[q]?.key === 'tháng') q++;
      if (toks[q]?.key === 'nay') range = { from, to: '' };
      else {
        const to = monthOrYear(toks[q]);
        if (to === undefined || to < from) continue;
        range = { from, to };
      }
      end = q + 1;
    }
    const sep = toks[end];
    if (!sep || (sep.text !== ':' && sep.text !== ',')) continue;
    // `[Từ] [năm|tháng]` before the first number belongs to the marker.
    let start = j;
    if (toks[start - 1]?.key === 'năm' || toks[start - 1]?.key === 'tháng') start--;
    if (toks[start - 1]?.key === 'từ') start--;
    out.push({ start, end: end + 1, from: range.from, ...(range.to ? { to: range.to } : {}), colon: sep.text === ':' });
    j = end;
  }
  return out;
}
