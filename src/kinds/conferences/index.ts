// conferences: a numbered event or session (SPEC.md): a head (`Hội nghị`, `Đại hội`, `Kỳ họp`...),
// a series name, and a number written `lần thứ 20`, `thứ ba`, `XIII`, `52`, or an abbreviation (`HNNG 30`).
import { pushTo } from '../../collections.js';
import type { Conference, Mention } from '../../types.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { TokenKeySet } from '../../text/lexicon-index.js';
import { foldKey } from '../../text/normalize.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { parseRoman, parseSpelled } from '../../text/numbers.js';
import type { EntityKind, Found, TextContext } from '../kind.js';
import { ABBREVIATIONS, AFTER_BARE_NUMBER, HEADS, SERIES_ALIASES, SERIES_STOP } from './lexicon.js';
import { TITLES } from '../officials/lexicon.js';
import { SURNAMES } from '../../lexicon/names.js';

export interface ConferenceMatch {
  /** The series as written (head + name), or the expansion of an abbreviation. */
  written: string;
  /** The head word, folded (`hội nghị`, `kỳ họp`): one event is never split across heads. */
  head: string;
  number: number;
  term?: number;
}

const heads = PhraseMatcher.of(HEADS);
/** Officials' titles end an organization's name: `Đại hội XIV Tổng Bí thư Tô Lâm`. */
const titles = PhraseMatcher.of(TITLES);
const abbreviations = new Map(Object.entries(ABBREVIATIONS));
/** The key of each abbreviation's first token: a token written as an abbreviation has that key (a cheap test before the look-up by text). */
const abbreviationKeys = new TokenKeySet([...abbreviations.keys()].map((a) => (tokenize(a, 0)[0] as Token).key));
const stop = new Set(SERIES_STOP.map(foldKey));
const afterBare = new Set(AFTER_BARE_NUMBER.map(foldKey));
const MAX_SERIES_TOKENS = 20;
const surnames = new Set(SURNAMES.map(foldKey));
/** Above this a bare number is a year or a count, not a session number. */
const MAX_BARE_NUMBER = 200;
/** Heads whose term may be given as `, Quốc hội khóa XIV` after the number. */
const ASSEMBLY_HEADS = new Set(['kỳ họp', 'kì họp', 'phiên họp']);
/** Names whose number is part of the name, not a session: `TPP 11`. */
const AGREEMENTS = new Set(['tpp', 'cptpp', 'g', 'p']);
/** Words a series name does not end with. */
const TRAILING = new Set(['và', 'của', 'với', '-', '–', 'các', 'giữa', 'về']);

interface NumberAt {
  /** One number, or several for `lần thứ 28-29`, `lần thứ 6,7,8`. */
  values: number[];
  end: number;
}

/** `28-29`, `6,7,8`: consecutive session numbers written as one token. */
function numberList(text: string): number[] | undefined {
  if (!/^\d{1,3}(?:[-,]\d{1,3})+$/.test(text)) return undefined;
  const parts = text.split(/[-,]/).map(Number);
  if (text.includes('-')) {
    const [a, b] = parts as [number, number];
    return parts.length === 2 && b > a && b - a <= 5 ? Array.from({ length: b - a + 1 }, (_, k) => a + k) : undefined;
  }
  return parts.every((v, k) => k === 0 || v > (parts[k - 1] as number)) ? parts : undefined;
}

/** A session number at token j: `lần thứ N`, `thứ N`, a Roman numeral, or (if `bare`) plain digits. */
function numberAt(toks: readonly Token[], j: number, bare: boolean): NumberAt | undefined {
  let k = j;
  if (toks[k]?.key === 'lần' && toks[k + 1]?.key === 'thứ') k += 2;
  else if (toks[k]?.key === 'thứ') k += 1;
  // `Hội nghị hiệp thương lần hai`, `lần 2`
  else if (toks[k]?.key === 'lần' && (/^\d{1,3}$/.test(toks[k + 1]?.text ?? '') || (toks[k + 1]?.key !== 'một' && parseSpelled(toks, k + 1)))) k += 1;
  const t = toks[k];
  if (!t || !t.word) return undefined;
  if (k > j) {
    if (/^\d{1,3}$/.test(t.text)) return { values: [Number(t.text)], end: k + 1 };
    const list = numberList(t.text);
    if (list) return { values: list, end: k + 1 };
    const roman = parseRoman(t.text);
    if (roman !== undefined) return { values: [roman], end: k + 1 };
    const spelled = parseSpelled(toks, k);
    if (spelled) return { values: [spelled.value], end: spelled.end };
    return undefined;
  }
  const roman = parseRoman(t.text);
  if (roman !== undefined && roman <= 100) return { values: [roman], end: k + 1 };
  // `Phiên họp 52`, `Hội nghị Trung ương 6`, `Hội nghị cấp cao ASEM 11`
  if (bare && /^\d{1,3}$/.test(t.text) && !AGREEMENTS.has(toks[k - 1]?.key ?? '')) {
    const value = Number(t.text);
    const next = toks[k + 1];
    const ends = !next || !next.word || next.cap || afterBare.has(next.key) || parseRoman(next.text) !== undefined;
    if (value > 0 && value <= MAX_BARE_NUMBER && ends) return { values: [value], end: k + 1 };
  }
  return undefined;
}

/** `khóa XIV` / `khoá 14` at token k (for assemblies, after an optional `, Quốc hội`). */
function termAt(toks: readonly Token[], k: number, assembly: boolean): { value: number; end: number } | undefined {
  let j = k;
  if (toks[j]?.text === ',') j++;
  // `, Quốc hội khóa XIV` names the term of an assembly's session, not of a congress before it.
  if (assembly && toks[j]?.key === 'quốc' && toks[j + 1]?.key === 'hội') j += 2;
  if (toks[j]?.key !== 'khóa') return undefined;
  const n = toks[j + 1];
  if (!n) return undefined;
  const value = parseRoman(n.text) ?? (/^\d{1,2}$/.test(n.text) ? Number(n.text) : undefined);
  return value === undefined ? undefined : { value, end: j + 2 };
}

/** Documents named inside a meeting's name, whose number is theirs: `quán triệt Nghị quyết Trung ương 5`. */
const DOCUMENTS = new Set(['nghị quyết', 'nghị định', 'chỉ thị', 'kết luận', 'quyết định', 'thông tư']);

/** Two-word verbs that end an organization's name: `… Đảng Cộng sản Việt Nam thành công`. */
const TAIL_VERBS = new Set(['thành công', 'tốt đẹp', 'diễn ra', 'đã có', 'nhất trí', 'thông qua', 'tổ chức', 'khai mạc', 'bế mạc', 'kết thúc']);

/**
 * The end of an organization's name starting at token k (`Ban Chấp hành Trung ương Đảng`,
 * `Ủy ban liên Chính phủ về hợp tác`): words that are not the sentence's verbs and particles.
 */
function orgTail(toks: readonly Token[], k: number, max: number): number {
  let end = k;
  while (end < toks.length && end - k < max) {
    const w = toks[end] as Token;
    // `Campuchia - Lào - Việt Nam`: a dash between two names
    if (!w.word && (w.text === '-' || w.text === '–') && toks[end - 1]?.cap && toks[end + 1]?.cap) {
      end++;
      continue;
    }
    // A title ends the name (`Đại hội XIV Tổng Bí thư Tô Lâm`), unless it opens it: `Hội nghị lần thứ 3 Chủ tịch Mặt trận ba nước`.
    const title = titles.startsWith(w) ? titles.match(toks, end) : undefined;
    const opens = title !== undefined && end === k && toks[title.end]?.cap === true && !surnames.has(toks[title.end]?.key ?? '');
    if (!w.word || w.digit || w.key === 'khóa' || stop.has(w.key) || (title && !opens)) break;
    if (opens && title) {
      end = title.end;
      continue;
    }
    if (!w.cap && TAIL_VERBS.has(`${w.key} ${toks[end + 1]?.key ?? ''}`)) break;
    end++;
  }
  while (end > k && TRAILING.has((toks[end - 1] as Token).key)) end--;
  return end;
}

/** `của Đảng`, `của Đảng Cộng sản Trung Quốc`, `của Đảng bộ Thành phố`: whose congress it is. */
function ofParty(toks: readonly Token[], k: number, text: string): { owner: string; end: number } | undefined {
  if (toks[k]?.key !== 'của' || toks[k + 1]?.key !== 'đảng') return undefined;
  const after = toks[k + 2];
  const end = after?.cap || after?.key === 'bộ' ? orgTail(toks, k + 2, 10) : k + 2;
  const owner = text.slice((toks[k + 1] as Token).start, (toks[end - 1] as Token).end);
  // The Communist Party of Vietnam's own congress is the national one.
  return { owner: /^Đảng(?: Cộng sản Việt Nam)?$/iu.test(owner) ? 'Đảng' : owner, end };
}

/** A conference the rules found at a token: where it starts, the token after it, and its numbers (`lần thứ 6,7,8` gives three). */
interface ConferenceAt {
  start: number;
  end: number;
  match: Omit<ConferenceMatch, 'number'>;
  values: number[];
}

/** Abbreviations the article defines in brackets after a series: `… APEC lần thứ 23 (MRT 23)`. */
type LocalAbbreviations = Map<string, { written: string; head: string }>;

/** A known abbreviation that is not followed by a number: nothing here, and no head either. */
const NOT_HERE = 'not here';

// Each step below is a small function on purpose: V8 optimizes small functions once and cheaply,
// where one long function was compiled again each time a branch first ran (issue 20).

/** `HNNG 30`, or an abbreviation the article defined (`MRT 23`). */
function abbreviated(toks: readonly Token[], i: number, local: LocalAbbreviations): ConferenceAt | typeof NOT_HERE | undefined {
  const t = toks[i] as Token;
  if (local.size === 0 && !abbreviationKeys.has(t)) return undefined;
  const defined = local.get(t.text);
  if (defined) {
    const n = numberAt(toks, i + 1, true);
    if (n) return { start: t.start, end: n.end, match: defined, values: n.values };
  }
  const abbr = abbreviations.get(t.text);
  if (!abbr) return undefined;
  const n = numberAt(toks, i + 1, true);
  if (!n) return NOT_HERE;
  return { start: t.start, end: n.end, match: { written: abbr, head: foldKey(abbr.split(' ').slice(0, 2).join(' ')) }, values: n.values };
}

/** The session number after a head's series name (from token `from`), and the token it is at. */
function seriesNumber(toks: readonly Token[], from: number, bare: boolean): { j: number; n: NumberAt } | undefined {
  let j = from;
  let comma = false;
  while (j < toks.length && j - from <= MAX_SERIES_TOKENS) {
    // after a comma only `lần thứ N` ends the name
    const n = numberAt(toks, j, bare && !comma);
    if (n) return { j, n };
    // `Hội nghị quán triệt Nghị quyết Trung ương 5`: the number is the document's.
    if (DOCUMENTS.has(`${toks[j]?.key} ${toks[j + 1]?.key}`)) break;
    const w = toks[j] as Token;
    // `khóa XII` is the term, never the session's number.
    if (w.key === 'khóa' || w.key === 'khoá') break;
    // `…đường biên giới hòa bình, hữu nghị Việt Nam - Campuchia lần thứ 5`: a comma inside the name.
    const next = toks[j + 1];
    if (w.text === ',' && next?.word && !next.cap && !next.digit && !stop.has(next.key) && j > from) {
      comma = true;
      j++;
      continue;
    }
    if (!w.word && w.text !== '-') break;
    if (w.word && stop.has(w.key) && !(w.cap && j > from)) break;
    // `Phiên họp toàn thể Kỳ họp thứ 3`: the inner event is the numbered one.
    if (heads.startsWith(w) && heads.match(toks, j)) break;
    // a year label inside the name: `APEC 2017 lần thứ hai`
    if (w.digit && !(/^\d{4}$/.test(w.text) && toks[j + 1]?.key === 'lần' && toks[j + 2]?.key === 'thứ')) break;
    j++;
  }
  return undefined;
}

/** `Kỳ họp thứ 10` of the National Assembly: `Quốc hội khóa XIV` after it, or `Quốc hội` just before it. */
function namesNationalAssembly(toks: readonly Token[], i: number, numberEnd: number, termEnd: number | undefined): boolean {
  return (termEnd !== undefined ? toks.slice(numberEnd, termEnd) : toks.slice(Math.max(0, i - 8), i)).some((x, k, a) => x.key === 'quốc' && a[k + 1]?.key === 'hội');
}

/** `(MRT 23)` at token `end`, right after a series numbered `number`. */
function bracketedAbbreviation(toks: readonly Token[], end: number, number: number | undefined): boolean {
  const br = toks[end];
  return br?.text === '(' && toks[end + 1]?.acronym === true && toks[end + 2]?.text === String(number) && toks[end + 3]?.text === ')';
}

/** A head (`Hội nghị`, `Kỳ họp`...) at token i, its series and its number, and what may follow them (whose it is, the term, an abbreviation). */
function headed(ctx: TextContext, toks: readonly Token[], i: number, local: LocalAbbreviations, namesAssembly: boolean): ConferenceAt | undefined {
  const t = toks[i] as Token;
  const head = heads.match(toks, i);
  if (!head) return undefined;
  // A bare number needs a capitalized head: `Phiên họp 52`, not `diễn đàn quốc tế và khu vực 36`;
  // or a session of a legislature the article names: `tại kỳ họp 11 của Quốc hội khóa XIV`.
  const headKey0 = foldKey(ctx.text.slice(t.start, (toks[head.end - 1] as Token).end));
  const bare = t.cap || (ASSEMBLY_HEADS.has(headKey0) && namesAssembly);
  const numbered = seriesNumber(toks, head.end, bare);
  if (!numbered) return undefined;
  const { j, n } = numbered;
  // `Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt-Lào và` ends before `và`.
  let seriesEnd = j;
  while (seriesEnd > head.end && TRAILING.has((toks[seriesEnd - 1] as Token).key)) seriesEnd--;
  let end = n.end;
  let written = ctx.text.slice(t.start, (toks[seriesEnd - 1] as Token).end);
  // `Hội nghị MRT 23` after `… APEC lần thứ 23 (MRT 23)`: the series the article abbreviated.
  const short = seriesEnd === head.end + 1 ? local.get((toks[head.end] as Token).text) : undefined;
  if (short) written = short.written;
  const party = ofParty(toks, end, ctx.text);
  const next = toks[end];
  if (party) {
    written += ` ${party.owner}`;
    end = party.end;
  } else if (seriesEnd === head.end && next?.cap && next.word) {
    // `Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng`
    const k = orgTail(toks, end, 12);
    if (k > end) {
      written += ` ${ctx.text.slice(next.start, (toks[k - 1] as Token).end)}`;
      end = k;
    }
  }
  const headKey = short?.head ?? headKey0;
  const term = termAt(toks, end, ASSEMBLY_HEADS.has(headKey));
  if (term) end = term.end;
  if (/^k[ỳì] họp$/.test(foldKey(written)) && namesNationalAssembly(toks, i, n.end, term?.end)) written = 'Kỳ họp Quốc hội';
  // `(MRT 23)` right after: the article's abbreviation for this series.
  if (bracketedAbbreviation(toks, end, n.values[0])) {
    local.set((toks[end + 1] as Token).text, { written, head: headKey });
    end += 4;
  }
  return { start: t.start, end, match: { written, head: headKey, ...(term ? { term: term.value } : {}) }, values: n.values };
}

function findConferences(ctx: TextContext): Found<ConferenceMatch>[] {
  const found: Found<ConferenceMatch>[] = [];
  const namesAssembly = /Quốc hội/iu.test(ctx.text);
  const local: LocalAbbreviations = new Map();
  for (const line of ctx.lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!(toks[i] as Token).word) continue;
      const a = abbreviated(toks, i, local);
      if (a === NOT_HERE) continue;
      const c = a ?? headed(ctx, toks, i, local, namesAssembly);
      if (!c) continue;
      const end = (toks[c.end - 1] as Token).end;
      for (const number of c.values) found.push({ start: c.start, end, value: { ...c.match, number } });
      i = c.end - 1;
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

/** Dashes and spaces written differently (`ASEAN - Hàn Quốc`, `ASEAN-Hàn Quốc`) compare equal. */
function looseKey(key: string): string {
  return key.replace(/\s*[-–]\s*/g, '-');
}

/**
 * Two names of one numbered event in one article: one extends the other, or they share at
 * least two words after the head (`Kỳ họp Ủy ban liên Chính phủ Việt Nam-Lào` and `… về hợp tác`).
 */
function sameEvent(a: string, b: string, head: string): boolean {
  if (a.startsWith(`${b} `) || b.startsWith(`${a} `)) return true;
  const wa = a.slice(head.length).trim().split(' ');
  const wb = b.slice(head.length).trim().split(' ');
  let shared = 0;
  while (shared < wa.length && shared < wb.length && wa[shared] === wb[shared]) shared++;
  return shared >= 2;
}

interface Group {
  key: string;
  head: string;
  series: string;
  canonical: boolean;
  number: number;
  term?: number;
  mentions: Mention[];
}

export const conferences: EntityKind<ConferenceMatch, Conference> = {
  name: 'conferences',
  yieldsTo: [],
  find: findConferences,
  assemble(found: Found<ConferenceMatch>[], ctx, lineOf) {
    const groups: Group[] = [];
    // The groups of each number and head (neither changes), in the order of `groups`.
    const byNumber = new Map<string, Group[]>();
    for (const f of found) {
      const { key: rawKey, canonical } = seriesName(f.value.written);
      const key = looseKey(rawKey);
      // One event written several ways in one article: same head and number, and one name
      // extends the other (`Kỳ họp` / `Kỳ họp Quốc hội`).
      // An alias names one series exactly (`Đại hội Đảng` is not `Đại hội Đảng bộ …`), so only
      // names without one, or a bare head, merge by extension.
      const head = f.value.head;
      const slot = `${f.value.number} ${head}`;
      let g = byNumber.get(slot)?.find(
        (x) =>
          x.number === f.value.number &&
          x.head === head &&
          (x.key === key || x.key === head || key === head || (!x.canonical && !canonical && sameEvent(x.key, key, head))),
      );
      if (!g) {
        g = { key, head: f.value.head, series: canonical ?? f.value.written, canonical: canonical !== undefined, number: f.value.number, mentions: [] };
        groups.push(g);
        pushTo(byNumber, slot, g);
      } else if (canonical && !g.canonical) {
        Object.assign(g, { key, series: canonical, canonical: true });
      } else if (!g.canonical && key.length > g.key.length) {
        Object.assign(g, { key, series: f.value.written });
      }
      if (g.term === undefined && f.value.term !== undefined) g.term = f.value.term;
      g.mentions.push({ text: ctx.text.slice(f.start, f.end), start: f.start, end: f.end, line: lineOf(f.start) });
    }
    return groups.map((g) => ({
      series: g.series,
      number: g.number,
      mentions: g.mentions,
      ...(g.term !== undefined ? { term: g.term } : {}),
    }));
  },
};
