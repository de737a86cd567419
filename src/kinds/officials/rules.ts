// Matching officials: a title chain before a name (`Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm
// Bình Minh`), a name with titles in apposition (`ông Lê Duy Thành, Phó Bí thư Tỉnh ủy, ...`),
// and later mentions of a known official by honorific (`ông Nguyễn Như Hiếu`).
import type { Token } from '../../text/tokens.js';
import { PhraseMatcher, tokenKey } from '../../text/phrases.js';
import { isVietnameseSyllable } from '../../text/syllable.js';
import { isWordKeys } from '../../lexicon/dictionary.js';
import { COUNTRIES, VIETNAM_PLACES } from '../../lexicon/places.js';
import { SURNAMES } from '../../lexicon/names.js';
import type { Found, TextContext } from '../kind.js';
import { DOTTED_ABBREVIATIONS, FORMER_PREFIXES, HONORIFICS, ORG_LOWER, ROLE_PREFIXES, TITLES } from './lexicon.js';
import { foldKey } from '../../text/normalize.js';

/** One title as the text gives it. */
export interface TitleMatch {
  /** The head title, canonical casing (`Phó Thủ tướng`, `Thứ trưởng Thường trực`). */
  role: string;
  /** The title as written, with its organization (`Bộ trưởng Bộ Ngoại giao`). */
  text: string;
  /** The organization as written, if any (`Bộ Ngoại giao`, `Ngoại giao`). */
  org?: string;
}

export interface OfficialMatch {
  name: string;
  titles: TitleMatch[];
}

const titles = new PhraseMatcher(TITLES.map((t) => [t, t] as const));
const rolePrefixes = PhraseMatcher.of(ROLE_PREFIXES);
const formerPrefixes = PhraseMatcher.of(FORMER_PREFIXES);
const honorifics = PhraseMatcher.of(HONORIFICS);
const orgLower = PhraseMatcher.of(ORG_LOWER);
const countries = PhraseMatcher.of(COUNTRIES);
const places = new PhraseMatcher<'country' | 'vn'>([
  ...COUNTRIES.map((c) => [c, 'country'] as const),
  ...VIETNAM_PLACES.map((p) => [p, 'vn'] as const),
]);
/** Keys of every word a title chain can start with. */
const chainStarts = new Set([...TITLES, ...ROLE_PREFIXES, ...FORMER_PREFIXES].map((p) => foldKey(p.split(' ')[0] as string)));
const surnames = new Set(SURNAMES.map((s) => foldKey(s)));
const dotted = new Set(DOTTED_ABBREVIATIONS);
/** Titles a foreign leader is named with, so a foreign name after them needs no other sign. */
const LEADER_ROLES = new Set(
  ['Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Quốc vương', 'Nhà vua', 'Nữ hoàng', 'Hoàng thái tử', 'Thái tử', 'Thủ hiến',
    'Thị trưởng', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Tổng thư ký', 'Tổng Thư ký', 'Quốc vụ khanh', 'Đại sứ', 'Thủ lĩnh'].map(foldKey),
);

/** The longest org chain scanned after a title, in tokens. */
const MAX_ORG_TOKENS = 14;

interface TitleAt {
  start: number;
  /** Token index after the head title. */
  headEnd: number;
  role: string;
}

/** A title starting at token i: [nguyên|cựu] [Phó|Quyền] TITLE. */
function titleAt(toks: readonly Token[], i: number): TitleAt | undefined {
  let j = i;
  const former = formerPrefixes.match(toks, j);
  if (former) j = former.end;
  let prefix = '';
  const rp = rolePrefixes.match(toks, j);
  if (rp && titles.match(toks, rp.end)) {
    prefix = `${rp.value} `;
    j = rp.end;
  }
  const t = titles.match(toks, j);
  if (!t) return undefined;
  return { start: i, headEnd: t.end, role: prefix + t.value };
}

function isTitleCase(t: Token): boolean {
  // A name's word: upper-case first letter, not an all-capitals acronym like UBND.
  return t.cap && !t.acronym;
}

function isForeignWord(t: Token): boolean {
  return t.text.includes('-') || !isVietnameseSyllable(t.text);
}

/** The end of the run of title-case words starting at i. */
function capRunEnd(toks: readonly Token[], i: number): number {
  let j = i;
  while (j < toks.length && isTitleCase(toks[j] as Token)) j++;
  return j;
}

/**
 * Where, inside the capitalized run [i, end), a person's name starts, if the run ends in one.
 * Places and organizations in front of it belong to the title.
 */
function nameInRun(toks: readonly Token[], i: number, end: number, leader: boolean, sawCountry: boolean): number | undefined {
  let p = i;
  let country = sawCountry;
  while (p < end) {
    const place = places.match(toks, p);
    if (place && place.end <= end) {
      // A place is never part of the name; skip it whole.
      if (place.value === 'country') country = true;
      p = place.end;
      continue;
    }
    const here = nameAt(toks, p, end, leader, country);
    if (here !== undefined) return here;
    p++;
  }
  return undefined;
}

/** Is [p, end) a whole name? Vietnamese (a family name, 2 to 4 words) or foreign. */
function nameAt(toks: readonly Token[], p: number, end: number, leader: boolean, sawCountry: boolean): number | undefined {
  const len = end - p;
  const first = toks[p] as Token;
  if (surnames.has(tokenKey(first)) && len >= 2 && len <= 4) return p;
  if (len < 1 || len > 4) return undefined;
  const run = toks.slice(p, end);
  const foreign = run.filter(isForeignWord).length;
  if (sawCountry || leader) return foreign > 0 || len >= 2 ? p : undefined;
  return len >= 2 && foreign === len ? p : undefined;
}

interface Chain {
  titles: { at: TitleAt; orgStart: number; orgEnd: number }[];
  /** Token range of the name, if the chain ends in one. */
  name?: { start: number; end: number };
  /** Token index after the chain. */
  end: number;
}

/** Parse `TITLE [ORG] (, TITLE [ORG])* [NAME]` starting at token i. */
function titleChain(toks: readonly Token[], i: number): Chain | undefined {
  const chain: Chain = { titles: [], end: i };
  let j = i;
  for (;;) {
    const at = titleAt(toks, j);
    if (!at) break;
    const leader = LEADER_ROLES.has(foldKey(at.role.replace(/^(Phó|Quyền) /, '')));
    let k = at.headEnd;
    let sawCountry = false;
    let nextTitle = false;
    while (k < toks.length && k - at.headEnd < MAX_ORG_TOKENS) {
      const t = toks[k] as Token;
      if (k > at.headEnd && titleAt(toks, k)) {
        nextTitle = true;
        break;
      }
      if (isTitleCase(t)) {
        const runEnd = capRunEnd(toks, k);
        const name = nameInRun(toks, k, runEnd, leader, sawCountry);
        if (name !== undefined) {
          chain.titles.push({ at, orgStart: at.headEnd, orgEnd: name });
          chain.name = { start: name, end: runEnd };
          chain.end = runEnd;
          return chain;
        }
        for (let q = k; q < runEnd; q++) if (countries.match(toks, q)) sawCountry = true;
        k = runEnd;
        continue;
      }
      if (t.acronym) {
        k++; // an acronym: UBND, HĐND
        continue;
      }
      if (t.word) {
        const lower = orgLower.match(toks, k);
        if (lower) {
          k = lower.end;
          continue;
        }
        const prev = toks[k - 1] as Token;
        if (k > at.headEnd && prev.word && isWordKeys([prev.key, t.key])) {
          k++;
          continue;
        }
        break;
      }
      if (t.text === '.' && k > at.headEnd && dotted.has((toks[k - 1] as Token).text)) {
        k++;
        continue;
      }
      if (t.text === '-' && k > at.headEnd && toks[k + 1]?.cap) {
        k++;
        continue;
      }
      break;
    }
    chain.titles.push({ at, orgStart: at.headEnd, orgEnd: k });
    chain.end = k;
    if (nextTitle) {
      j = k;
      continue;
    }
    const sep = toks[k];
    if (sep && (sep.text === ',' || tokenKey(sep) === 'kiêm') && titleAt(toks, k + 1)) {
      j = k + 1;
      continue;
    }
    break;
  }
  return chain.titles.length > 0 ? chain : undefined;
}

function span(toks: readonly Token[], from: number, to: number, text: string): string {
  if (to <= from) return '';
  return text.slice((toks[from] as Token).start, (toks[to - 1] as Token).end);
}

function titleMatches(toks: readonly Token[], chain: Chain, text: string): TitleMatch[] {
  return chain.titles.map(({ at, orgStart, orgEnd }) => {
    const org = span(toks, orgStart, orgEnd, text);
    return { role: at.role, text: span(toks, at.start, orgEnd, text), ...(org ? { org } : {}) };
  });
}

/** Find every official mention in the document. */
export function findOfficials(ctx: TextContext): Found<OfficialMatch>[] {
  const found: Found<OfficialMatch>[] = [];
  const { text } = ctx;
  const consumedByLine: boolean[][] = [];

  for (const line of ctx.lines) {
    const toks = line.tokens;
    const consumed = new Array<boolean>(toks.length).fill(false);
    consumedByLine.push(consumed);
    // Title chains ending in a name.
    for (let i = 0; i < toks.length; ) {
      const t = toks[i] as Token;
      const chain = t.word && chainStarts.has(t.key) ? titleChain(toks, i) : undefined;
      if (chain) {
        if (chain.name) {
          for (let q = i; q < chain.end; q++) consumed[q] = true;
          found.push({
            start: t.start,
            end: (toks[chain.name.end - 1] as Token).end,
            value: { name: span(toks, chain.name.start, chain.name.end, text), titles: titleMatches(toks, chain, text) },
          });
        }
        i = Math.max(chain.end, i + 1);
        continue;
      }
      i++;
    }
    // Apposition: [ông] NAME, TITLE [ORG] (, TITLE [ORG])* with no name of its own.
    for (let i = 0; i < toks.length; i++) {
      if (consumed[i]) continue;
      const h = honorifics.match(toks, i);
      const nameStart = h ? h.end : i;
      const first = toks[nameStart];
      if (!first || !isTitleCase(first) || consumed[nameStart]) continue;
      if (!h && i > 0 && isTitleCase(toks[i - 1] as Token)) continue;
      const runEnd = capRunEnd(toks, nameStart);
      const len = runEnd - nameStart;
      const vietnamese = surnames.has(tokenKey(first)) && len >= 2 && len <= 4;
      const foreign = h !== undefined && len >= 2 && len <= 4 && toks.slice(nameStart, runEnd).some(isForeignWord);
      if (!vietnamese && !foreign) continue;
      if (toks[runEnd]?.text !== ',' || consumed[runEnd + 1]) continue;
      const chain = titleChain(toks, runEnd + 1);
      if (!chain || chain.name) continue;
      for (let q = i; q < chain.end; q++) consumed[q] = true;
      found.push({
        start: (toks[i] as Token).start,
        end: (toks[chain.end - 1] as Token).end,
        value: { name: span(toks, nameStart, runEnd, text), titles: titleMatches(toks, chain, text) },
      });
      i = chain.end - 1;
    }
  }

  // Later mentions of a known official by honorific: `ông Nguyễn Như Hiếu`.
  const known = new Set(found.map((f) => foldKey(f.value.name)));
  if (known.size === 0) return found;
  ctx.lines.forEach((line, li) => {
    const toks = line.tokens;
    const consumed = consumedByLine[li] as boolean[];
    for (let i = 0; i < toks.length; i++) {
      if (consumed[i]) continue;
      const h = honorifics.match(toks, i);
      if (!h || consumed[h.end]) continue;
      const runEnd = capRunEnd(toks, h.end);
      if (runEnd === h.end) continue;
      const name = span(toks, h.end, runEnd, text);
      if (!known.has(foldKey(name))) continue;
      found.push({ start: (toks[i] as Token).start, end: (toks[runEnd - 1] as Token).end, value: { name, titles: [] } });
      i = runEnd - 1;
    }
  });
  return found.sort((a, b) => a.start - b.start);
}
