// Matching officials: a title chain before a name (`Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm
// Bình Minh`), a name with titles in apposition (`ông Lê Duy Thành, Phó Bí thư Tỉnh ủy, ...`),
// and later mentions of a known official by honorific (`ông Nguyễn Như Hiếu`).
import { tokenize, type Token } from '../../text/tokens.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { TokenKeySet } from '../../text/lexicon-index.js';
import { isVietnameseSyllable } from '../../text/syllable.js';
import { isWordKeys } from '../../lexicon/dictionary.js';
import { COUNTRIES, VIETNAM_PLACES } from '../../lexicon/places.js';
import { SURNAMES } from '../../lexicon/names.js';
import type { Found, TextContext } from '../kind.js';
import { careerMarkers, type CareerMarker } from '../../text/career.js';
import {
  COMPANY_WORDS, COPULAS, DOTTED_ABBREVIATIONS, ENGLISH_TITLES, EPONYM_INSTITUTIONS, ORG_NOUNS, FORMER_PREFIXES, HONORIFICS, LOCALITY_WORDS, NAME_HONORIFICS, NAME_PARTICLES, PREDICATE_STARTS, NAME_STOPS, ORG_LOWER, PLACE_CUES,
  ROLE_PREFIXES, TITLES,
} from './lexicon.js';
import { foldKey } from '../../text/normalize.js';

/** One title as the text gives it. */
export interface TitleMatch {
  /** The head title, canonical casing (`Phó Thủ tướng`, `Thứ trưởng Thường trực`). */
  role: string;
  /** The title as written, with its organization (`Bộ trưởng Bộ Ngoại giao`). */
  text: string;
  /** The organization as written, if any (`Bộ Ngoại giao`, `Ngoại giao`). */
  org?: string;
  /** The dates of the biography line the title was read from (`4/1985-7/1988: …`). */
  from?: string;
  to?: string;
}

export interface OfficialMatch {
  name: string;
  titles: TitleMatch[];
  /** Titles of a biography's subject read from a line that does not name them: not a mention of the name. */
  implied?: boolean;
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
const chainStarts = new TokenKeySet([...TITLES, ...ROLE_PREFIXES, ...FORMER_PREFIXES].map((p) => foldKey(p.split(' ')[0] as string)));
const surnames = new Set(SURNAMES.map((s) => foldKey(s)));
const dotted = new Set(DOTTED_ABBREVIATIONS);
const localities = PhraseMatcher.of(LOCALITY_WORDS);
const companies = PhraseMatcher.of(COMPANY_WORDS);
const nameStops = new TokenKeySet(NAME_STOPS.map(foldKey));
const particles = new Set(NAME_PARTICLES);
const placeCues = PhraseMatcher.of(PLACE_CUES);
const nameHonorifics = PhraseMatcher.of(NAME_HONORIFICS);
const predicateStarts = new Set(PREDICATE_STARTS.map(foldKey));
const englishTitles = PhraseMatcher.of(ENGLISH_TITLES);
const copulas = PhraseMatcher.of(COPULAS);
const institutions = PhraseMatcher.of(EPONYM_INSTITUTIONS);
const orgNouns = PhraseMatcher.of(ORG_NOUNS);
/** Capitalized honorifics that open a sentence: the words after them are its subject, not the title's name. */
const SENTENCE_HONORIFICS = new Set(['ông', 'bà']);
/** A bank's brand (`Sacombank`, `Vietcombank`) names a company. */
const BANK_BRAND = /^\p{Lu}[\p{L}]*bank$/iu;
/** Titles a foreign leader is named with, so a foreign name after them needs no other sign. */
const LEADER_ROLES = new Set(
  ['Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Quốc vương', 'Nhà vua', 'Nữ hoàng', 'Hoàng thái tử', 'Thái tử', 'Thủ hiến',
    'Thị trưởng', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Tổng thư ký', 'Tổng Thư ký', 'Quốc vụ khanh', 'Đại sứ', 'Thủ lĩnh'].map(foldKey),
);

/** Titles that are offices only when written with a capital. */
const CAPITAL_TITLES = new Set(['Thư ký', 'Trưởng khoa', 'Tùy viên', 'Tuỳ viên']);

/** Words that turn a title into a building or a body: `Đại sứ quán`, `Chủ tịch đoàn`, `Tổng thống phủ`. */
const TITLE_BODIES = new Set(['quán', 'đoàn', 'phủ']);

/** Words that begin an organization's name, never a person's: `Bộ Quốc phòng`, `Đảng Lao động`. */
const ORG_STARTS = new Set(['bộ', 'đảng', 'tổng', 'chính', 'sở', 'ban', 'vụ', 'cục', 'viện', 'hội', 'điện', 'ủy', 'công', 'ngân', 'nhà', 'văn', 'phòng', 'trung', 'quốc', 'liên', 'thành', 'tỉnh']);
/** Professions written with a capital at a sentence's start, right after a name: `… Nguyễn Xuân Phúc Tiến sĩ …`. */
const PROFESSIONS = new Set(['tiến sĩ', 'thạc sĩ', 'bác sĩ', 'luật sư', 'kỹ sư', 'giáo sư', 'nghệ sĩ', 'nhạc sĩ', 'họa sĩ', 'nhà báo', 'nhà văn', 'nhà thơ']);

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
  // `chính quyền Tổng thống Trump` is the administration, not an acting president.
  if (rp && titles.match(toks, rp.end) && toks[j - 1]?.key !== 'chính') {
    prefix = `${rp.value} `;
    j = rp.end;
  }
  const t = titles.match(toks, j);
  if (!t) return undefined;
  // `Ban thư ký APEC`, `thư ký Bộ trưởng`: in lower case these are a body or a clerk, not an office.
  if (CAPITAL_TITLES.has(t.value) && !(toks[j] as Token).cap) return undefined;
  // `Đại sứ quán`, `Chủ tịch đoàn`: an office's building or body, not the office.
  const next = toks[t.end];
  if (next && !next.cap && TITLE_BODIES.has(next.key)) return undefined;
  return { start: i, headEnd: t.end, role: prefix + t.value };
}

function isTitleCase(t: Token): boolean {
  // A name's word: upper-case first letter, not an all-capitals acronym like UBND.
  return t.cap && !t.acronym;
}

function isForeignWord(t: Token): boolean {
  return t.text.includes('-') || !isVietnameseSyllable(t.text);
}

/**
 * The end of the run of title-case words starting at i that can hold a name: initials (`George
 * W. Bush`) and particles (`bin Salman`, `al-Assad`) stay inside; a new sentence's first word
 * (`Với`, `Ảnh`), a title or an honorific ends it; a last word that begins a profession with the
 * lower-case word after it (`Tiến sĩ`, `Luật sư`) is not part of it.
 */
function capRunEnd(toks: readonly Token[], i: number): number {
  let j = i;
  while (j < toks.length) {
    const t = toks[j] as Token;
    // A title inside the run starts a new mention (`Angela Merkel Thủ tướng …`), unless the word
    // belongs to a place (`Trung Quốc Vương Nghị` holds no `Quốc vương`).
    if (j > i && (nameStops.has(t) || (t.cap && chainStarts.has(t) && titleAt(toks, j) && !((places.match(toks, j - 1)?.end ?? 0) > j)))) break;
    if (isTitleCase(t)) {
      j++;
      continue;
    }
    const next = toks[j + 1];
    const nextIsName = next !== undefined && isTitleCase(next);
    // `W. Bush`, `H. R. McMaster`
    if (j > i && t.text === '.' && (toks[j - 1] as Token).text.length === 1 && nextIsName) {
      j++;
      continue;
    }
    if (j > i && t.word && particles.has(t.text)) {
      // `von der Leyen`: particles until a capitalized word
      let q = j;
      while (q < toks.length && (toks[q] as Token).word && particles.has((toks[q] as Token).text)) q++;
      if (toks[q] && isTitleCase(toks[q] as Token)) {
        j = q;
        continue;
      }
    }
    if (j > i && t.word && /^(al|el)-\p{Lu}/u.test(t.text)) {
      j++;
      continue;
    }
    break;
  }
  const after = toks[j];
  if (j - i >= 2 && after?.word && !after.cap && PROFESSIONS.has(`${(toks[j - 1] as Token).key} ${after.key}`)) j--;
  return j;
}

/**
 * Where, inside the capitalized run [i, end), a person's name starts, if the run ends in one.
 * Places and organizations in front of it belong to the title.
 */
function nameInRun(toks: readonly Token[], i: number, end: number, leader: boolean, sawCountry: boolean): number | undefined {
  let p = i;
  let country = sawCountry;
  // `Kazakh President Nursultan Nazarbayev`: the name starts after an English title.
  for (let q = i; q < end; q++) {
    const en = englishTitles.match(toks, q);
    if (en && en.end < end && (toks[q] as Token).cap) {
      p = en.end;
      country = true;
    }
  }
  while (p < end) {
    // `… Chủ tịch Trung Quốc  Ông Starmer`: a new sentence's subject, not this title's name.
    if ((toks[p] as Token).cap && SENTENCE_HONORIFICS.has((toks[p] as Token).key)) return undefined;
    // `Bang Hessen Volker Bouffler`: a locality word and the place after it
    if (p + 2 < end && localities.match(toks, p)?.end === p + 1 && (toks[p] as Token).cap) {
      p += 2;
      continue;
    }
    const honorific = nameHonorifics.match(toks, p);
    if (honorific && honorific.end < end) {
      p = honorific.end;
      continue;
    }
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
  let len = 0; // words, not the dots of initials; counted no further than 5 (no name is longer than 4)
  for (let q = p; q < end && len <= 4; q++) if ((toks[q] as Token).word) len++;
  const first = toks[p] as Token;
  if (ORG_STARTS.has(first.key) || !isTitleCase(first)) return undefined;
  if (surnames.has(first.key) && len >= 2 && len <= 4) return p;
  if (len < 1 || len > 4) return undefined;
  const run = toks.slice(p, end);
  // A Vietnamese name later in the run is the name: `… Việt Nam Nguyễn Xuân Phúc`.
  for (let q = p + 1; q < end - 1; q++) if (surnames.has((toks[q] as Token).key) && end - q <= 4) return undefined;
  const foreign = run.filter(isForeignWord).length;
  if (sawCountry || leader) return foreign > 0 || len >= 2 ? p : undefined;
  return len >= 2 && foreign === len ? p : undefined;
}

interface Chain {
  titles: { at: TitleAt; orgStart: number; orgEnd: number }[];
  /** A title's organization is a company: no public office. */
  company?: boolean;
  /** Token range of the name, if the chain ends in one. */
  name?: { start: number; end: number };
  /** Token index after the chain. */
  end: number;
}

/**
 * Parse `TITLE [ORG] (, TITLE [ORG])* [NAME]` starting at token i. A title written after a name
 * (`appositive`) has no name to stop at: its organization runs on through lower-case words until
 * punctuation or the sentence's predicate (`… Chủ tịch UBND tỉnh Vĩnh Phúc đã đánh giá`).
 */
function titleChain(toks: readonly Token[], i: number, appositive = false, semicolons = false): Chain | undefined {
  const chain: Chain = { titles: [], end: i };
  let j = i;
  for (;;) {
    const at = titleAt(toks, j);
    if (!at) break;
    const leader = LEADER_ROLES.has(foldKey(at.role.replace(/^(Phó|Quyền) /, '')));
    let k = at.headEnd;
    let sawCountry = false;
    let nextTitle = false;
    let locality = false; // the run after `tỉnh`, `bang` begins with a place
    let company = false; // the run after `Công ty`, `Tập đoàn` is the company's name
    let sawOrg = false; // a capitalized word of the organization was read
    let institution = false; // the organization is a school, an academy, a museum: it may bear a name
    while (k < toks.length && k - at.headEnd < MAX_ORG_TOKENS) {
      const t = toks[k] as Token;
      if (k > at.headEnd && titleAt(toks, k)) {
        // `Đặc phái viên của Tổng Bí thư Tô Lâm`: a title after `của` is another person's.
        nextTitle = !(appositive && toks[k - 1]?.key === 'của');
        break;
      }
      // A place written with lower-case words in it (`Thành phố Hồ Chí Minh`, `Liên bang Nga`) is skipped whole.
      // So is one that starts with an abbreviation (`TP Hồ Chí Minh`).
      const place = places.match(toks, k);
      if (place && isTitleCase(toks[place.end - 1] as Token) && (t.acronym || toks.slice(k, place.end).some((x) => !x.cap))) {
        if (place.value === 'country') sawCountry = true;
        k = place.end;
        continue;
      }
      const co = companies.match(toks, k);
      if (co) {
        chain.company = true;
        company = true;
        k = co.end;
        continue;
      }
      if (isTitleCase(t)) {
        if (institutions.match(toks, k)) institution = true;
        const runEnd = capRunEnd(toks, k);
        if (BANK_BRAND.test(t.text)) chain.company = true;
        // After `bang`, `tỉnh`: the place takes the first word (two in a long run), and the name
        // must still have two words (`bang North Carolina` names no one).
        // `thành phố Nguyễn Ngọc Tuấn`: the city was named before, and a family name starts the run.
        const placeFirst = locality && !(surnames.has(t.key) && !places.match(toks, k));
        const from = placeFirst ? k + (runEnd - k >= 4 ? 2 : 1) : k;
        const name = company || (placeFirst && runEnd - from < 2) ? undefined : nameInRun(toks, from, runEnd, leader, sawCountry);
        company = false;
        locality = false;
        // After a name (`X - Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh`), a name inside the
        // organization is the one it is named after; one right after the title is someone else.
        if (name !== undefined && appositive && institution) {
          k = runEnd;
          sawOrg = true;
          continue;
        }
        if (name !== undefined) {
          chain.titles.push({ at, orgStart: at.headEnd, orgEnd: name });
          chain.name = { start: name, end: runEnd };
          chain.end = runEnd;
          return chain;
        }
        for (let q = k; q < runEnd; q++) if (countries.match(toks, q)) sawCountry = true;
        k = runEnd;
        sawOrg = true;
        continue;
      }
      if (t.acronym) {
        // an acronym: UBND, HĐND; after `TP` the place follows
        if (dotted.has(t.text)) locality = true;
        k++;
        sawOrg = true;
        continue;
      }
      // `đảng Xã hội chủ nghĩa Venezuela (PSUV) Diosdado Cabello`: an abbreviation in brackets.
      if (t.text === '(' && k > at.headEnd && toks[k + 1]?.acronym && toks[k + 2]?.text === ')') {
        k += 3;
        continue;
      }
      if (t.word) {
        const lower = orgLower.match(toks, k);
        if (lower) {
          // `tỉnh Giang Tây`, not `xã hội`: a locality word is followed by the place's capital.
          locality = localities.match(toks, k)?.end === lower.end && toks[lower.end]?.cap === true;
          k = lower.end;
          continue;
        }
        const prev = toks[k - 1] as Token;
        if (k > at.headEnd && prev.word && isWordKeys([prev.key, t.key])) {
          k++;
          continue;
        }
        // `Trưởng ban Công tác đại biểu Nguyễn Thị Thanh`: a lower-case word of two syllables
        // inside an organization already begun.
        const noun = sawOrg ? orgNouns.match(toks, k) : undefined;
        if (noun) {
          k = noun.end;
          continue;
        }
        // … but not after a proper name of several words: `… Thành phố Hồ Chí Minh trình bày`.
        const afterName = prev.cap && (toks[k - 2]?.cap ?? false);
        if (appositive && !afterName && !predicateStarts.has(t.key)) {
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
    if (sep && (sep.text === ',' || sep.key === 'kiêm' || (semicolons && sep.text === ';')) && titleAt(toks, k + 1)) {
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

/** Words an organization does not end with: `Bí thư Thành ủy Hà Nội và`. */
const ORG_TRAILING = new Set(['và', 'tại', '-', '–', 'của', 'rồi']);

function titleMatches(toks: readonly Token[], chain: Chain, text: string): TitleMatch[] {
  return chain.titles.map(({ at, orgStart, orgEnd: end }) => {
    let orgEnd = end;
    while (orgEnd > orgStart && ORG_TRAILING.has((toks[orgEnd - 1] as Token).key)) orgEnd--;
    const org = span(toks, orgStart, orgEnd, text);
    return { role: at.role, text: span(toks, at.start, orgEnd, text), ...(org ? { org } : {}) };
  });
}

/** Find every official mention in the document. */
/** `, TITLE …` or ` - TITLE …` at token k with no name of its own: titles in apposition. */
function appositionAt(toks: readonly Token[], k: number, consumed: boolean[]): Chain | undefined {
  const sep = toks[k];
  if (!sep || !(sep.text === ',' || sep.text === '-' || sep.text === '–') || consumed[k + 1]) return undefined;
  const chain = titleChain(toks, k + 1, true);
  return chain && !chain.name ? chain : undefined;
}

/** Capitalized words that follow a place cue anywhere in the document (`tại Malta`): places, not people. */
function cuedPlaces(ctx: TextContext): Set<string> {
  const out = new Set<string>();
  for (const line of ctx.lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      const cue = placeCues.match(toks, i);
      // `Liên bang Nga`: the cue is part of a word, not a preposition.
      if (cue && i > 0 && (toks[i - 1] as Token).cap && isWordKeys([(toks[i - 1] as Token).key, (toks[i] as Token).key])) continue;
      // A family name after the cue starts a person (`thành phố Nguyễn Ngọc Tuấn`), not a place.
      if (!cue || !toks[cue.end] || !isTitleCase(toks[cue.end] as Token) || surnames.has((toks[cue.end] as Token).key)) continue;
      let end = cue.end;
      while (end < toks.length && isTitleCase(toks[end] as Token)) end++;
      out.add(foldKey(ctx.text.slice((toks[cue.end] as Token).start, (toks[end - 1] as Token).end)));
    }
  }
  return out;
}

/** Tokens that end a list item and start the next: `A - Phó Thủ tướng; B - …`, `…: A - …`. */
const ITEM_BOUNDARY = new Set([':', ';']);

/** A name run [start, end) standing as a person's name before a separator or a verb. */
interface NameRun {
  /** Where the mention starts (the honorific, if any). */
  from: number;
  start: number;
  end: number;
  honorific: boolean;
}

/**
 * The person's name that ends just before token `end`, if the words there are one: a Vietnamese
 * name (a family name and 1 to 3 words), or after an honorific or at the start of a list item
 * (`: A - …`, `; A, …`) any name of 2 to 6 words (`Khăm Chăn Phôm Sẻng Sạ Văn`, `Souphanh Keomixay`).
 */
function nameBefore(toks: readonly Token[], end: number, consumed: readonly boolean[], itemAfter: number): NameRun | undefined {
  let start = end;
  while (start > 0 && isTitleCase(toks[start - 1] as Token) && end - start < 6) start--;
  if (start === end || (start > 0 && isTitleCase(toks[start - 1] as Token))) return undefined;
  if (capRunEnd(toks, start) !== end || places.match(toks, start)) return undefined;
  for (let q = start; q < end; q++) if (consumed[q]) return undefined;
  const h = start >= 2 && honorifics.match(toks, start - 2)?.end === start ? start - 2 : start >= 1 && honorifics.match(toks, start - 1)?.end === start ? start - 1 : undefined;
  const before = h ?? start;
  const item = before === 0 || ITEM_BOUNDARY.has((toks[before - 1] as Token).text) || before - 1 === itemAfter;
  const first = toks[start] as Token;
  const len = end - start;
  if (ORG_STARTS.has(first.key) || nameStops.has(first)) return undefined;
  const vietnamese = surnames.has(first.key) && len >= 2 && len <= 4;
  const foreign = !vietnamese && (h !== undefined || item) && len >= 2 && (h !== undefined || toks.slice(start, end).some(isForeignWord));
  if (!vietnamese && !foreign) return undefined;
  return { from: before, start, end, honorific: h !== undefined };
}

/** `Nguyễn Phú Trọngmong`: a scraper glued the next word to a Vietnamese name; the name ends where the syllable does. */
function unglue(name: string): string {
  const space = name.lastIndexOf(' ');
  // No Vietnamese syllable is longer than seven letters; most names' last words are much shorter.
  if (space < 0 || name.length - space - 1 < 6) return name;
  const words = name.split(' ');
  const last = words[words.length - 1] as string;
  if (!surnames.has(foldKey(words[0] as string)) || isVietnameseSyllable(last)) return name;
  for (let cut = last.length - 1; cut >= 2; cut--) {
    if (isVietnameseSyllable(last.slice(0, cut)) && isVietnameseSyllable(last.slice(cut))) return [...words.slice(0, -1), last.slice(0, cut)].join(' ');
  }
  return name;
}

/** `Đặc phái viên của Tổng thống Nga`: the title at i follows another title and `của`. */
function afterTitleOf(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.key !== 'của') return false;
  for (let j = Math.max(0, i - 5); j < i - 1; j++) if (titleAt(toks, j)?.headEnd === i - 1) return true;
  return false;
}

/** One line as chainsInLine reads it, and the list it may be in: `…: A - Phó Thủ tướng; B - …`. */
interface ChainLine {
  toks: readonly Token[];
  consumed: boolean[];
  text: string;
  found: Found<OfficialMatch>[];
  /** Titles before a colon that open a list: each item takes them. */
  header: { colon: number; titles: TitleMatch[] } | undefined;
  /** The separator after the last list item (-1: none). */
  itemAfter: number;
  groupTitles: TitleMatch[];
}

// The steps of chainsInLine and appositionsInLine are small functions on purpose: V8 optimizes
// small functions once and cheaply, where a long one was compiled again each time a branch first
// ran (issue 20).

/** `NAME - TITLE`, `NAME, TITLE` at the title starting at token i: the title is the name's, and names inside it belong to the organization. The token to go on from, if it is one. */
function listedItem(s: ChainLine, i: number): number | undefined {
  const { toks, consumed, text } = s;
  const sep = toks[i - 1];
  const item = sep && (sep.text === ',' || sep.text === '-' || sep.text === '–') ? nameBefore(toks, i - 1, consumed, s.itemAfter) : undefined;
  if (!(item && (sep?.text === ',' || item.honorific || item.from === 0 || item.from - 1 === s.itemAfter || ITEM_BOUNDARY.has(toks[item.from - 1]?.text ?? '')))) return undefined;
  const apposed = titleChain(toks, i, true);
  if (!(apposed && !apposed.company && !apposed.name)) return undefined;
  const listed = s.header !== undefined && item.from - 1 === s.header.colon ? s.header.titles : item.from - 1 === s.itemAfter ? s.groupTitles : [];
  s.groupTitles = listed;
  for (let q = item.from; q < apposed.end; q++) consumed[q] = true;
  s.found.push({
    start: (toks[item.from] as Token).start,
    end: (toks[apposed.end - 1] as Token).end,
    value: { name: unglue(span(toks, item.start, item.end, text)), titles: [...listed, ...titleMatches(toks, apposed, text)] },
  });
  s.itemAfter = toks[apposed.end] && (toks[apposed.end]?.text === ',' || toks[apposed.end]?.text === ';') ? apposed.end : -1;
  return apposed.end;
}

/**
 * `Thủ tướng Pakistan, Nawaz Sharif, …`: a title chain without a name, a comma and the name. (`Đặc
 * phái viên của Tổng thống Nga, ông X`: after `của` the title is another person's.) The token to
 * go on from, if it is one.
 */
function nameAfterComma(s: ChainLine, i: number, chain: Chain): number | undefined {
  const { toks, consumed, text } = s;
  if (!(!chain.name && !chain.company && toks[chain.end]?.text === ',' && !afterTitleOf(toks, i))) return undefined;
  const h = honorifics.match(toks, chain.end + 1);
  const start = h ? h.end : chain.end + 1;
  const runEnd = toks[start] && isTitleCase(toks[start] as Token) ? capRunEnd(toks, start) : start;
  const after = toks[runEnd];
  const closes = !after || after.text === ',' || after.text === '.' || after.text === ';' || (after.word && !after.cap && predicateStarts.has(after.key));
  const named = runEnd > start && closes && !places.match(toks, start) ? nameBefore(toks, runEnd, consumed, chain.end) : undefined;
  if (!(named && named.start === start)) return undefined;
  for (let q = i; q < runEnd; q++) consumed[q] = true;
  s.found.push({
    start: (toks[i] as Token).start,
    end: (toks[runEnd - 1] as Token).end,
    value: { name: unglue(span(toks, start, runEnd, text)), titles: titleMatches(toks, chain, text) },
  });
  return runEnd;
}

/** A title chain ending in a name, and titles in apposition after it: `Đại tướng Lương Tam Quang, Bộ trưởng Công an`. The token to go on from. */
function namedChain(s: ChainLine, i: number, chain: Chain & { name: { start: number; end: number } }): number {
  const { toks, consumed, text } = s;
  let end = chain.end;
  const titlesFound = titleMatches(toks, chain, text);
  const after = appositionAt(toks, end, consumed);
  if (after && !after.company) {
    titlesFound.push(...titleMatches(toks, after, text));
    end = after.end;
  }
  for (let q = i; q < end; q++) consumed[q] = true;
  s.found.push({
    start: (toks[i] as Token).start,
    end: (toks[end - 1] as Token).end,
    value: { name: unglue(span(toks, chain.name.start, chain.name.end, text)), titles: titlesFound },
  });
  return end;
}

/** The title chain at token i, whatever it turns out to be. The token to go on from. */
function chainFrom(s: ChainLine, i: number): number {
  const { toks, consumed, text } = s;
  const chain = titleChain(toks, i);
  if (!chain) return i + 1;
  if (!chain.name && !chain.company && toks[chain.end]?.text === ':') s.header = { colon: chain.end, titles: titleMatches(toks, chain, text) };
  const commaNamed = nameAfterComma(s, i, chain);
  if (commaNamed !== undefined) return commaNamed;
  if (chain.name && !chain.company) return namedChain(s, i, chain as Chain & { name: { start: number; end: number } });
  if (chain.name) for (let q = i; q < chain.end; q++) consumed[q] = true;
  return Math.max(chain.end, i + 1);
}

/** Title chains ending in a name in one line, list items and titles in apposition after a name (split from findOfficials: smaller functions compile and optimize apart). */
function chainsInLine(toks: readonly Token[], consumed: boolean[], text: string, found: Found<OfficialMatch>[]): void {
  // A list after a colon gives each item the titles before the colon: `các đồng chí Ủy viên
  // Bộ Chính trị: A - Phó Thủ tướng; B - Trưởng ban …`.
  const s: ChainLine = { toks, consumed, text, found, header: undefined, itemAfter: -1, groupTitles: [] };
  for (let i = 0; i < toks.length; ) {
    const t = toks[i] as Token;
    if (!(t.word && chainStarts.has(t))) {
      i++;
      continue;
    }
    i = listedItem(s, i) ?? chainFrom(s, i);
  }
}

/** `ông X làm Bộ trưởng`, `đồng chí X là Ủy viên Bộ Chính trị, Phó Thủ tướng; Chủ nhiệm …`: the titles after a copula. */
function copulaChain(toks: readonly Token[], consumed: boolean[], runEnd: number, eligible: () => boolean): Chain | undefined {
  const copulaAt = toks[runEnd]?.word && copulas.startsWith(toks[runEnd] as Token) ? copulas.match(toks, runEnd) : undefined;
  const copula = copulaAt && eligible() ? copulaAt : undefined;
  const linked = copula && titleAt(toks, copula.end) && !consumed[copula.end] ? titleChain(toks, copula.end, true, true) : undefined;
  return linked && !linked.company && !linked.name ? linked : undefined;
}

/** The name at token i (after an honorific, if any) with titles in apposition or after a copula: the token index to go on from (the loop's next is one more). */
function appositionFrom(toks: readonly Token[], consumed: boolean[], text: string, found: Found<OfficialMatch>[], i: number): number {
  const h = honorifics.match(toks, i);
  const nameStart = h ? h.end : i;
  const first = toks[nameStart];
  if (!first || !isTitleCase(first) || consumed[nameStart]) return i;
  if (!h && i > 0 && isTitleCase(toks[i - 1] as Token)) return i;
  const runEnd = capRunEnd(toks, nameStart);
  const len = runEnd - nameStart;
  if (places.match(toks, nameStart)) return i; // `Hà Nội, Đại sứ quán …`
  const vietnamese = surnames.has(first.key) && len >= 2 && len <= 4;
  const anyForeign = () => len >= 2 && len <= 4 && toks.slice(nameStart, runEnd).some(isForeignWord);
  // After an honorific, a name of up to six words: `bà Khăm Chăn Phôm Sẻng Sạ Văn, Phó Chủ tịch …`.
  const foreign = h !== undefined && len >= 2 && (len <= 6 || anyForeign());
  const linked = copulaChain(toks, consumed, runEnd, () => !ORG_STARTS.has(first.key) && (vietnamese || foreign || anyForeign()));
  // ` - TITLE` only after an honorific: a bare `X - Y` is too often something else.
  const apposed = linked === undefined && (vietnamese || foreign) && (h !== undefined || toks[runEnd]?.text === ',') ? appositionAt(toks, runEnd, consumed) : undefined;
  const chain = linked ?? apposed;
  if (!chain || chain.company) return i;
  for (let q = i; q < chain.end; q++) consumed[q] = true;
  found.push({
    start: (toks[i] as Token).start,
    end: (toks[chain.end - 1] as Token).end,
    value: { name: unglue(span(toks, nameStart, runEnd, text)), titles: titleMatches(toks, chain, text) },
  });
  return chain.end - 1;
}

/** Names with titles in apposition or after a copula in one line. */
function appositionsInLine(toks: readonly Token[], consumed: boolean[], text: string, found: Found<OfficialMatch>[]): void {
  // Apposition: [ông] NAME, TITLE [ORG] (, TITLE [ORG])* (or ` - TITLE`) with no name of its own.
  for (let i = 0; i < toks.length; i++) {
    if (consumed[i] || !mayStartApposition(toks[i] as Token)) continue;
    i = appositionFrom(toks, consumed, text, found, i);
  }
}

/** `appositionFrom` finds nothing at a token that neither is a name's word nor may start an honorific: a cheap test first. */
function mayStartApposition(t: Token): boolean {
  return isTitleCase(t) || honorifics.startsWith(t);
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
    chainsInLine(toks, consumed, text, found);
    appositionsInLine(toks, consumed, text, found);
  }

  // A name that the document also writes after `tại`, `ở`, `thăm` is a place: `Thủ tướng Malta`.
  const placesHere = cuedPlaces(ctx);
  const people = placesHere.size === 0 ? found : found.filter((f) => !placesHere.has(foldKey(f.value.name)));

  // Later mentions of a known official by honorific: `ông Nguyễn Như Hiếu`.
  const known = new Set(people.map((f) => foldKey(f.value.name)));
  if (known.size === 0) return people;
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
      people.push({ start: (toks[i] as Token).start, end: (toks[runEnd - 1] as Token).end, value: { name, titles: [] } });
      i = runEnd - 1;
    }
  });
  careerTitles(ctx, people, consumedByLine);
  return people.sort((a, b) => a.start - b.start);
}

/** A year followed by `:` or `,` (`12/1979:`, `năm 1992,`) three times or more: a cheap test before reading career markers. */
const YEAR_THEN_MARK = /\d{4}\s?[:,]/g;
function hasCareerMarkers(text: string): boolean {
  YEAR_THEN_MARK.lastIndex = 0;
  let n = 0;
  while (YEAR_THEN_MARK.exec(text) !== null) if (++n >= 3) return true;
  return false;
}

/** Words after which a title in a biography step is the subject's: the step's start, a list, `rồi`, `kiêm`. */
const STEP_JOINERS = new Set([',', ';', 'rồi', 'kiêm', 'và', '(']);

/** Where the step that starts at token `from` ends: at the next marker, or at the end of its sentence. */
function stepEnd(toks: readonly Token[], from: number, next: number): number {
  for (let q = from; q < next; q++) {
    const t = toks[q] as Token;
    const prev = toks[q - 1];
    if (t.text === '.' && prev && !dotted.has(prev.text) && prev.text.length > 1 && (toks[q + 1]?.cap ?? true)) return q;
  }
  return next;
}

/**
 * A biography (three career markers or more): the steps `4/1985-7/1988: Ủy viên Ban Thường vụ
 * Thành đoàn, …` and `năm 1987-1992, là Thứ trưởng …` name no one; their titles are the
 * subject's, the official named last before the step, and carry the step's dates. An official
 * named right after a marker (`Từ năm 2001 đến năm 2006, đồng chí X là …`) gets them too.
 */
function careerTitles(ctx: TextContext, people: Found<OfficialMatch>[], consumedByLine: boolean[][]): void {
  if (people.length === 0 || !hasCareerMarkers(ctx.text)) return;
  const markers = ctx.lines.map((l) => careerMarkers(l.tokens));
  if (markers.reduce((n, m) => n + m.length, 0) < 3) return;
  const named = [...people].sort((a, b) => a.start - b.start);
  const byStart = new Map(named.map((f) => [f.start, f] as const));
  ctx.lines.forEach((line, li) => {
    const toks = line.tokens;
    const consumed = consumedByLine[li] as boolean[];
    const here = markers[li] as CareerMarker[];
    here.forEach((m, mi) => {
      const dates = { from: m.from, ...(m.to ? { to: m.to } : {}) };
      const at = toks[m.end];
      if (!at) return;
      const own = byStart.get(at.start);
      if (own) {
        own.value.titles = own.value.titles.map((t) => (t.from ? t : { ...t, ...dates }));
        return;
      }
      let k = m.end;
      if (!m.colon) {
        const c = copulas.match(toks, k);
        if (!c) return;
        k = c.end;
      }
      const subject = named.filter((f) => f.start < at.start).pop();
      if (!subject) return;
      const end = stepEnd(toks, k, (here[mi + 1] as CareerMarker | undefined)?.start ?? toks.length);
      const titles: TitleMatch[] = [];
      for (let q = k; q < end; q++) {
        const t = toks[q] as Token;
        if (consumed[q] || !t.word || !chainStarts.has(t) || !(q === k || STEP_JOINERS.has((toks[q - 1] as Token).key))) continue;
        const chain = titleChain(toks, q, true, true);
        if (!chain || chain.company || chain.name) continue;
        for (const tm of titleMatches(toks, chain, ctx.text)) titles.push({ ...tm, ...dates });
        q = chain.end - 1;
      }
      if (titles.length === 0) return;
      people.push({ start: (toks[k] as Token).start, end: (toks[end - 1] as Token).end, value: { name: subject.value.name, titles, implied: true } });
    });
  });
}

/** The head title a title string starts with (`Thứ trưởng Thường trực Bộ Ngoại giao` → `Thứ trưởng Thường trực`). */
export function roleOf(title: string): string | undefined {
  return titleAt(tokenize(title, 0), 0)?.role;
}
