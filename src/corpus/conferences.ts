// Conferences across articles: one entry per (series, number), with the articles that name it,
// how each writes it, and the dates and counts stated with it. The state is plain JSON that
// merges by sums and unions, so shards summarized apart combine into the same answer.
import type { Conference } from '../types.js';
import { foldKey, unaccented, withoutDiacritics } from '../text/normalize.js';
import { seriesName } from '../kinds/conferences/index.js';
import { HEADS } from '../kinds/conferences/lexicon.js';
import { figureInContext, type Article, type FigureInContext } from './article.js';
import { byCodePoint, mostFrequent } from './order.js';
import { dict } from '../collections.js';

/** A date stated with a conference: in a sentence that names it, or in the sentence after. */
export interface DateStated {
  /** The date as written. */
  text: string;
  /** Its ISO value (SPEC.md). */
  value: string;
  line: number;
  sentence: string;
}

/** What one article says of one conference. */
export interface ConferenceInArticle {
  path: string;
  /** How the article writes it: its distinct mention texts. */
  forms: string[];
  /** The line of its first mention. */
  line: number;
  term?: number;
  dates: DateStated[];
  /** Figures with a unit in a sentence that names the conference (`hơn 300 đại biểu`). */
  counts: FigureInContext[];
}

/** `vnews conferences`: one entry per (series, number) across all inputs. */
export interface ConferenceAcross {
  /** The most frequent written series. */
  series: string;
  number: number;
  /** The folded key the series is compared by. */
  key: string;
  /** Terms the articles give (`khóa XIV` → 14), when any. */
  terms: number[];
  /** Number of articles naming it. */
  articles: number;
  mentions: number;
  /** Distinct date values stated with it, sorted. */
  dates: string[];
  in: ConferenceInArticle[];
}

interface SeriesState {
  number: number;
  series: Record<string, number>;
  mentions: number;
  articles: Record<string, ConferenceInArticle>;
}

/** The mergeable state: `key#number` → what the inputs say of that conference. */
export type ConferencesSummary = Record<string, SeriesState>;

/** The cross-article key of a conference: its folded series (aliases applied, `toàn quốc` dropped) and number. */
export function conferenceKey(c: Pick<Conference, 'series' | 'number'>): { series: string; id: string } {
  const series = seriesName(c.series).key.replace(/\s*[-–]\s*/g, '-');
  return { series, id: `${series}#${c.number}` };
}

const HEAD_KEYS = [...new Set(HEADS.map((h) => foldKey(h).split(' ').slice(0, 2).join(' ')))];
/** Words that may follow an event head standing for the article's conference: `chủ trì Hội nghị với …`, `Hội nghị đã thông qua …`. */
const AFTER_BARE_HEAD = [
  'với', 'được', 'đã', 'đang', 'sẽ', 'có', 'là', 'này', 'lần này', 'diễn ra', 'và', 'cũng', 'tại', 'hôm', 'lần', 'thống nhất',
  'nhất trí', 'thông qua', 'ghi nhận', 'kêu gọi', 'khai mạc', 'bế mạc', 'kết thúc', 'tập trung', 'dành', 'thảo luận', 'nhấn mạnh',
  'đánh giá', 'bàn', 'xem xét', 'quyết định', 'bầu', 'ra', 'năm nay', 'thu hút',
];
/**
 * A capitalized event head standing for the article's conference: followed by punctuation, the end,
 * or one of the words above (not by a name: `Hội nghị xúc tiến đầu tư` is another event).
 */
const BARE_HEAD = new RegExp(
  `(?<![\\p{L}\\d])(${HEADS.filter((h) => h.split(' ').length === 2).join('|')})(?=\\s*(?:[^\\p{L}\\d\\s]|$)|\\s+(?:${AFTER_BARE_HEAD.join('|')})(?![\\p{L}\\d]))`,
  'gu',
);

function headOf(series: string): string {
  return foldKey(series).split(' ').slice(0, 2).join(' ');
}

/**
 * The sentences that speak of each of an article's conferences: those that name it, and those
 * that refer to it by its capitalized head alone (`chủ trì Hội nghị`) when it is the article's
 * only conference with that head. Index-aligned with `article.doc.conferences`.
 */
function sentencesOf(article: Article): { sentences: Set<number>; anchors: { start: number; end: number }[] }[] {
  const { doc, sentences, text } = article;
  const named = doc.conferences.map((c) => ({ sentences: new Set(c.mentions.map((m) => sentences.indexOf(m.start))), anchors: c.mentions.map(({ start, end }) => ({ start, end })) }));
  const byHead = new Map<string, number[]>();
  doc.conferences.forEach((c, i) => {
    const h = headOf(c.series);
    if (HEAD_KEYS.includes(h)) byHead.set(h, [...(byHead.get(h) ?? []), i]);
  });
  const inMention = (offset: number) => doc.conferences.some((c) => c.mentions.some((m) => m.start <= offset && offset < m.end));
  for (const m of text.matchAll(BARE_HEAD)) {
    const only = byHead.get(foldKey(m[0]));
    if (only?.length !== 1 || inMention(m.index)) continue;
    const entry = named[only[0] as number];
    entry?.sentences.add(sentences.indexOf(m.index));
    entry?.anchors.push({ start: m.index, end: m.index + m[0].length });
  }
  return named;
}

/** What an article says of each conference it names, with the sentences (indexes) that speak of it. */
export function conferencesInArticle(
  article: Article,
): (ConferenceInArticle & { conference: Conference; sentences: Set<number>; anchors: { start: number; end: number }[] })[] {
  const { doc, sentences } = article;
  const spoken = sentencesOf(article);
  return doc.conferences.map((c, i) => {
    const { sentences: own, anchors } = spoken[i] as { sentences: Set<number>; anchors: { start: number; end: number }[] };
    const near = new Set([...own].flatMap((s) => [s, s + 1]));
    const dates = doc.dates
      .filter((d) => near.has(sentences.indexOf(d.start)))
      .map((d) => ({ text: d.text, value: d.value, line: d.line, sentence: sentences.at(d.start) }));
    const counts = doc.figures.filter((f) => f.unit !== null && own.has(sentences.indexOf(f.start))).map((f) => figureInContext(article, f));
    return {
      conference: c,
      sentences: own,
      anchors,
      path: doc.path,
      forms: [...new Set(c.mentions.map((m) => m.text))],
      line: c.mentions[0]?.line ?? 0,
      ...(c.term !== undefined ? { term: c.term } : {}),
      dates,
      counts,
    };
  });
}

/** Add one article's conferences to the summary. */
export function addConferences(summary: ConferencesSummary, article: Article): void {
  for (const entry of conferencesInArticle(article)) {
    const { conference, sentences: _s, anchors: _a, ...inArticle } = entry;
    const s = (summary[conferenceKey(conference).id] ??= { number: conference.number, series: dict(), mentions: 0, articles: dict() });
    s.series[conference.series] = (s.series[conference.series] ?? 0) + conference.mentions.length;
    s.mentions += conference.mentions.length;
    s.articles[inArticle.path] = inArticle;
  }
}

/** Combine two summaries into one; neither is changed. */
export function mergeConferences(a: ConferencesSummary, b: ConferencesSummary): ConferencesSummary {
  const out: ConferencesSummary = structuredClone(a);
  mergeConferencesInto(out, structuredClone(b));
  return out;
}

/** Fold `from` into `into` and return it, in time proportional to `from` (which may share objects with `into` afterwards). */
export function mergeConferencesInto(into: ConferencesSummary, from: ConferencesSummary): ConferencesSummary {
  for (const [key, q] of Object.entries(from)) {
    const s = into[key];
    if (s === undefined) {
      into[key] = q;
      continue;
    }
    for (const [n, c] of Object.entries(q.series)) s.series[n] = (s.series[n] ?? 0) + c;
    s.mentions += q.mentions;
    Object.assign(s.articles, q.articles);
  }
  return into;
}

/** The conferences of a summary, most-reported first; `series` keeps those whose folded series contains it (without diacritics when it has none), `number` those with that number. */
export function conferencesAcross(summary: ConferencesSummary, filter: { series?: string; number?: number } = {}): ConferenceAcross[] {
  const wanted = filter.series === undefined ? undefined : foldKey(filter.series);
  // A series typed without any diacritic (`hoi nghi ngoai vu`) is matched without them.
  const plain = wanted !== undefined && withoutDiacritics(wanted);
  const out: ConferenceAcross[] = [];
  for (const [id, s] of Object.entries(summary)) {
    const key = id.slice(0, id.lastIndexOf('#'));
    if (wanted !== undefined && !(plain ? unaccented(key) : key).includes(wanted)) continue;
    if (filter.number !== undefined && s.number !== filter.number) continue;
    const inArticles = Object.values(s.articles).sort((x, y) => byCodePoint(x.path, y.path));
    out.push({
      series: mostFrequent(s.series),
      number: s.number,
      key,
      terms: [...new Set(inArticles.flatMap((a) => (a.term === undefined ? [] : [a.term])))].sort((x, y) => x - y),
      articles: inArticles.length,
      mentions: s.mentions,
      dates: [...new Set(inArticles.flatMap((a) => a.dates.map((d) => d.value)))].sort(),
      in: inArticles,
    });
  }
  return out.sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || byCodePoint(x.key, y.key) || x.number - y.number);
}
