// conference_date: one conference (series, number, term) given dates that cannot be the same day.
import { dict, pushTo } from '../../collections.js';
import { foldKey } from '../../text/normalize.js';
import { sameDay } from '../../kinds/dates/compare.js';
import type { Article } from '../article.js';
import { conferenceKey, type conferencesInArticle } from '../conferences.js';
import { compareKeyed, internSide, type sharerOf } from './shared.js';
import type { CheckSummary, Finding } from './types.js';

/** A date this close (in characters) to a conference's mention says when it met. */
const NEAR_MENTION = 60;

/**
 * How many days apart two articles' dates of one meeting may be: a session of the National
 * Assembly runs for weeks, a Party congress or a plenum for days; other meetings are dated to the day.
 */
const MEETING_DAYS: readonly (readonly [string, number])[] = [
  ['kỳ họp', 45],
  ['kì họp', 45],
  ['đại hội', 10],
  ['hội nghị trung ương', 10],
  ['hội chợ', 10],
  ['liên hoan', 10],
  ['festival', 10],
];

function spanDays(series: string): number {
  const key = foldKey(series);
  return MEETING_DAYS.find(([head]) => key.startsWith(head))?.[1] ?? 0;
}

/** A date value that names a day (or a span of days): `2023-12-13`, `--12-13`, `--12-18/--12-23`. */
const DAY = /^(?:\d{4}|-)-\d\d-\d\d(?:\/(?:\d{4}|-)-\d\d-\d\d)?$/;

/** The id a conference is checked by: series and number, and the term when the article gives one. */
export function checkConferenceId(series: string, number: number, term: number | undefined): string {
  return `${conferenceKey({ series, number }).id}${term !== undefined ? `/${term}` : ''}`;
}

/** The conferences an article speaks of: sentence index → their ids, and id → label. */
export interface ArticleConferences {
  confsOf: Map<number, string[]>;
  labels: Map<string, string>;
}

/** Add the day-level dates the article gives its conferences; the conferences by sentence, for the claims. */
export function addConferenceDates(
  summary: CheckSummary,
  article: Article,
  confs: ReturnType<typeof conferencesInArticle>,
  { own, share }: ReturnType<typeof sharerOf>,
): ArticleConferences {
  const { doc, sentences } = article;
  const confsOf = new Map<number, string[]>();
  const labels = new Map<string, string>();
  // The day-level dates by sentence (as indices into doc.dates), once for every conference.
  const daysBySentence = new Map<number, number[]>();
  doc.dates.forEach((d, i) => {
    if (DAY.test(d.value)) pushTo(daysBySentence, sentences.indexOf(d.start), i);
  });
  for (const c of confs) {
    const { series, number, term } = c.conference;
    const id = checkConferenceId(series, number, term);
    labels.set(id, `${series} ${number}${term !== undefined ? ` (khóa ${term})` : ''}`);
    for (const s of c.sentences) pushTo(confsOf, s, id);
    // The dates that say when it met: day-level, in a sentence that speaks of it, written close to
    // where it does (`Ngày 13/12, Hội nghị …`), not any date of the sentence after.
    const near = new Set<number>();
    for (const a of c.anchors) {
      for (const i of daysBySentence.get(sentences.indexOf(a.start)) ?? []) {
        const d = doc.dates[i] as (typeof doc.dates)[number];
        if (Math.max(a.start - d.end, d.start - a.end) <= NEAR_MENTION) near.add(i);
      }
    }
    const days = [...near].sort((x, y) => x - y).map((i) => doc.dates[i] as (typeof doc.dates)[number]);
    if (days.length === 0) continue;
    const entry = (summary.conferenceDates[id] ??= { series: own(labels.get(id) as string), days: spanDays(series), articles: dict() });
    entry.articles[doc.path] = share(days.map((d) => internSide({ line: d.line, text: d.text, value: d.value, sentence: sentences.at(d.start) }, own)));
  }
  return { confsOf, labels };
}

export function conferenceDateFindings(summary: CheckSummary, all: boolean): Finding[] {
  const out: Finding[] = [];
  for (const [id, e] of Object.entries(summary.conferenceDates)) {
    const f = compareKeyed('conference_date', e.series, id, e.articles, (x, y) => sameDay(x.value as string, y.value as string, e.days), true, all);
    if (f) out.push(f);
  }
  return out;
}
