// Comparing two figures: can they state the same number (each taken as finely as it is written,
// widened by its qualifier), and can they measure the same thing (units that are one unit written
// two ways, or convertible: `3 giờ` and `80 phút`, `triệu Euro` and `triệu ơ-rô`). Resolution
// stays with the kind, as Duckling keeps it inside each dimension; `check` only asks.
import type { FigureQualifier } from '../../types.js';
import { foldKey } from '../../text/normalize.js';

/** What comparing a figure needs: as written, its value (and upper end), its qualifier. */
export interface FigureValue {
  text: string;
  value: number | string;
  value_max?: number;
  qualifier?: FigureQualifier;
  /** A figure's value in a unit of its family (minutes for durations), set by `inFamilyUnit`. */
  scaled?: number;
}

interface Numeral {
  decimals: number;
  scale: number;
  written: number;
}

/** The written number of a figure: its digits, how many decimals, and the scale words' factor. */
const numerals = new WeakMap<object, Numeral | undefined>();

function numeralOf(side: FigureValue): Numeral | undefined {
  if (numerals.has(side)) return numerals.get(side);
  const n = parseNumeral(side);
  numerals.set(side, n);
  return n;
}

function parseNumeral(side: FigureValue): Numeral | undefined {
  // The numeral of the number compared: the last one written (`thứ 23/116` compares 116).
  const all = [...side.text.matchAll(/\d[\d.]*(?:,(\d+))?/g)];
  const numeral = side.value_max === undefined ? (all.find((m) => numeralValue(m[0]) !== 0 && sameMagnitude(numeralValue(m[0]), side.value)) ?? all[0]) : all[0];
  if (!numeral || typeof side.value !== 'number') return undefined;
  const written = numeralValue(numeral[0]);
  return { decimals: numeral[1]?.length ?? 0, scale: written > 0 ? side.value / written : 1, written };
}

function numeralValue(s: string): number {
  return Number(s.replace(/\.(?=\d{3})/g, '').replace(/\.$/, '').replace(',', '.'));
}

/** A numeral whose value times a power of ten (a scale word) is the figure's value. */
function sameMagnitude(written: number, value: number | string): boolean {
  if (typeof value !== 'number' || written === 0) return false;
  const r = Math.log10(value / written);
  return Math.abs(r - Math.round(r)) < 1e-6;
}

/** How finely a figure is written: `558 triệu` to the million, `5,48 tỷ` to ten million, `300` to one. */
function precisionOf(side: FigureValue): number {
  const n = numeralOf(side);
  return n ? n.scale * 10 ** -n.decimals : 1;
}

/** The place of a figure's last significant digit: `3.200` → 100, `350` → 10, `5,5 tỷ` → 1e8. */
export function stepOf(side: FigureValue): number {
  const n = numeralOf(side);
  if (!n || n.written === 0) return 1;
  if (n.decimals > 0) return precisionOf(side);
  let step = 1;
  while (n.written % (step * 10) === 0) step *= 10;
  return step * n.scale;
}

/** How far a qualifier reaches from the number written, at most: `gần 3 tỷ` is not 2,4 tỷ. */
const REACH = 0.15;
/** How far `hơn` reaches above the number written, at most: `hơn 1 tỷ` is 1,1 tỷ, `hơn 400` is 408. */
const REACH_ABOVE = 0.5;

/**
 * The numbers a figure can mean: its value as finely as written (`3 tỷ` is 2,5 to 3,5 tỷ); with
 * `exact` false, its qualifier read instead: `hơn X` from X up to its last significant digit (at
 * most half of X more: `hơn 400` → 400 to 500), `gần X` and `khoảng X` as far below (and above)
 * but at most 15% (`gần 3 tỷ` → 2,55 to 3 tỷ), `dưới X` up to X, `ít nhất X` from X.
 */
export function rangeOf(side: FigureValue, exact: boolean): [number, number] {
  const factor = side.scaled !== undefined && typeof side.value === 'number' && side.value !== 0 ? side.scaled / side.value : 1;
  const v = side.value as number;
  const top = side.value_max ?? v;
  const half = precisionOf(side) / 2;
  const scale = ([a, b]: [number, number]): [number, number] => [a * factor, b * factor];
  if (exact || side.qualifier === undefined) return scale([v - half, top + half]);
  const step = stepOf(side);
  const below = Math.min(step, REACH * v);
  switch (side.qualifier) {
    case 'more_than':
      return scale([v, top + Math.min(step, REACH_ABOVE * top)]);
    case 'at_least':
      return scale([v, Infinity]);
    case 'nearly':
      return scale([v - below, top]);
    case 'less_than':
      return scale([0, top]);
    case 'about':
      return scale([v - below, top + Math.min(step, REACH * top)]);
  }
}

/**
 * Can two figures state the same number? Each is taken as finely as it is written (`558 triệu`
 * and `557,6 triệu` can). When only one is qualified, its qualifier widens it (`hơn 1.600 dự án`
 * and `1615 dự án` can); when both are, the numbers written are compared (`hơn 300 đại biểu` and
 * `hơn 350 đại biểu` are two counts). Values in one unit of a family (`scaled`) when both have one.
 */
export function sameNumber(a: FigureValue, b: FigureValue): boolean {
  const exact = (a.qualifier === undefined) === (b.qualifier === undefined);
  const [alo, ahi] = rangeOf(a, exact);
  const [blo, bhi] = rangeOf(b, exact);
  // Open intervals: `27` and `28` meet at 27.5 but are not the same number. The overlap must be
  // more than rounding noise, measured against the narrower interval (not the numbers' size).
  const overlap = Math.min(ahi, bhi) - Math.max(alo, blo);
  return overlap > 1e-6 * Math.min(ahi - alo, bhi - blo);
}

/** Units written several ways, folded to one: `tỉ` is a scale word (the value has it), `ơ-rô` is `euro`. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  'ơ-rô': 'eur',
  'ơ rô': 'eur',
  euro: 'eur',
  eur: 'eur',
  'đô la': 'usd',
  'đô la mỹ': 'usd',
  'đôla': 'usd',
  'đô': 'usd',
  usd: 'usd',
  'đồng': 'vnd',
  'vnđ': 'vnd',
  'đ': 'vnd',
  vnd: 'vnd',
  'héc-ta': 'ha',
  hecta: 'ha',
  'km²': 'km2',
  'm²': 'm2',
  nước: 'quốc gia',
  'quốc gia, vùng lãnh thổ': 'quốc gia',
  'quốc gia và vùng lãnh thổ': 'quốc gia',
  'nền kinh tế': 'quốc gia',
  'đại diện doanh nghiệp': 'doanh nghiệp',
  'công ty': 'doanh nghiệp',
  'lượt khách': 'lượt',
  'lượt người': 'lượt',
  'lượt khách quốc tế': 'lượt',
  'bộ, ngành': 'bộ ngành',
  'văn bản': 'văn kiện',
  'thỏa thuận': 'văn kiện',
  'thoả thuận': 'văn kiện',
};

/** Units of one family and their size in the family's unit: durations in minutes. */
const FAMILIES: Readonly<Record<string, readonly [string, number]>> = {
  phút: ['duration', 1],
  giờ: ['duration', 60],
  tiếng: ['duration', 60],
  'tiếng đồng hồ': ['duration', 60],
};

/** A unit as figures are paired by: folded, aliases resolved, a duration's family. */
export function unitKey(unit: string): string {
  const key = foldKey(unit).trim();
  const alias = UNIT_ALIASES[key];
  if (alias !== undefined) return alias;
  const family = FAMILIES[key];
  if (family) return family[0];
  // A counted noun with a qualifier after it (`dự án đầu tư`) is still that noun: the first two
  // syllables name it in the corpus's units (`đại biểu`, `doanh nghiệp`, `sinh viên`).
  return key;
}

/** A figure's value in its family's unit (`3 giờ` → 180 minutes), or its value when it has no family. */
export function inFamilyUnit(value: number, unit: string): number {
  const family = FAMILIES[foldKey(unit).trim()];
  return family ? value * family[1] : value;
}

/** How far apart two numbers are, as a ratio of the larger to the smaller (1 when equal, Infinity when one is 0). */
export function ratioOf(a: number, b: number): number {
  const [x, y] = [Math.abs(a), Math.abs(b)];
  if (x === 0 && y === 0) return 1;
  if (x === 0 || y === 0) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}
