// dates: calendar expressions (SPEC.md) — `Ngày 13/12`, `ngày 15 tháng 3 năm 1975`, `tháng 11/2023`,
// `năm 2013`, `24-25/3/2022`, `giai đoạn 2021-2030` — valued in ISO 8601, saying only what the text says.
import type { DateMention } from '../../types.js';
import type { Token } from '../../text/tokens.js';
import { foldKey } from '../../text/normalize.js';
import { parseSpelled } from '../../text/numbers.js';
import { monthYearRange } from '../../text/career.js';
import type { EntityKind, Found, TextContext } from '../kind.js';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Words before a slash date that make it a document number (`Nghị quyết 06/2022`). */
const DOCUMENT_WORDS = new Set(
  ['số', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'luật', 'chỉ thị', 'công văn', 'kết luận', 'thông báo', 'pháp lệnh', 'báo cáo', 'mã', 'ký hiệu'].map(foldKey),
);
/** Words before a bare `d/m` that make it a fraction (`chiếm 1/3`). */
const FRACTION_WORDS = new Set(['chiếm', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'bằng', 'là', 'còn', 'đạt', 'tỷ lệ', 'tỉ lệ', 'được', 'có', 'mất'].map(foldKey));
/** Words before a bare `d/m` that make it a date: `chiều 4/1`, `từ 1/7`. */
const DATE_BEFORE = new Set(['hôm', 'nay', 'mai', 'qua', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng', 'từ', 'đến', 'tới', 'trước', 'sau', 'cuối', 'đầu', 'giữa', 'vào', 'lúc', 'dịp', 'ngày', '(', '-', '–'].map(foldKey));
/** Words after a bare `d/m` that keep it a date (`13/12 vừa qua`); another word after it makes it a fraction (`1/4 ngân sách`). */
const DATE_AFTER = new Set(['vừa', 'tới', 'này', 'qua', 'năm', 'tại', 'ở', 'và', 'đến', 'sẽ', 'đã', 'lúc', 'theo', 'với', 'là', 'diễn', 'hằng', 'hàng', 'của', 'trong', 'khi', 'mới', 'có', 'được', 'do', 'vì', 'thì'].map(foldKey));
/** Between two days of a range: `11 – 12/5`, `13 và 14/5`, `23 đến 26/6`. */
const RANGE_JOIN = new Set(['-', '–', '—', 'và', 'đến', 'tới']);
/** Words that join a list of years: `năm 2016, 2017`, `2022 và 2023`. */
const YEAR_LIST = new Set([',', 'và', 'hoặc', 'đến', 'tới', '-', '–']);
/** Prepositions after which a bare year is a date when no noun follows it: `từ 2022`, `vào 2023 đến nay`. */
const YEAR_PREPOSITIONS = new Set(['từ', 'đến', 'tới', 'vào', 'sau', 'trước', 'cho', 'hết', 'trong']);
/** Words that may follow such a year: `đến nay`, and verbs of a target (`đến 2030 giảm 15%`), never a counted noun. */
const YEAR_AFTER = new Set(['nay', 'đến', 'tới', 'trở', 'sau', 'trước', 'giảm', 'tăng', 'đạt', 'nằm', 'phải', 'cần', 'hoàn', 'đưa', 'chiếm']);
/** Words that make the year after them a date: `năm 2020`, `hậu 2020`, `(SN 1997)` (sinh năm). */
const YEAR_CONTEXT = new Set(['năm', 'giai đoạn', 'nhiệm kỳ', 'niên khóa', 'mùa', 'khóa', 'đầu', 'cuối', 'giữa', 'hậu', 'sn'].map(foldKey));
/** Times of day before a day and month written with a dot or a dash and no `ngày`: `sáng 29.6`, `chiều 29-4`. */
const DAY_PARTS = new Set(['hôm', 'nay', 'mai', 'qua', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng', 'ngày', 'từ', 'đến', 'tới', 'dịp', 'vào'].map(foldKey));
const DASH = /^[-–—]$/;

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** `--MM-DD` or `YYYY-MM-DD`. */
function dayValue(d: number, m: number, y?: number): string {
  return y === undefined ? `--${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** The value of a one-token date written with slashes or dashes, if it is one. */
function slashDate(text: string, afterNgay: boolean): string | undefined {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)) || (afterNgay && (m = text.match(/^(\d{1,2})-(\d{1,2})-(\d{4})$/)))) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(d) && validMonth(mo) && validYear(y) ? dayValue(d, mo, y) : undefined;
  }
  if ((m = text.match(/^(\d{1,2})-(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/))) {
    const [d1, d2, mo] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const y = m[4] === undefined ? undefined : Number(m[4]);
    if (!validDay(d1) || !validDay(d2) || d2 <= d1 || !validMonth(mo) || (y !== undefined && !validYear(y))) return undefined;
    return `${dayValue(d1, mo, y)}/${dayValue(d2, mo, y)}`;
  }
  if ((m = text.match(/^(\d{1,2})\/(\d{1,2})-(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/))) {
    const [d1, m1, d2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const y = m[5] === undefined ? undefined : Number(m[5]);
    if (!validDay(d1) || !validDay(d2) || !validMonth(m1) || !validMonth(m2) || (y !== undefined && !validYear(y))) return undefined;
    return `${dayValue(d1, m1, y)}/${dayValue(d2, m2, y)}`;
  }
  if ((m = text.match(/^(\d{1,2})\/(\d{1,2})$/)) || (afterNgay && (m = text.match(/^(\d{1,2})-(\d{1,2})$/)))) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    return validDay(d) && validMonth(mo) ? dayValue(d, mo) : undefined;
  }
  return undefined;
}

function monthYear(text: string, afterThang = false): string | undefined {
  const m = text.match(afterThang ? /^(\d{1,2})[/-](\d{4})$/ : /^(\d{1,2})\/(\d{4})$/);
  if (!m) return undefined;
  const [mo, y] = [Number(m[1]), Number(m[2])];
  return validMonth(mo) && validYear(y) ? `${y}-${pad(mo)}` : undefined;
}

/** `29.6.2017` anywhere, `29.6` and `29-4` after a time of day (`sáng 29.6`, `chiều 29-4`). */
function dottedDate(text: string, afterDayPart: boolean): string | undefined {
  let m = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(d) && validMonth(mo) && validYear(y) ? dayValue(d, mo, y) : undefined;
  }
  if (!afterDayPart || !(m = text.match(/^(\d{1,2})[.-](\d{1,2})$/))) return undefined;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  return validDay(d) && validMonth(mo) ? dayValue(d, mo) : undefined;
}

function yearRange(text: string): string | undefined {
  const m = text.match(/^(\d{4})[-–](\d{4})$/);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return validYear(a) && validYear(b) && b > a && b - a <= 100 ? `${a}/${b}` : undefined;
}

const isYear = (t: Token | undefined) => t !== undefined && /^\d{4}$/.test(t.text) && validYear(Number(t.text));
const isInt = (t: Token | undefined) => t !== undefined && /^\d{1,2}$/.test(t.text);

/** Words before a number that make it a label, not a count: `số 125`, `lần thứ 17`. */
const NUMBER_LABELS = new Set(['thứ', 'số', 'lần', 'đợt', 'vòng', 'khóa']);
/** Spelled numbers that never start a count (`Tân Sơn Nhất`, `đầu tư`). */
const NOT_COUNT_START = new Set(['nhất', 'nhì', 'tư', 'lăm', 'mốt']);

/** Is the token before i a count (`hai`, `10`), so that `năm`/`tháng`/`ngày` at i is a duration? */
function countsBefore(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.digit) {
    // `lần 2 ngày 20/4`, `Nghị định 116 ngày 18/7/2016`: a label or a name's number, not a count.
    const before = toks[i - 2];
    return /^\d[\d.,]*$/.test(prev.text) && !(before && (NUMBER_LABELS.has(before.key) || (before.cap && i - 2 > 0)));
  }
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const first = toks[k] as Token;
    if (first.cap || NOT_COUNT_START.has(first.key)) continue;
    const s = parseSpelled(toks, k);
    if (s && s.end === i) return true;
  }
  return false;
}

/** A date the rules found: tokens [from, to), its value, and `yearEnd` when it names a year (lists of years go on from there). */
interface DateMatch {
  from: number;
  to: number;
  value: string;
  yearEnd?: number;
}

/** What the rules of a number see: the token, the keys before it, and where a list of years last ended. */
interface AtNumber {
  toks: readonly Token[];
  i: number;
  t: Token;
  prevKey: string;
  prev2Key: string;
  afterNgay: boolean;
  /** Where a date starting at the number starts: at the `ngày` before it when that word is the date's. */
  from: number;
  next: Token | undefined;
  lastYearEnd: number;
}

const keyAt = (toks: readonly Token[], k: number): string => (toks[k] ? (toks[k] as Token).key : '');

// Each rule below is small on purpose: V8 optimizes small functions once and cheaply, where one
// long function was compiled again each time a branch first ran (issue 20).

/** `ngày D tháng M [năm Y]`, `tháng M năm Y`, `tháng M/Y`, `tháng M`: at `ngày` or `tháng`. */
function spelledMonth(toks: readonly Token[], i: number, k: string): DateMatch | undefined {
  if (!((k === 'ngày' && isInt(toks[i + 1]) && keyAt(toks, i + 2) === 'tháng' && isInt(toks[i + 3])) || (k === 'tháng' && !countsBefore(toks, i)))) return undefined;
  const hasDay = k === 'ngày';
  const d = hasDay ? Number(toks[i + 1]?.text) : undefined;
  const mi = hasDay ? i + 3 : i + 1;
  const mt = toks[mi];
  const my = mt && !hasDay ? monthYear(mt.text, true) : undefined;
  if (my) return { from: i, to: mi + 1, value: my, yearEnd: mi + 1 };
  if (isInt(mt) && validMonth(Number(mt?.text)) && (d === undefined || validDay(d))) {
    const mo = Number(mt?.text);
    const y = keyAt(toks, mi + 1) === 'năm' && isYear(toks[mi + 2]) ? Number(toks[mi + 2]?.text) : undefined;
    const end = y === undefined ? mi + 1 : mi + 3;
    const value = d !== undefined ? dayValue(d, mo, y) : y !== undefined ? `${y}-${pad(mo)}` : `--${pad(mo)}`;
    return y !== undefined ? { from: i, to: end, value, yearEnd: end } : { from: i, to: end, value };
  }
  return undefined;
}

/** `ngày 11 – 12/5`, `từ ngày 23 đến 26/6`: a day, a joining word, then a slash date; after `ngày`, `các ngày 25, 26 và 27/9/2014` is read as its first to its last day. */
function dayRange(a: AtNumber): DateMatch | undefined {
  const { toks, i, t } = a;
  let last = i;
  if (a.afterNgay) while (keyAt(toks, last + 1) === ',' && isInt(toks[last + 2])) last += 2;
  const joined = toks[last + 2];
  const join = keyAt(toks, last + 1);
  if (!(isInt(t) && RANGE_JOIN.has(join) && joined)) return undefined;
  // `từ ngày 5 đến 8-7`: after a joining word the last day may be written with a dash.
  const wordJoin = join === 'đến' || join === 'tới' || join === 'và';
  const m = joined.text.match(wordJoin ? /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/ : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/);
  const [d1, d2, mo] = m ? [Number(t.text), Number(m[1]), Number(m[2])] : [0, 0, 0];
  const y = m?.[3] === undefined ? undefined : Number(m[3]);
  if (!(m && validDay(d1) && validDay(d2) && d2 > d1 && validMonth(mo) && (y === undefined || validYear(y)))) return undefined;
  const value = `${dayValue(d1, mo, y)}/${dayValue(d2, mo, y)}`;
  return y !== undefined ? { from: a.from, to: last + 3, value, yearEnd: last + 3 } : { from: a.from, to: last + 3, value };
}

/** `13/12`, `24-25/3/2022` (not a fraction: `chiếm 1/3`, `1/4 ngân sách`), else `29.6.2017`, `sáng 29.6`. */
function slashOrDotted(a: AtNumber): DateMatch | undefined {
  const { i, t, prevKey, next } = a;
  const sd = slashDate(t.text, a.afterNgay);
  if (sd) {
    const bareDayMonth = /^--/.test(sd) && !sd.includes('/');
    const fraction =
      bareDayMonth &&
      !a.afterNgay &&
      (FRACTION_WORDS.has(prevKey) ||
        FRACTION_WORDS.has(a.prev2Key) ||
        (!DATE_BEFORE.has(prevKey) && i > 0 && next !== undefined && next.word && !next.cap && !next.digit && !DATE_AFTER.has(next.key)));
    if (fraction) return undefined;
    return /^\d{4}/.test(sd) ? { from: a.from, to: i + 1, value: sd, yearEnd: i + 1 } : { from: a.from, to: i + 1, value: sd };
  }
  const dd = !t.text.includes('.') && !t.text.includes('-') ? undefined : dottedDate(t.text, DAY_PARTS.has(prevKey));
  if (dd && !(next !== undefined && (next.text === '%' || (next.word && !next.cap && !next.digit && !DATE_AFTER.has(next.key))))) {
    return /^\d{4}/.test(dd) ? { from: a.from, to: i + 1, value: dd, yearEnd: i + 1 } : { from: a.from, to: i + 1, value: dd };
  }
  return undefined;
}

/** `11/2023`, and a career line's `1/2010-5/2015`. */
function monthYearToken(a: AtNumber): DateMatch | undefined {
  const { i, t } = a;
  const career = t.text.length >= 11 ? monthYearRange(t.text) : undefined;
  const my = career ? `${career.from}/${career.to}` : monthYear(t.text);
  return my ? { from: i, to: i + 1, value: my, yearEnd: i + 1 } : undefined;
}

/** Where a span of years starts: at `giai đoạn` or another word of years before it. */
function yearsFrom(a: AtNumber): number {
  const { toks, i } = a;
  return a.prev2Key === 'giai đoạn' ? i - 2 : YEAR_CONTEXT.has(a.prevKey) && !countsBefore(toks, i - 1) ? i - 1 : i;
}

/** `2021-2030` in one token. */
function yearSpan(a: AtNumber): DateMatch | undefined {
  const yr = yearRange(a.t.text);
  return yr ? { from: yearsFrom(a), to: a.i + 1, value: yr, yearEnd: a.i + 1 } : undefined;
}

/** `2021 - 2030` written with spaces, `2021--2026` with a doubled dash. */
function spacedYearSpan(a: AtNumber): DateMatch | undefined {
  const { toks, i, t } = a;
  const dashes = DASH.test(toks[i + 1]?.text ?? '') ? (toks[i + 2]?.text === '-' && toks[i + 2]?.start === toks[i + 1]?.end ? 2 : 1) : 0;
  if (!(dashes > 0 && isYear(toks[i + 1 + dashes]))) return undefined;
  const range = yearRange(`${t.text}-${toks[i + 1 + dashes]?.text}`);
  return range ? { from: yearsFrom(a), to: i + 2 + dashes, value: range, yearEnd: i + 2 + dashes } : undefined;
}

/** `từ 2016 đến 2035`. */
function fromToYears(a: AtNumber): DateMatch | undefined {
  const { toks, i, t } = a;
  if (!(a.prevKey === 'từ' && (keyAt(toks, i + 1) === 'đến' || keyAt(toks, i + 1) === 'tới') && isYear(toks[i + 2]))) return undefined;
  const range = yearRange(`${t.text}-${toks[i + 2]?.text}`);
  // A list of years goes on two tokens later than for other dates (kept as it always was).
  return range ? { from: i, to: i + 3, value: range, yearEnd: i + 5 } : undefined;
}

/** A year with a word of years (`năm 2020`, `giai đoạn 2021`), in a list of years, after a preposition of time (`từ 2022`), or alone in brackets. */
function bareYear(a: AtNumber): DateMatch | undefined {
  const { toks, i, t, prevKey, next } = a;
  // `từ 2022`, `vào 2023`: a preposition of time, and nothing counted after the number.
  const afterPreposition = YEAR_PREPOSITIONS.has(prevKey) && !(next?.word && !next.cap && !DATE_AFTER.has(next.key) && !YEAR_AFTER.has(next.key));
  // `Phó Giáo sư (1996)`: a year alone in brackets.
  const bracketed = prevKey === '(' && keyAt(toks, i + 1) === ')';
  const inList = (a.lastYearEnd >= 0 && i - a.lastYearEnd <= 1 && YEAR_LIST.has(prevKey)) || afterPreposition || bracketed;
  const ctxWord = a.prev2Key === 'giai đoạn' ? 2 : YEAR_CONTEXT.has(prevKey) ? 1 : 0;
  if (!(ctxWord > 0 || inList)) return undefined;
  const withWord = ctxWord > 0 && !countsBefore(toks, i - ctxWord) && (prevKey === 'năm' || ctxWord === 2);
  return { from: withWord ? i - ctxWord : i, to: i + 1, value: t.text, yearEnd: i + 1 };
}

/** The date starting at the number at token i, if any. */
function numberDate(toks: readonly Token[], i: number, lastYearEnd: number): DateMatch | undefined {
  const t = toks[i] as Token;
  const prevKey = keyAt(toks, i - 1);
  const prev2Key = `${keyAt(toks, i - 2)} ${prevKey}`;
  const afterNgay = prevKey === 'ngày';
  // `trong hai ngày 5-6/6`: that `ngày` belongs to the count before it, not to the date.
  const from = afterNgay && !countsBefore(toks, i - 1) ? i - 1 : i;
  const a: AtNumber = { toks, i, t, prevKey, prev2Key, afterNgay, from, next: toks[i + 1], lastYearEnd };
  const isDoc = DOCUMENT_WORDS.has(prevKey) || DOCUMENT_WORDS.has(prev2Key);
  if (!isDoc) {
    const m = dayRange(a) ?? slashOrDotted(a) ?? monthYearToken(a);
    if (m) return m;
  }
  const span = yearSpan(a);
  if (span || !isYear(t)) return span;
  return spacedYearSpan(a) ?? fromToYears(a) ?? bareYear(a);
}

function datesInLine(toks: readonly Token[], found: Found<string>[]): void {
  let lastYearEnd = -1; // token index after the last year-bearing date, for lists of years
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    // Only a digit, `ngày` or `tháng` can start a date.
    const m = t.digit ? numberDate(toks, i, lastYearEnd) : t.key === 'ngày' || t.key === 'tháng' ? spelledMonth(toks, i, t.key) : undefined;
    if (m === undefined) continue;
    found.push({ start: (toks[m.from] as Token).start, end: (toks[m.to - 1] as Token).end, value: m.value });
    i = m.to - 1;
    if (m.yearEnd !== undefined) lastYearEnd = m.yearEnd;
  }
}

function findDates(ctx: TextContext): Found<string>[] {
  const found: Found<string>[] = [];
  for (const line of ctx.lines) datesInLine(line.tokens, found);
  return found;
}

export const dates: EntityKind<string, DateMention> = {
  name: 'dates',
  yieldsTo: ['conferences'],
  find: findDates,
  assemble(found: Found<string>[], ctx: TextContext, lineOf) {
    return found.map((f) => ({ text: ctx.text.slice(f.start, f.end), value: f.value, start: f.start, end: f.end, line: lineOf(f.start) }));
  },
};
