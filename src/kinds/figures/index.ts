// figures: quantities the article states (SPEC.md) — `hơn 300 đại biểu`, `558 triệu USD`, `34,82%` —
// a number (dot groups thousands, comma is the decimal mark), scale words, a unit or counted noun,
// and a qualifier from the words before it.
import type { Figure, FigureQualifier } from '../../types.js';
import type { Token } from '../../text/tokens.js';
import { foldKey } from '../../text/normalize.js';
import { PhraseMatcher, tokenKey } from '../../text/phrases.js';
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
}

const qualifiers = new PhraseMatcher(QUALIFIERS);
const measures = PhraseMatcher.of(MEASURES);
const timeUnits = PhraseMatcher.of(TIME_UNITS);
const countNouns = PhraseMatcher.of(COUNT_NOUNS);
const spelledUnits = PhraseMatcher.of(SPELLED_UNITS);
const labels = PhraseMatcher.of(LABEL_WORDS);
const classifiers = new Set(CLASSIFIERS.map(foldKey));
const notUnits = new Set(NOT_UNITS.map(foldKey));
const timeOfDay = new Set(TIME_OF_DAY.map(foldKey));
const SPELLED_NOT_FIRST = new Set(['tư', 'lăm', 'mốt', 'nhất', 'nhì']);
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
  if (!t.word || notUnits.has(tokenKey(t)) || /^\d/.test(t.text) || scales.has(tokenKey(t))) return undefined;
  let start = j;
  // `lượt cán bộ`: the classifier and its noun
  if (classifiers.has(tokenKey(t)) && toks[j + 1]?.word && !toks[j + 1]?.cap) start = j + 1;
  for (let n = Math.min(MAX_NOUN, toks.length - start); n >= 2; n--) {
    const words = toks.slice(start, start + n);
    if (words.every((w) => w.word) && isWordKeys(words.map((w) => w.key))) return { unit: text(j, start + n), end: start + n, known: false };
  }
  if (t.cap) return undefined; // a name, not a noun
  if (start > j) {
    const noun = toks[start] as Token;
    if (!notUnits.has(tokenKey(noun))) return { unit: text(j, start + 1), end: start + 1, known: false };
  }
  return { unit: t.text, end: j + 1, known: false };
}

/** A qualifier ending right before token i, if any: its first token and value. */
function qualifierBefore(toks: readonly Token[], i: number): { start: number; value: FigureQualifier } | undefined {
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const q = qualifiers.match(toks, k);
    if (q && q.end === i) return { start: k, value: q.value };
  }
  return undefined;
}

function isLabelled(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const l = labels.match(toks, k);
    if (l && l.end === i) return true;
  }
  const prev = toks[i - 1];
  // `Phiên họp 52`, `Ban Chỉ đạo 57`: a number right after a name is part of it (not a sentence's first word).
  if (prev && prev.word && prev.cap && prev.text !== prev.text.toUpperCase() && i - 1 > 0 && !qualifiers.match(toks, i - 1)) {
    const before = toks[i - 2] as Token;
    if (before.word || before.text === '-') return true;
  }
  return false;
}

function findFigures(ctx: TextContext): Found<FigureMatch>[] {
  const found: Found<FigureMatch>[] = [];
  for (const line of ctx.lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (!t.word) continue;
      let value: number | undefined;
      let glued: string | undefined;
      let spelled = false;
      let end = i + 1;
      if (/^\d/.test(t.text)) {
        value = parseDigits(t.text);
        if (value === undefined) {
          const g = t.text.match(GLUED);
          if (g) {
            value = parseDigits(g[1] as string);
            glued = g[2];
          }
        }
        if (value === undefined) continue;
        if (toks[i - 1] && !toks[i - 1]?.word && /^[-/.]$/.test(toks[i - 1]?.text ?? '') && toks[i - 1]?.end === t.start && toks[i - 2]?.end === toks[i - 1]?.start) continue;
      } else {
        // `tư`, `lăm`, `mốt` only count inside a longer number (`đầu tư nước ngoài` is no figure).
        if (SPELLED_NOT_FIRST.has(tokenKey(t))) continue;
        const s = parseSpelled(toks, i);
        if (!s || s.value < 2 || s.value > 99) continue;
        const u = spelledUnits.match(toks, s.end);
        const prevKey = toks[i - 1] ? tokenKey(toks[i - 1] as Token) : '';
        if (!u || prevKey === 'thứ' || prevKey === 'một') continue;
        value = s.value;
        end = s.end;
        spelled = true;
      }
      if (isLabelled(toks, i)) continue;
      // scale words: 558 triệu, 21 nghìn tỷ
      let scaled = false;
      while (!glued && end < toks.length && scales.has(tokenKey(toks[end] as Token))) {
        value *= scales.get(tokenKey(toks[end] as Token)) as number;
        end++;
        scaled = true;
      }
      const q = qualifierBefore(toks, i);
      let unit: string | null = glued ?? null;
      let known = glued !== undefined;
      if (!glued) {
        const u = unitAt(toks, end);
        if (u) {
          unit = u.unit;
          known = u.known;
          end = u.end;
        }
      }
      // A time of day is not a quantity: `10 giờ sáng`, `lúc 10 giờ`.
      if (unit && foldKey(unit) === 'giờ' && toks[end] && timeOfDay.has(tokenKey(toks[end] as Token))) continue;
      // A four-digit year with no unit is a year, not a count.
      const yearLike = !spelled && /^\d{4}$/.test(t.text) && value >= MIN_YEAR && value <= MAX_YEAR && !scaled;
      if (yearLike && !known) continue;
      if (unit === null && !scaled && !q) continue;
      let qualifier = q?.value ?? null;
      // `từ 21.000 người trở lên`
      if (!qualifier && toks[i - 1] && tokenKey(toks[i - 1] as Token) === 'từ' && toks[end] && tokenKey(toks[end] as Token) === 'trở' && toks[end + 1] && tokenKey(toks[end + 1] as Token) === 'lên') {
        qualifier = 'at_least';
      }
      const start = q ? (toks[q.start] as Token).start : t.start;
      found.push({ start, end: (toks[end - 1] as Token).end, value: { value, unit, qualifier } });
      i = end - 1;
    }
  }
  return found;
}

export const figures: EntityKind<FigureMatch, Figure> = {
  name: 'figures',
  precedence: 1,
  find: findFigures,
  assemble(found: Found<FigureMatch>[], ctx: TextContext, lineOf) {
    return found.map((f) => ({
      text: ctx.text.slice(f.start, f.end),
      value: f.value.value,
      unit: f.value.unit,
      qualifier: f.value.qualifier,
      start: f.start,
      end: f.end,
      line: lineOf(f.start),
    }));
  },
};
