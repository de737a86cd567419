// Comparing two date values (ISO, as the dates kind gives them): can they name the same day, or
// days within a slack of each other; can two periods of years be the same period. A missing year
// matches any year (`sáng 30/6` and `sáng 30-6-2017` name one day).

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

interface Day {
  year?: string;
  day: number;
}

/** One end of a day-level ISO value: its year when given, and its day of the year. */
function dayOf(v: string): Day {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(v);
  if (!m) return { day: 0 };
  const day = (DAYS_BEFORE_MONTH[Number(m[2])] ?? 0) + Number(m[3]);
  return m[1] === '-' ? { day } : { year: m[1] as string, day };
}

/** Can two dates name the same day, or days within `slack` days of each other? A missing year matches any year. */
export function sameDay(a: string, b: string, slack = 0): boolean {
  const [a0, a1 = a0] = a.split('/').map(dayOf) as [Day, Day?];
  const [b0, b1 = b0] = b.split('/').map(dayOf) as [Day, Day?];
  const years = (x: Day, y: Day) => (x.year && y.year ? [Number(x.year), Number(y.year)] : undefined);
  const ya = years(a0, a1);
  const yb = years(b0, b1);
  if (ya && yb) {
    // Both years known: compare absolute days.
    const abs = (y: number, d: number) => y * 366 + d;
    return abs(ya[0] as number, a0.day) - slack <= abs(yb[1] as number, b1.day) && abs(yb[0] as number, b0.day) - slack <= abs(ya[1] as number, a1.day);
  }
  // A year missing: compare days of the year.
  return a0.day - slack <= b1.day && b0.day - slack <= a1.day;
}

/** A value naming a period of whole years: `2011/2015` (`giai đoạn 2011-2015`). */
export const YEAR_PERIOD = /^(\d{4})\/(\d{4})$/;

/** The first and last year of a period of years, or undefined when the value is not one. */
export function yearsOf(value: string): [number, number] | undefined {
  const m = YEAR_PERIOD.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Are two periods of years the same period (`2011/2015` and `2012/2015` are not)? */
export function samePeriod(a: string, b: string): boolean {
  const x = yearsOf(a);
  const y = yearsOf(b);
  if (!x || !y) return a === b;
  return x[0] === y[0] && x[1] === y[1];
}

/** Days from one ISO day (`2017-06-29`) to another, or undefined when either has no year. */
export function daysBetween(a: string, b: string): number | undefined {
  const ms = (v: string) => (/^\d{4}-\d\d-\d\d$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN);
  const d = (ms(b) - ms(a)) / 86_400_000;
  return Number.isFinite(d) ? d : undefined;
}
