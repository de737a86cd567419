// What one article's digest keeps for events and their alignment, worked out once per sentence
// (each sentence is tokenized once, however many figures it holds; a very long sentence is quoted
// only around its figures): the article's date, the named things it names, its frequent words,
// and its quantities (figures with a unit, ranks `thứ 23/116 quốc gia`, periods of years) with
// the words around each.
import { createRequire } from 'node:module';
import type { Figure } from '../../types.js';
import { pushTo } from '../../collections.js';
import { foldKey, LineIndex } from '../../text/normalize.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { partitionPoint } from '../../text/spans.js';
import { YEAR_PERIOD } from '../../kinds/dates/compare.js';
import type { Article } from '../article.js';
import { articleDate, articleYear, namedIn } from '../claims.js';
import type { Quantity } from './types.js';

/** A sentence longer than this is quoted around its figure: QUOTE_AROUND characters either side. */
export const LONG_SENTENCE = 600;
const QUOTE_AROUND = 240;
/** Words either side of a quantity that are its context. */
const CONTEXT_WORDS = 8;
/** How many of its most frequent words an article keeps. */
const TERMS = 60;
/** How many of the days it names an article keeps. */
const MAX_DAYS = 12;
/** A year this close (characters) to a quantity is its time (its sentence, bounded: a sentence is cut at LONG_SENTENCE). */
const YEAR_NEAR = LONG_SENTENCE;

let stopwordSet: Set<string> | undefined;
/** Vietnamese function words (stopwords-iso), folded, and syllables that say nothing alone. */
function stopwords(): Set<string> {
  if (!stopwordSet) {
    const require = createRequire(import.meta.url);
    const words = (require('stopwords-iso') as Record<string, string[]>).vi ?? [];
    stopwordSet = new Set(words.filter((w) => !w.includes(' ')).map((w) => foldKey(w)));
  }
  return stopwordSet;
}

/** Is a token a content word, for contexts and terms: letters, not a function word. */
function content(t: Token): boolean {
  return t.word && !t.digit && t.key.length > 1 && !stopwords().has(t.key) && /\p{L}/u.test(t.key);
}

/** The sentence a quantity is quoted with: whole, or around it when very long (`…` where cut). */
export function quoteAround(article: Article, start: number, end: number): string {
  const s = article.sentences.sentences[article.sentences.indexOf(start)];
  if (!s) return '';
  if (s.end - s.start <= LONG_SENTENCE) return article.text.slice(s.start, s.end);
  let a = Math.max(s.start, start - QUOTE_AROUND);
  let b = Math.min(s.end, end + QUOTE_AROUND);
  // At a space, not inside a word.
  while (a > s.start && a < start && !/\s/.test(article.text[a - 1] as string)) a++;
  while (b < s.end && b > end && !/\s/.test(article.text[b] as string)) b--;
  return `${a > s.start ? '… ' : ''}${article.text.slice(a, b).trim()}${b < s.end ? ' …' : ''}`;
}

/** A rank with its total: `thứ 23/116 quốc gia`, `thứ 23 trên tổng số 119 quốc gia`. */
const RANK = /\bthứ\s+(\d{1,4})\s*(?:\/|trên\s+(?:tổng\s+số\s+)?|trong\s+(?:tổng\s+số\s+)?(?:số\s+)?)(\d{1,5})\s+(nước|quốc gia|nền kinh tế|đối tác|\p{Ll}+\s\p{Ll}+)/giu;

/** The tokens of one sentence at a time (figures come in text order). */
function sentenceTokens(article: Article): (i: number) => Token[] {
  let at = -2;
  let tokens: Token[] = [];
  return (i) => {
    if (i !== at) {
      const s = article.sentences.sentences[i];
      tokens = s ? tokenize(article.text.slice(s.start, s.end), s.start) : [];
      at = i;
    }
    return tokens;
  };
}

/** Folded content words around [start, end) in its sentence's tokens, and the pairs of adjacent ones. */
function contextOf(tokens: readonly Token[], start: number, end: number): string[] {
  const first = partitionPoint(tokens, (t) => t.end <= start);
  const after = partitionPoint(tokens, (t) => t.start < end);
  // Up to CONTEXT_WORDS content words each way (function words and punctuation skipped, at most
  // four times as many tokens looked at), a gap where the quantity stands.
  const before: (string | undefined)[] = [];
  for (let i = first - 1, seen = 0; i >= 0 && before.length < CONTEXT_WORDS && seen < 4 * CONTEXT_WORDS; i--, seen++) {
    const t = tokens[i] as Token;
    if (content(t)) before.unshift(t.key);
    else if (!t.word && before[0] !== undefined) before.unshift(undefined);
  }
  const afterWords: (string | undefined)[] = [];
  for (let i = after, seen = 0; i < tokens.length && afterWords.length < CONTEXT_WORDS && seen < 4 * CONTEXT_WORDS; i++, seen++) {
    const t = tokens[i] as Token;
    if (content(t)) afterWords.push(t.key);
    else if (!t.word && afterWords.at(-1) !== undefined) afterWords.push(undefined);
  }
  const words = [...before, undefined, ...afterWords];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) continue;
    out.add(w);
    const next = words[i + 1];
    if (next !== undefined) out.add(`${w} ${next}`);
  }
  return [...out];
}

export interface EventParts {
  date?: string;
  year?: string;
  days: string[];
  names: string[];
  terms: string[];
  /** The quantities, each with its sentence (quoted) to be numbered by the digest. */
  quantities: (Omit<Quantity, 'sentence'> & { quote: string; names: string[]; offset: number })[];
}

/** The event parts of an article. `conferences`: sentence index → the conference ids it speaks of. */
export function eventParts(article: Article, conferences: ReadonlyMap<number, readonly string[]>): EventParts {
  const { doc, sentences, text } = article;
  const tokensOf = sentenceTokens(article);
  const lines = new LineIndex(text);
  const nameSet = new Map<string, number>();
  const count = (k: string) => nameSet.set(k, (nameSet.get(k) ?? 0) + 1);
  for (const o of doc.officials) count(foldKey(o.name));
  for (const ids of conferences.values()) for (const id of ids) count(id);
  // Per sentence: its names (officials' mentions, places, organizations, conferences), and its years.
  const namesBySentence = new Map<number, string[]>();
  const officialsBySentence = new Map<number, string[]>();
  for (const o of doc.officials) {
    const key = foldKey(o.name);
    for (const m of o.mentions) pushTo(officialsBySentence, sentences.indexOf(m.start), key);
  }
  const namesIn = (i: number): string[] => {
    let names = namesBySentence.get(i);
    if (!names) {
      const s = sentences.sentences[i];
      const set = new Set<string>(conferences.get(i) ?? []);
      if (s) {
        for (const k of officialsBySentence.get(i) ?? []) set.add(k);
        for (const n of namedIn(tokensOf(i))) set.add(n.key);
      }
      namesBySentence.set(i, (names = [...set]));
    }
    return names;
  };
  // The years stated, by sentence, with where: a quantity's years are those of its sentence within YEAR_NEAR characters.
  const yearsBySentence = new Map<number, { start: number; end: number; years: string[] }[]>();
  for (const d of doc.dates) {
    const y = /^(\d{4})/.exec(d.value)?.[1];
    if (!y) continue;
    const end = /^\d{4}\/(\d{4})$/.exec(d.value)?.[1];
    pushTo(yearsBySentence, sentences.indexOf(d.start), { start: d.start, end: d.end, years: end ? [y, end] : [y] });
  }
  // The days stated, by sentence (`Ngày 25/4, Ấn Độ ghi nhận thêm …`): a count of one day is not a count of another.
  const daysBySentence = new Map<number, string[]>();
  for (const d of doc.dates) {
    // A day (`--04-25`) or a month of a year (`tháng 4/2017` → `--04`).
    const m = /^(?:\d{4}|-)-(\d\d-\d\d)$/.exec(d.value) ?? /^\d{4}-(\d\d)$/.exec(d.value);
    if (!m) continue;
    const i = sentences.indexOf(d.start);
    const list = daysBySentence.get(i) ?? [];
    if (!list.includes(`--${m[1]}`)) list.push(`--${m[1]}`);
    daysBySentence.set(i, list);
  }
  const yearsNear = (i: number, start: number, end: number): string[] => {
    const out: string[] = [];
    for (const d of yearsBySentence.get(i) ?? []) {
      if (d.end > start - YEAR_NEAR && d.start < end + YEAR_NEAR && !(d.start >= start && d.end <= end)) for (const y of d.years) if (!out.includes(y)) out.push(y);
    }
    return out;
  };
  // Terms: the article's content words by frequency (one pass over its tokens).
  const tf = new Map<string, number>();
  for (let i = 0; i < sentences.sentences.length; i++) {
    for (const t of tokensOf(i)) if (content(t) && !t.cap) tf.set(t.key, (tf.get(t.key) ?? 0) + 1);
    for (const n of namesIn(i)) count(n);
  }
  const terms = [...tf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TERMS).map(([w]) => w);

  type Q = EventParts['quantities'][number];
  const quantities: Q[] = [];
  const at = (start: number, end: number) => {
    const i = sentences.indexOf(start);
    const days = daysBySentence.get(i);
    return { i, context: contextOf(tokensOf(i), start, end), years: yearsNear(i, start, end), ...(days ? { days } : {}), quote: quoteAround(article, start, end), names: namesIn(i) };
  };
  // Ranks first: a figure inside a rank (`119 quốc gia` of `thứ 23 trên tổng số 119 quốc gia`) is the rank's total.
  const rankSpans: [number, number][] = [];
  const figures: Figure[] = doc.figures.filter((f) => f.unit !== null);
  const rankSentences = new Set<number>();
  for (const f of figures) rankSentences.add(sentences.indexOf(f.start));
  for (const i of rankSentences) {
    const s = sentences.sentences[i];
    if (!s) continue;
    const line = text.slice(s.start, s.end);
    if (!/thứ/i.test(line)) continue;
    for (const m of line.matchAll(RANK)) {
      const start = s.start + (m.index as number);
      const end = start + m[0].length;
      const unit = (m[3] as string).trim();
      const { context, years, days, quote, names } = at(start, end);
      rankSpans.push([start, end]);
      quantities.push({ kind: 'rank', offset: start, line: lines.lineOf(start), text: m[0], value: Number(m[2]), rank: Number(m[1]), unit, context, years, ...(days ? { days } : {}), quote, names });
    }
  }
  for (const f of figures) {
    const r = rankSpans[partitionPoint(rankSpans, ([a]) => a <= f.start) - 1];
    if (r && f.end <= r[1]) continue;
    const { context, years, days, quote, names } = at(f.start, f.end);
    quantities.push({
      kind: 'figure',
      offset: f.start,
      line: f.line,
      text: f.text,
      value: f.value,
      ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
      unit: f.unit as string,
      ...(f.qualifier !== null ? { qualifier: f.qualifier } : {}),
      context,
      years,
      ...(days ? { days } : {}),
      quote,
      names,
    });
  }
  for (const d of doc.dates) {
    if (!YEAR_PERIOD.test(d.value)) continue;
    const { context, years, days, quote, names } = at(d.start, d.end);
    quantities.push({ kind: 'period', offset: d.start, line: d.line, text: d.text, value: d.value, context, years: years.filter((y) => !d.value.includes(y)), ...(days ? { days } : {}), quote, names });
  }
  quantities.sort((x, y) => x.offset - y.offset);
  const names = [...nameSet.keys()].sort();
  const date = articleDate(article);
  const days: string[] = [];
  for (const d of doc.dates) {
    const m = /^(?:\d{4}|-)-(\d\d-\d\d)/.exec(d.value);
    if (m && !days.includes(`--${m[1]}`) && days.length < MAX_DAYS) days.push(`--${m[1]}`);
  }
  const year = articleYear(article);
  return { ...(date !== undefined ? { date } : {}), ...(year !== undefined ? { year } : {}), days, names, terms, quantities };
}
