// The claim a figure makes, as a key two articles can be compared by. Two figures state the same
// claim when they have the same
//   unit     the measure or counted noun, folded (`đại biểu`, `USD`, `%`);
//   subject  what the sentence is about: the conferences it speaks of (alone: a count at a
//            conference is about the conference), else the officials, places and organizations it
//            names, folded, in the order written (`Việt Nam … sang Campuchia` is not `Campuchia …
//            vào Việt Nam`); a sentence that names none of these makes no claim;
//   measure  the up to four lower-case syllables before the number in its clause, skipping linking
//            words (`đạt`, `là`, `có`, `khoảng`…) but keeping a direction (`tăng`, `giảm`), with at
//            least one word that is not a direction: `kim ngạch thương mại đạt 558 triệu USD` →
//            `kim ngạch thương mại`; `(tăng 7,9%)` says too little and makes no claim. A count at a
//            conference (`hơn 300 đại biểu`) needs no measure: the counted noun says what it is;
//   time     the dates the sentence states (`2016`, `--04-30`), else the article's year (the year its
//            dates give most); a claim about a conference needs none (a numbered conference happens once). No known
//            time, no claim.
// The key is strict on purpose: a false disagreement costs a journalist more than a missed one.
import type { Figure } from '../types.js';
import { foldKey } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { PhraseMatcher } from '../text/phrases.js';
import { partitionPoint } from '../text/spans.js';
import { isWordKeys } from '../lexicon/dictionary.js';
import { COUNTRIES, VIETNAM_PLACES } from '../lexicon/places.js';
import { MEASURES, QUALIFIERS, TIME_UNITS } from '../kinds/figures/lexicon.js';
import type { Article } from './article.js';

/** One figure's claim: the parts of its key, and the key itself. */
export interface Claim {
  unit: string;
  subject: string[];
  measure: string;
  time: string;
  /** `unit | subject | measure | time`, the string claims are grouped by. */
  key: string;
}

/** Places written several ways, folded to one. */
const PLACE_ALIASES: Readonly<Record<string, string>> = {
  'hoa kỳ': 'mỹ',
  'trung hoa': 'trung quốc',
  nhật: 'nhật bản',
  úc: 'australia',
  'liên bang nga': 'nga',
  'vương quốc anh': 'anh',
  ý: 'italy',
  italia: 'italy',
  'đông timor': 'timor-leste',
  'cộng hòa séc': 'séc',
  rumani: 'romania',
  'ả-rập xê-út': 'saudi arabia',
  'ả rập xê-út': 'saudi arabia',
};
const places = PhraseMatcher.of([...COUNTRIES, ...VIETNAM_PLACES]);
/** Words that start an organization's name when capitalized words follow: `Bộ Công Thương`, `Ngân hàng Thế giới`. */
const ORG_HEADS = PhraseMatcher.of([
  'Bộ', 'Ban', 'Ngân hàng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Ủy ban', 'Uỷ ban', 'Cục', 'Tổng cục', 'Sở', 'Viện', 'Hội',
  'Hiệp hội', 'Quỹ', 'Tổ chức', 'Liên minh', 'Liên hợp quốc', 'Văn phòng', 'Trung tâm', 'Đại học', 'Trường',
]);
/** All-capital words that are units or measures, not organizations. */
const NOT_ORGS = new Set(['usd', 'vnd', 'vnđ', 'eur', 'ndt', 'sgd', 'aud', 'gdp', 'grdp', 'fdi', 'ddi', 'oda', 'cpi', 'pci', 'xnk', 'teu', 'mw', 'kw', 'kwh', 'gw', 'mwh', 'gb', 'mb', 'kv', 'tp', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv', 'xv']);
const MEASURE_UNITS = new Set([...MEASURES, ...TIME_UNITS].map(foldKey));
/** Words between a measure and its number that say nothing of what is measured. */
const LINKING = new Set(
  [
    'đạt', 'là', 'có', 'ở', 'mức', 'lên', 'tới', 'đến', 'với', 'của', 'gồm', 'bằng', 'chỉ', 'được', 'đã', 'sẽ', 'đang', 'còn', 'vào',
    'cộng', 'tổng', 'trị', 'giá', 'khoảng', 'thêm', 'nữa', 'cũng', 'vẫn', 'và', 'các', 'những', 'một', 'mới', 'tính', 'riêng', 'này',
    'đó', 'từ', 'trong', 'năm', 'tháng', 'quý', 'ước', 'chiếm', 'hiện', 'nay', 'thì',
    ...QUALIFIERS.flatMap(([q]) => q.split(' ')),
  ].map(foldKey),
);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”', '.', '!', '?']);
const MAX_MEASURE_WORDS = 4;

/** The article's year: the year its dates name most often (the latest on a tie); undefined when none does. */
export function articleYear(article: Article): string | undefined {
  const counts = new Map<string, number>();
  for (const d of article.doc.dates) {
    if (/^\d{4}\/\d{4}$/.test(d.value)) continue; // a span of years names a plan, not when the article is
    const y = /^\d{4}/.exec(d.value)?.[0];
    if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (y[0] < x[0] ? -1 : 1))[0]?.[0];
}

/**
 * The article's date: its first full date in the article's year, else its first day without a
 * year in the article's year (`Ngày 21/8` in an article whose dates say 2013 → `2013-08-21`).
 */
export function articleDate(article: Article): string | undefined {
  const year = articleYear(article);
  if (year === undefined) return undefined;
  const values = article.doc.dates.map((d) => d.value);
  const full = values.find((v) => /^\d{4}-\d\d-\d\d$/.test(v) && v.startsWith(year));
  if (full) return full;
  const day = values.find((v) => /^--\d\d-\d\d$/.test(v));
  return day === undefined ? undefined : `${year}${day.slice(1)}`;
}

/** The named things of a stretch of tokens, with where each starts: places (aliases folded), organizations, acronyms. */
export function namedIn(tokens: readonly Token[]): { at: number; end: number; key: string }[] {
  const out: { at: number; end: number; key: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) continue;
    const place = places.match(tokens, i);
    if (place) {
      const key = foldKey(place.value);
      out.push({ at: t.start, end: (tokens[place.end - 1] as Token).end, key: PLACE_ALIASES[key] ?? key });
      i = place.end - 1;
      continue;
    }
    const org = ORG_HEADS.match(tokens, i);
    if (org) {
      // Its name: the capitalized words after the head, each with the lower-case syllable that
      // makes it one word (`Bộ Ngoại giao`, `Sở Ngoại vụ`, `Ngân hàng Nhà nước`).
      let end = org.end;
      while (end < tokens.length && (tokens[end] as Token).cap && (tokens[end] as Token).word) {
        end++;
        const next = tokens[end];
        if (next?.word && !next.cap && isWordKeys([(tokens[end - 1] as Token).key, next.key])) end++;
      }
      if (end > org.end || org.end - i > 1) {
        out.push({ at: t.start, end: (tokens[end - 1] as Token).end, key: tokens.slice(i, end).map((x) => x.key).join(' ') });
        i = end - 1;
      }
      continue;
    }
    if (t.acronym && !/\d/.test(t.text) && !NOT_ORGS.has(t.key)) out.push({ at: t.start, end: t.end, key: t.key });
  }
  return out;
}

const DIRECTIONS = new Set(['tăng', 'giảm'].map(foldKey));

/** The words that say what a figure measures: up to four lower-case syllables before the number, within its clause. */
function measureOf(tokens: readonly Token[], at: number): string {
  const words: string[] = [];
  for (let i = at - 1; i >= 0 && words.length < MAX_MEASURE_WORDS; i--) {
    const t = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(t.text) || t.digit) break;
    if (!t.word || t.cap || LINKING.has(t.key)) continue;
    words.unshift(t.key);
  }
  return words.some((w) => !DIRECTIONS.has(w)) ? words.join(' ') : '';
}

/** A sentence longer than this is read, for one figure's claim, only around the figure (by windows of WINDOW characters). */
const LONG_SENTENCE = 1200;
const WINDOW = 400;

/** What a figure's claim reads of the text around it, worked out once per sentence (or per window of a very long one). */
export interface ClaimSpan {
  start: number;
  end: number;
  tokens: Token[];
  /** The officials' mentions inside, with their folded names. */
  mentions: { start: number; end: number; key: string }[];
  /** Places, organizations and acronyms outside the officials' mentions. */
  named: { at: number; end: number; key: string }[];
  /** The date values stated inside. */
  dates: string[];
}

/** Where a figure's claim is read: its sentence, or around it when the sentence is very long. */
function spanAround(article: Article, f: Figure): { key: string; start: number; end: number } | undefined {
  const { sentences } = article;
  const i = sentences.indexOf(f.start);
  const s = sentences.sentences[i];
  if (!s) return undefined;
  if (s.end - s.start <= LONG_SENTENCE) return { key: `${i}`, start: s.start, end: s.end };
  const k = Math.floor((f.start - s.start) / WINDOW);
  return { key: `${i}:${k}`, start: Math.max(s.start, s.start + (k - 1) * WINDOW), end: Math.min(s.end, s.start + (k + 2) * WINDOW) };
}

/** The officials' mentions of an article, folded names, by where they start. */
type Mentions = { start: number; end: number; key: string }[];

function mentionsOf(article: Article): Mentions {
  const out: Mentions = [];
  for (const o of article.doc.officials) {
    const key = foldKey(o.name);
    for (const m of o.mentions) out.push({ start: m.start, end: m.end, key });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The parts of a span, computed once. */
function claimSpan(article: Article, all: Mentions, start: number, end: number): ClaimSpan {
  const { doc, text } = article;
  const tokens = tokenize(text.slice(start, end), start);
  const mentions = all.slice(partitionPoint(all, (m) => m.start < start), partitionPoint(all, (m) => m.start < end)).filter((m) => m.end <= end);
  // The tokens outside every mention (both in text order: one sweep).
  const outside: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < mentions.length && (mentions[k] as Mentions[number]).end <= t.start) k++;
    const m = mentions[k];
    if (m && m.start < t.end && t.start < m.end) continue;
    outside.push(t);
  }
  const named = namedIn(outside);
  const dates = doc.dates.slice(partitionPoint(doc.dates, (d) => d.start < start), partitionPoint(doc.dates, (d) => d.start < end)).filter((d) => d.end <= end).map((d) => d.value);
  return { start, end, tokens, mentions, named, dates };
}

/** The claims of an article's figures: one function that keeps what it reads of a sentence for its next figure. */
export function claimsOf(article: Article): (f: Figure, conferences: readonly string[]) => Claim | undefined {
  const spans = new Map<string, ClaimSpan>();
  let sentence = '';
  let mentions: Mentions | undefined;
  let year: string | undefined | null = null;
  return (f, conferences) => {
    const where = spanAround(article, f);
    if (!where) return undefined;
    let span = spans.get(where.key);
    if (!span) {
      // Only the spans of one sentence are kept: figures come in text order.
      const s = where.key.split(':')[0] as string;
      if (s !== sentence) {
        spans.clear();
        sentence = s;
      }
      spans.set(where.key, (span = claimSpan(article, (mentions ??= mentionsOf(article)), where.start, where.end)));
    }
    if (year === null) year = articleYear(article);
    return claimIn(f, conferences, span, year);
  };
}

/**
 * The claim a figure makes, or undefined when it makes none that can be compared. `conferences`
 * are the conference ids its sentence speaks of (see conferences.ts).
 */
export function claimOf(article: Article, f: Figure, conferences: readonly string[]): Claim | undefined {
  return claimsOf(article)(f, conferences);
}

function claimIn(f: Figure, conferences: readonly string[], span: ClaimSpan, year: string | undefined): Claim | undefined {
  if (f.unit === null) return undefined;
  const unit = foldKey(f.unit);
  const { tokens } = span;
  const at = partitionPoint(tokens, (t) => t.start < f.start);

  let subject: string[];
  let time = '';
  if (conferences.length > 0) {
    subject = [...conferences];
  } else {
    const people = span.mentions.map((m) => ({ at: m.start, key: m.key }));
    // Places and organizations outside the figure and outside the officials' mentions (whose titles name their own).
    const places = span.named.filter((n) => n.end <= f.start || n.at >= f.end);
    const named = [...people, ...places].sort((x, y) => x.at - y.at).map((x) => x.key);
    subject = [...new Set(named)];
    time = [...new Set(span.dates)].sort().join(',') || (year ?? '');
    if (time === '') return undefined;
  }
  if (subject.length === 0) return undefined;
  const counted = conferences.length > 0 && !MEASURE_UNITS.has(unit);
  const measure = counted ? '' : measureOf(tokens, at);
  if (measure === '' && !counted) return undefined;
  return { unit, subject, measure, time, key: [unit, subject.join(' + '), measure, time].join(' | ') };
}
