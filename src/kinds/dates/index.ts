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

function findDates(ctx: TextContext): Found<string>[] {
  const found: Found<string>[] = [];
  for (const line of ctx.lines) {
    const toks = line.tokens;
    const key = (k: number) => (toks[k] ? (toks[k] as Token).key : '');
    let lastYearEnd = -1; // token index after the last year-bearing date, for lists of years
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      const k = t.key;
      // Only a digit, `ngày` or `tháng` can start a date.
      if (!t.digit && k !== 'ngày' && k !== 'tháng') continue;
      const push = (from: number, to: number, value: string) => {
        found.push({ start: (toks[from] as Token).start, end: (toks[to - 1] as Token).end, value });
        i = to - 1;
      };

      // ngày D tháng M [năm Y]  |  tháng M năm Y  |  tháng M/Y  |  tháng M
      if ((k === 'ngày' && isInt(toks[i + 1]) && key(i + 2) === 'tháng' && isInt(toks[i + 3])) || (k === 'tháng' && !countsBefore(toks, i))) {
        const hasDay = k === 'ngày';
        const d = hasDay ? Number(toks[i + 1]?.text) : undefined;
        const mi = hasDay ? i + 3 : i + 1;
        const mt = toks[mi];
        const my = mt && !hasDay ? monthYear(mt.text, true) : undefined;
        if (my) {
          push(i, mi + 1, my);
          lastYearEnd = i + 1;
          continue;
        }
        if (isInt(mt) && validMonth(Number(mt?.text)) && (d === undefined || validDay(d))) {
          const mo = Number(mt?.text);
          const y = key(mi + 1) === 'năm' && isYear(toks[mi + 2]) ? Number(toks[mi + 2]?.text) : undefined;
          const end = y === undefined ? mi + 1 : mi + 3;
          const value = d !== undefined ? dayValue(d, mo, y) : y !== undefined ? `${y}-${pad(mo)}` : `--${pad(mo)}`;
          push(i, end, value);
          if (y !== undefined) lastYearEnd = i + 1;
          continue;
        }
      }

      // [ngày] D/M/Y, D-D/M/Y, D/M, ...
      if (t.digit) {
        const prevKey = key(i - 1);
        const prev2Key = `${key(i - 2)} ${prevKey}`;
        const afterNgay = prevKey === 'ngày';
        const isDoc = DOCUMENT_WORDS.has(prevKey) || DOCUMENT_WORDS.has(prev2Key);
        // `trong hai ngày 5-6/6`: that `ngày` belongs to the count before it, not to the date.
        const from = afterNgay && !countsBefore(toks, i - 1) ? i - 1 : i;
        if (!isDoc) {
          // `ngày 11 – 12/5`, `từ ngày 23 đến 26/6`: a day, a joining word, then a slash date.
          // `các ngày 25, 26 và 27/9/2014`: after `ngày`, a list of days is read as its first to its last.
          let last = i;
          if (afterNgay) while (key(last + 1) === ',' && isInt(toks[last + 2])) last += 2;
          const joined = toks[last + 2];
          if (isInt(t) && RANGE_JOIN.has(key(last + 1)) && joined) {
            // `từ ngày 5 đến 8-7`: after a joining word the last day may be written with a dash.
            const wordJoin = key(last + 1) === 'đến' || key(last + 1) === 'tới' || key(last + 1) === 'và';
            const m = joined.text.match(wordJoin ? /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/ : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/);
            const [d1, d2, mo] = m ? [Number(t.text), Number(m[1]), Number(m[2])] : [0, 0, 0];
            const y = m?.[3] === undefined ? undefined : Number(m[3]);
            if (m && validDay(d1) && validDay(d2) && d2 > d1 && validMonth(mo) && (y === undefined || validYear(y))) {
              push(from, last + 3, `${dayValue(d1, mo, y)}/${dayValue(d2, mo, y)}`);
              if (y !== undefined) lastYearEnd = last + 3;
              continue;
            }
          }
          const sd = slashDate(t.text, afterNgay);
          const bareDayMonth = sd !== undefined && /^--/.test(sd) && !sd.includes('/');
          const next = toks[i + 1];
          const fraction =
            bareDayMonth &&
            !afterNgay &&
            (FRACTION_WORDS.has(prevKey) ||
              FRACTION_WORDS.has(prev2Key) ||
              (!DATE_BEFORE.has(prevKey) && i > 0 && next !== undefined && next.word && !next.cap && !next.digit && !DATE_AFTER.has(next.key)));
          if (sd && !fraction) {
            push(from, i + 1, sd);
            if (/^\d{4}/.test(sd)) lastYearEnd = i + 1;
            continue;
          }
          const dd = sd || (!t.text.includes('.') && !t.text.includes('-')) ? undefined : dottedDate(t.text, DAY_PARTS.has(prevKey));
          if (dd && !(next !== undefined && (next.text === '%' || (next.word && !next.cap && !next.digit && !DATE_AFTER.has(next.key))))) {
            push(from, i + 1, dd);
            if (/^\d{4}/.test(dd)) lastYearEnd = i + 1;
            continue;
          }
          const career = t.text.length >= 11 ? monthYearRange(t.text) : undefined;
          const my = career ? `${career.from}/${career.to}` : monthYear(t.text);
          if (my) {
            push(i, i + 1, my);
            lastYearEnd = i + 1;
            continue;
          }
        }
        const yr = yearRange(t.text);
        if (yr) {
          const gd = prev2Key === 'giai đoạn' ? i - 2 : YEAR_CONTEXT.has(prevKey) && !countsBefore(toks, i - 1) ? i - 1 : i;
          push(gd, i + 1, yr);
          lastYearEnd = i + 1;
          continue;
        }
        if (isYear(t)) {
          // 2021 - 2030 written with spaces, 2021--2026 with a doubled dash
          const dashes = DASH.test(toks[i + 1]?.text ?? '') ? (toks[i + 2]?.text === '-' && toks[i + 2]?.start === toks[i + 1]?.end ? 2 : 1) : 0;
          if (dashes > 0 && isYear(toks[i + 1 + dashes])) {
            const range = yearRange(`${t.text}-${toks[i + 1 + dashes]?.text}`);
            if (range) {
              const gd = prev2Key === 'giai đoạn' ? i - 2 : YEAR_CONTEXT.has(prevKey) && !countsBefore(toks, i - 1) ? i - 1 : i;
              push(gd, i + 2 + dashes, range);
              lastYearEnd = i + 1;
              continue;
            }
          }
          // `từ 2016 đến 2035`
          if (prevKey === 'từ' && (key(i + 1) === 'đến' || key(i + 1) === 'tới') && isYear(toks[i + 2])) {
            const range = yearRange(`${t.text}-${toks[i + 2]?.text}`);
            if (range) {
              push(i, i + 3, range);
              lastYearEnd = i + 3;
              continue;
            }
          }
          // `từ 2022`, `vào 2023`: a preposition of time, and nothing counted after the number.
          const next = toks[i + 1];
          const afterPreposition = YEAR_PREPOSITIONS.has(prevKey) && !(next?.word && !next.cap && !DATE_AFTER.has(next.key) && !YEAR_AFTER.has(next.key));
          // `Phó Giáo sư (1996)`: a year alone in brackets.
          const bracketed = prevKey === '(' && key(i + 1) === ')';
          const inList = (lastYearEnd >= 0 && i - lastYearEnd <= 1 && YEAR_LIST.has(prevKey)) || afterPreposition || bracketed;
          const ctxWord = prev2Key === 'giai đoạn' ? 2 : YEAR_CONTEXT.has(prevKey) ? 1 : 0;
          if (ctxWord > 0 || inList) {
            const withWord = ctxWord > 0 && !countsBefore(toks, i - ctxWord) && (prevKey === 'năm' || ctxWord === 2);
            push(withWord ? i - ctxWord : i, i + 1, t.text);
            lastYearEnd = i + 1;
            continue;
          }
        }
      }
    }
  }
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
