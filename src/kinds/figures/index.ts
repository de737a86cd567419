// figures: quantities the article states (SPEC.md) — `hơn 300 đại biểu`, `558 triệu USD`, `34,82%` —
// a number (dot groups thousands, comma is the decimal mark), scale words, a unit or counted noun,
// and a qualifier from the words before it.
import type { Figure, FigureQualifier } from '../../types.js';
import type { Token } from '../../text/tokens.js';
import { foldKey } from '../../text/normalize.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { TokenKeySet } from '../../text/lexicon-index.js';
import { parseDigits, parseSpelled } from '../../text/numbers.js';
import { isWordKeys } from '../../lexicon/dictionary.js';
import type { EntityKind, Found, TextContext } from '../kind.js';
import {
  CLASSIFIERS, COUNT_NOUNS, LABEL_WORDS, MEASURES, NOT_UNITS, QUALIFIERS, SCALES, SPELLED_UNITS, TIME_OF_DAY, TIME_UNITS,
} from './lexicon.js';

export interface FigureMatch {
  value: number;
  unit: string | null;
  qualifier: FigureQualifier | null;
  /** The upper end of a range. */
  valueMax?: number;
}

const qualifiers = new PhraseMatcher(QUALIFIERS);
const measures = PhraseMatcher.of(MEASURES);
const measureHeads = new Set(MEASURES.map(foldKey));
const timeUnits = PhraseMatcher.of(TIME_UNITS);
const countNouns = PhraseMatcher.of(COUNT_NOUNS);
const spelledUnits = PhraseMatcher.of(SPELLED_UNITS);
const labels = PhraseMatcher.of(LABEL_WORDS);
const classifiers = new Set(CLASSIFIERS.map(foldKey));
const notUnits = new Set(NOT_UNITS.map(foldKey));
const timeOfDay = new Set(TIME_OF_DAY.map(foldKey));
const NOT_FIVE_AFTER = new Set(['mỗi', 'hằng', 'hàng', 'những', 'các', 'cả', 'từng', 'nhiều', 'mấy', 'trong', 'của']);
const SPELLED_NOT_FIRST = new Set(['tư', 'lăm', 'mốt', 'nhất', 'nhì']);
/** Words a spelled count can start with. */
const SPELLED_FIRST = new TokenKeySet(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'một']);
const scales = new Map(Object.entries(SCALES).map(([k, v]) => [foldKey(k), v] as const));

/** A number with a unit glued to it: `10km`, `140.000đ`, `5%`. */
const GLUED = /^([\d.,]+)(km2|km|m2|m3|kg|ha|đ|MW|kW|kWh|GW|USD|tấn|m)$/u;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Longest counted noun looked up in the dictionary, in syllables. */
const MAX_NOUN = 4;

/** The counted noun or measure starting at token j, and the token after it. */
function unitAt(toks: readonly Token[], j: number): { unit: string; end: number; known: boolean } | undefined {
  const t = toks[j];
  if (!t || !t.word && t.text !== '%' && t.text !== '‰' && t.text !== '°C') return undefined;
  const text = (from: number, to: number) => toks.slice(from, to).map((x) => x.text).join(' ');
  const m = measures.match(toks, j) ?? timeUnits.match(toks, j) ?? countNouns.match(toks, j);
  if (m) return { unit: m.value === '°C' ? '°C' : text(j, m.end).replace(/ %$/, '%'), end: m.end, known: true };
  // `USD/ounce`, `đồng/người`: a measure per something, written as one token.
  const slash = t.text.indexOf('/');
  if (slash > 0 && measureHeads.has(foldKey(t.text.slice(0, slash)))) {
    // `USD/lao động`: the word after the slash may go on past the space.
    const last = t.text.slice(t.text.lastIndexOf('/') + 1);
    const next = toks[j + 1];
    if (next?.word && !next.cap && isWordKeys([foldKey(last), next.key])) return { unit: `${t.text} ${next.text}`, end: j + 2, known: true };
    return { unit: t.text, end: j + 1, known: true };
  }
  if (!t.word || notUnits.has(t.key) || t.digit || scales.has(t.key)) return undefined;
  // `45 UAV`, `328.372 BTC`
  if (t.acronym && /^\p{Lu}{2,6}$/u.test(t.text)) return { unit: t.text, end: j + 1, known: false };
  let start = j;
  // `lượt cán bộ`: the classifier and its noun
  if (classifiers.has(t.key) && toks[j + 1]?.word && !toks[j + 1]?.cap) start = j + 1;
  for (let n = Math.min(MAX_NOUN, toks.length - start); n >= 2; n--) {
    const words = toks.slice(start, start + n);
    // The words after the first must not be particles: `hai nước lên`, `7 người ở` are one-word units.
    if (words.every((w, k) => w.word && (k === 0 || !notUnits.has(w.key))) && isWordKeys(words.map((w) => w.key.split('/')[0] as string))) return { unit: text(j, start + n), end: start + n, known: false };
  }
  if (t.cap) return undefined; // a name, not a noun
  if (start > j) {
    const noun = toks[start] as Token;
    if (!notUnits.has(noun.key)) return { unit: text(j, start + 1), end: start + 1, known: false };
  }
  return { unit: t.text, end: j + 1, known: false };
}

/** A qualifier ending right before token i, if any: its first token and value. */
function qualifierBefore(toks: readonly Token[], i: number): { start: number; value: FigureQualifier } | undefined {
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const q = qualifiers.match(toks, k);
    // `đứng thứ 60 trên 138 nước`: out of, not more than.
    if (q && q.end === i && !(toks[k]?.key === 'trên' && toks[k - 1]?.digit)) return { start: k, value: q.value };
  }
  return undefined;
}

function isLabelled(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const l = labels.match(toks, k);
    // `tổng số 465 ghế` counts; `số 2` labels.
    if (l && l.end === i && !(l.value === 'số' && toks[k - 1]?.key === 'tổng')) return true;
  }
  const prev = toks[i - 1];
  // `Phiên họp 52`, `Ban Chỉ đạo 57`: a number right after a name is part of it (not a sentence's first word).
  if (prev && prev.word && prev.cap && prev.text !== prev.text.toUpperCase() && i - 1 > 0 && !qualifiers.match(toks, i - 1)) {
    const before = toks[i - 2] as Token;
    if (before.word || before.text === '-') return true;
  }
  return false;
}

/** Drop binary floating-point noise: 1,1 triệu tỷ is 1.1e15, not 1100000000000000.1. */
function exact(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

/** A number at token i: digits (perhaps a range `2-3`, perhaps a unit glued on) or a spelled count, then scale words. */
interface NumberAt {
  base: number;
  /** The upper end of a range written as one token (`2-3`). */
  upperBase?: number;
  scale: number;
  glued?: string;
  spelled: boolean;
  /** Token index after the number and its scale words. */
  end: number;
}

const JOINED_RANGE = /^(\d[\d.,]*)[-–](\d[\d.,]*)$/;
/** Between the two ends of a range: `600 – 800 triệu USD`, `từ 3 đến 5`. */
const RANGE_JOIN = new Set(['-', '–', '—', 'đến', 'tới']);

function numberAt(toks: readonly Token[], i: number): NumberAt | undefined {
  const t = toks[i] as Token;
  let base: number | undefined;
  let upperBase: number | undefined;
  let glued: string | undefined;
  let spelled = false;
  let end = i + 1;
  if (t.digit) {
    base = parseDigits(t.text);
    if (base === undefined) {
      const g = t.text.match(GLUED);
      const r = t.text.match(JOINED_RANGE);
      if (g) {
        base = parseDigits(g[1] as string);
        glued = g[2];
      } else if (r) {
        base = parseDigits(r[1] as string);
        upperBase = parseDigits(r[2] as string);
        if (upperBase === undefined || base === undefined) return undefined;
        // `11-2017` is a month, not a range.
        if (/^\d{4}$/.test(r[2] as string) && upperBase >= MIN_YEAR && upperBase <= MAX_YEAR) return undefined;
        // `16-18.000 đồng` is written for 16.000-18.000.
        while (base < 1000 && base * 1000 <= upperBase && (r[2] as string).includes('.')) base *= 1000;
        if (upperBase <= base) return undefined;
      }
    }
    if (base === undefined) return undefined;
  } else {
    // `tư`, `lăm`, `mốt` only count inside a longer number (`đầu tư nước ngoài` is no figure).
    if (SPELLED_NOT_FIRST.has(t.key)) return undefined;
    const sp = parseSpelled(toks, i);
    if (!sp || sp.value < 2 || sp.value > 99) return undefined;
    const prevKey = toks[i - 1]?.key ?? '';
    if (!spelledUnits.match(toks, sp.end) || prevKey === 'thứ' || prevKey === 'một') return undefined;
    // `mỗi năm tỉnh …`, `những năm tháng`: the year, not five.
    if (t.key === 'năm' && sp.end === i + 1 && (NOT_FIVE_AFTER.has(prevKey) || toks[i + 1]?.key === 'tháng')) return undefined;
    base = sp.value;
    end = sp.end;
    spelled = true;
  }
  let scale = 1;
  while (!glued && end < toks.length && scales.has((toks[end] as Token).key)) {
    scale *= scales.get((toks[end] as Token).key) as number;
    end++;
  }
  return { base, ...(upperBase !== undefined ? { upperBase } : {}), scale, ...(glued ? { glued } : {}), spelled, end };
}

/** `7 giờ 30 phút sáng`, `20 giờ ngày 30/1`, `lúc 10 giờ`: a time of day, not a quantity. */
function isTimeOfDay(toks: readonly Token[], unit: string, i: number, end: number): boolean {
  const u = foldKey(unit);
  if (u !== 'giờ' && u !== 'phút') return false;
  const next = toks[end];
  if (next && (timeOfDay.has(next.key) || next.key === 'ngày' || next.key === 'hôm')) return true;
  if (u === 'giờ' && next?.digit && toks[end + 1]?.key === 'phút') return true;
  return u === 'phút' && toks[i - 1]?.key === 'giờ';
}

// The steps below are small functions on purpose: V8 optimizes small functions once and cheaply,
// where one long function was compiled again each time a branch first ran (issue 20).

/** Part of a name or a code: `Covid-19`, `A-1`. */
function inNameOrCode(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  return prev !== undefined && !prev.word && /^[-/.]$/.test(prev.text) && prev.end === t.start && toks[i - 2]?.end === prev.start;
}

/** `600 – 800 triệu USD`: the upper end of a range after the number n, if it is one. */
function rangeUpper(toks: readonly Token[], n: NumberAt): NumberAt | undefined {
  if (n.glued || n.upperBase !== undefined || n.spelled || !RANGE_JOIN.has(toks[n.end]?.key ?? '') || !toks[n.end + 1]?.digit) return undefined;
  const upper = numberAt(toks, n.end + 1);
  if (upper && (upper.spelled || upper.upperBase !== undefined || (n.scale === 1 ? upper.scale : n.scale) * n.base >= upper.scale * upper.base)) return undefined;
  return upper;
}

/** The figure whose number starts at token i, and the token after it. */
function figureAt(toks: readonly Token[], i: number): { found: Found<FigureMatch>; end: number } | undefined {
  const t = toks[i] as Token;
  const n = numberAt(toks, i);
  if (!n) return undefined;
  if (inNameOrCode(toks, i) || isLabelled(toks, i)) return undefined;
  // A year label before an ordinal: `APEC 2017 lần thứ hai`.
  if (/^\d{4}$/.test(t.text) && toks[n.end]?.key === 'lần' && toks[n.end + 1]?.key === 'thứ') return undefined;
  // The lower end takes the scale and unit written after the upper.
  const upper = rangeUpper(toks, n);
  let end = upper ? upper.end : n.end;
  const scale = n.scale !== 1 ? n.scale : (upper?.scale ?? 1);
  const value = exact(n.base * scale);
  const valueMax = upper ? (upper.glued ? undefined : exact(upper.base * upper.scale)) : n.upperBase !== undefined ? exact(n.upperBase * scale) : undefined;
  const q = qualifierBefore(toks, i);
  let unit: string | null = n.glued ?? upper?.glued ?? null;
  let known = unit !== null;
  if (unit === null) {
    const u = unitAt(toks, end);
    if (u) {
      unit = u.unit;
      known = u.known;
      end = u.end;
    }
  }
  if (unit && isTimeOfDay(toks, unit, i, end)) return undefined;
  // A four-digit year with no unit is a year, not a count.
  const yearLike = !n.spelled && /^\d{4}$/.test(t.text) && value >= MIN_YEAR && value <= MAX_YEAR && scale === 1;
  if (yearLike && !known) return undefined;
  if (unit === null && scale === 1 && !q) return undefined;
  let qualifier = q?.value ?? null;
  // `từ 21.000 người trở lên`
  if (!qualifier && toks[i - 1]?.key === 'từ' && toks[end]?.key === 'trở' && toks[end + 1]?.key === 'lên') qualifier = 'at_least';
  const start = q ? (toks[q.start] as Token).start : t.start;
  return { found: { start, end: (toks[end - 1] as Token).end, value: { value, unit, qualifier, ...(valueMax !== undefined ? { valueMax } : {}) } }, end };
}

function findFigures(ctx: TextContext): Found<FigureMatch>[] {
  const found: Found<FigureMatch>[] = [];
  for (const line of ctx.lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (!t.digit && !SPELLED_FIRST.has(t)) continue;
      const f = figureAt(toks, i);
      if (!f) continue;
      found.push(f.found);
      i = f.end - 1;
    }
  }
  return found;
}

export const figures: EntityKind<FigureMatch, Figure> = {
  name: 'figures',
  yieldsTo: ['conferences', 'dates'],
  find: findFigures,
  assemble(found: Found<FigureMatch>[], ctx: TextContext, lineOf) {
    return found.map((f) => ({
      text: ctx.text.slice(f.start, f.end),
      value: f.value.value,
      unit: f.value.unit,
      qualifier: f.value.qualifier,
      ...(f.value.valueMax !== undefined ? { value_max: f.value.valueMax } : {}),
      start: f.start,
      end: f.end,
      line: lineOf(f.start),
    }));
  },
};
