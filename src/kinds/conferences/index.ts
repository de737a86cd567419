// conferences: a numbered event or session (SPEC.md): a head (`Hội nghị`, `Đại hội`, `Kỳ họp`...),
// a series name, and a number written `lần thứ 20`, `thứ ba`, `XIII`, `52`, or an abbreviation (`HNNG 30`).
import type { Conference, Mention } from '../../types.js';
import type { Token } from '../../text/tokens.js';
import { foldKey } from '../../text/normalize.js';
import { PhraseMatcher, tokenKey } from '../../text/phrases.js';
import { parseRoman, parseSpelled } from '../../text/numbers.js';
import type { EntityKind, Found, TextContext } from '../kind.js';
import { ABBREVIATIONS, AFTER_BARE_NUMBER, HEADS, SERIES_ALIASES, SERIES_STOP } from './lexicon.js';

export interface ConferenceMatch {
  /** The series as written (head + name), or the expansion of an abbreviation. */
  written: string;
  number: number;
  term?: number;
}

const heads = PhraseMatcher.of(HEADS);
const abbreviations = new Map(Object.entries(ABBREVIATIONS));
const stop = new Set(SERIES_STOP.map(foldKey));
const afterBare = new Set(AFTER_BARE_NUMBER.map(foldKey));
const MAX_SERIES_TOKENS = 14;
/** Above this a bare number is a year or a count, not a session number. */
const MAX_BARE_NUMBER = 200;

interface NumberAt {
  value: number;
  end: number;
}

/** A session number at token j: `lần thứ N`, `thứ N`, a Roman numeral, or (if `bare`) plain digits. */
function numberAt(toks: readonly Token[], j: number, bare: boolean): NumberAt | undefined {
  const key = (k: number) => (toks[k] ? tokenKey(toks[k] as Token) : '');
  let k = j;
  if (key(k) === 'lần' && key(k + 1) === 'thứ') k += 2;
  else if (key(k) === 'thứ') k += 1;
  const t = toks[k];
  if (!t || !t.word) return undefined;
  if (k > j) {
    const digits = /^\d{1,3}$/.test(t.text) ? Number(t.text) : undefined;
    if (digits !== undefined) return { value: digits, end: k + 1 };
    const roman = parseRoman(t.text);
    if (roman !== undefined) return { value: roman, end: k + 1 };
    const spelled = parseSpelled(toks, k);
    if (spelled) return { value: spelled.value, end: spelled.end };
    return undefined;
  }
  const roman = parseRoman(t.text);
  if (roman !== undefined && roman <= 100) return { value: roman, end: k + 1 };
  if (bare && /^\d{1,3}$/.test(t.text)) {
    const value = Number(t.text);
    const next = toks[k + 1];
    const ends = !next || !next.word || afterBare.has(tokenKey(next)) || parseRoman(next.text) !== undefined;
    if (value > 0 && value <= MAX_BARE_NUMBER && ends) return { value, end: k + 1 };
  }
  return undefined;
}

/** `khóa XIV` / `khoá 14` at token k (after an optional `, Quốc hội`). */
function termAt(toks: readonly Token[], k: number): { value: number; end: number } | undefined {
  let j = k;
  if (toks[j]?.text === ',') j++;
  if (toks[j] && tokenKey(toks[j] as Token) === 'quốc' && toks[j + 1] && tokenKey(toks[j + 1] as Token) === 'hội') j += 2;
  if (!toks[j] || tokenKey(toks[j] as Token) !== 'khóa') return undefined;
  const n = toks[j + 1];
  if (!n) return undefined;
  const value = parseRoman(n.text) ?? (/^\d{1,2}$/.test(n.text) ? Number(n.text) : undefined);
  return value === undefined ? undefined : { value, end: j + 2 };
}

function findConferences(ctx: TextContext): Found<ConferenceMatch>[] {
  const found: Found<ConferenceMatch>[] = [];
  for (const line of ctx.lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (!t.word) continue;
      // Abbreviations: HNNG 30
      const abbr = abbreviations.get(t.text);
      if (abbr) {
        const n = numberAt(toks, i + 1, true);
        if (n) {
          found.push({ start: t.start, end: (toks[n.end - 1] as Token).end, value: { written: abbr, number: n.value } });
          i = n.end - 1;
        }
        continue;
      }
      const head = heads.match(toks, i);
      if (!head) continue;
      let j = head.end;
      let n: NumberAt | undefined;
      while (j < toks.length && j - head.end <= MAX_SERIES_TOKENS) {
        n = numberAt(toks, j, true);
        if (n) break;
        const w = toks[j] as Token;
        if (!w.word && w.text !== '-') break;
        if (w.word && stop.has(tokenKey(w))) break;
        if (w.digit) break;
        j++;
      }
      if (!n) continue;
      const seriesEnd = j;
      let end = n.end;
      let written = ctx.text.slice(t.start, (toks[seriesEnd - 1] as Token).end);
      // `Đại hội lần thứ XIII của Đảng`, `Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng`
      const next = toks[end];
      if (next && tokenKey(next) === 'của' && toks[end + 1] && tokenKey(toks[end + 1] as Token) === 'đảng') {
        written += ' Đảng';
        end += 2;
      } else if (seriesEnd === head.end && next?.cap && next.word) {
        let k = end;
        while (k < toks.length && k - end < 8 && (toks[k] as Token).word && !stop.has(tokenKey(toks[k] as Token)) && tokenKey(toks[k] as Token) !== 'khóa') k++;
        if (k > end) {
          written += ` ${ctx.text.slice(next.start, (toks[k - 1] as Token).end)}`;
          end = k;
        }
      }
      const term = termAt(toks, end);
      if (term) end = term.end;
      // `Kỳ họp thứ 10` of the National Assembly: `Quốc hội khóa XIV` after it, or `Quốc hội` just before it.
      if (/^k[ỳì] họp$/.test(foldKey(written)) && (term ? toks.slice(n.end, term.end) : toks.slice(Math.max(0, i - 8), i)).some((x, k, a) => x.key === 'quốc' && a[k + 1]?.key === 'hội')) {
        written = 'Kỳ họp Quốc hội';
      }
      found.push({
        start: t.start,
        end: (toks[end - 1] as Token).end,
        value: { written, number: n.value, ...(term ? { term: term.value } : {}) },
      });
      i = end - 1;
    }
  }
  return found;
}

/** The grouping key of a written series: folded, without `toàn quốc`, aliases applied. */
export function seriesName(written: string): { key: string; canonical?: string } {
  const key = foldKey(written).replace(/\s*\btoàn quốc\b/g, '').replace(/\s+/g, ' ').trim();
  const canonical = SERIES_ALIASES[key];
  return canonical ? { key: foldKey(canonical).replace(/\s*toàn quốc/g, ''), canonical } : { key };
}

export const conferences: EntityKind<ConferenceMatch, Conference> = {
  name: 'conferences',
  precedence: 3,
  find: findConferences,
  assemble(found: Found<ConferenceMatch>[], ctx, lineOf) {
    const groups = new Map<string, { series: string; canonical: boolean; number: number; term?: number; mentions: Mention[] }>();
    for (const f of found) {
      const { key, canonical } = seriesName(f.value.written);
      const id = `${key}\u0000${f.value.number}`;
      let g = groups.get(id);
      if (!g) {
        g = { series: canonical ?? f.value.written, canonical: canonical !== undefined, number: f.value.number, mentions: [] };
        groups.set(id, g);
      } else if (!g.canonical && f.value.written.length > g.series.length) {
        g.series = f.value.written;
      }
      if (g.term === undefined && f.value.term !== undefined) g.term = f.value.term;
      g.mentions.push({ text: ctx.text.slice(f.start, f.end), start: f.start, end: f.end, line: lineOf(f.start) });
    }
    return [...groups.values()].map((g) => ({
      series: g.series,
      number: g.number,
      mentions: g.mentions,
      ...(g.term !== undefined ? { term: g.term } : {}),
    }));
  },
};
