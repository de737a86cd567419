// `vnews check`: the facts two articles state differently. Each article adds what it states to a
// summary (summary.ts: plain JSON, merged by unions, so shards checked apart combine); the
// findings are worked out from the summary at the end, one file per kind:
//   conference_date   one conference given dates that cannot be the same day (conference-dates.ts);
//   conference_count  one conference given different counts of one thing (claims.ts);
//   official_title    one person given conflicting titles in articles of one date (official-titles.ts);
//   claim             one claim key (../claims.ts) with different numbers (claims.ts);
//   near_duplicate    near-duplicate articles whose figures in matching sentences differ (near.ts);
//   event_figure      figures of one event's articles aligned as one quantity, with values that
//   event_period      cannot both be true (events.ts groups, alignment.ts pairs, event-figures.ts).
import { DEFAULT_THRESHOLD } from '../similar.js';
import { alignEvents } from './alignment.js';
import { claimFindings, sideId } from './claims.js';
import { conferenceDateFindings } from './conference-dates.js';
import { DEFAULT_MIN_SCORE, describeEvents, eventFindings } from './event-figures.js';
import { findEvents } from './events.js';
import { nearDigestPairs, nearDuplicateFindings } from './near.js';
import { officialTitleFindings } from './official-titles.js';
import { FINDING_KINDS, type CheckEvent, type CheckSummary, type Finding, type NearArticle } from './types.js';

export * from './types.js';
export { emptyCheckSummary, addToCheck, mergeCheck, mergeCheckInto } from './summary.js';
export { sameNumber } from '../../kinds/figures/compare.js';
export { sameDay } from '../../kinds/dates/compare.js';
export { SAME_SENTENCE } from './near.js';
export { DEFAULT_MIN_SCORE } from './event-figures.js';

/** What `findings` works out. */
export interface FindingOptions {
  /** Containment at which two articles are near-duplicates (similar.ts's default). */
  threshold?: number;
  /** Also the agreements between near-duplicates (many: every figure two copies share); true by default. */
  agreements?: boolean;
  /**
   * Only the disagreements: no agreement of any kind is built (what `check` shows without
   * `--all`; the agreements of many copies of an article hold every copy's sides). False by default.
   */
  disagreementsOnly?: boolean;
  /** The score from which an event's aligned figures that disagree are reported (DEFAULT_MIN_SCORE). */
  minScore?: number;
}

/** The events of a summary and what the event kinds need of them, worked out once. */
function eventState(summary: CheckSummary, threshold: number) {
  const events = findEvents(summary.near);
  const digests = events.ids.map((id) => summary.near.articles[id] as NearArticle);
  // Near-duplicates are compared by near_duplicate, sentence by sentence: not aligned again.
  const near = nearDigestPairs(summary.near, threshold);
  const number = new Map(events.ids.map((id, i) => [id, i]));
  const pairs = new Set(near.pairs.map(([i, j]) => [number.get(near.ids[i] as string) as number, number.get(near.ids[j] as string) as number].sort((x, y) => x - y).join(' ')));
  return { events, digests, skip: (a: number, b: number) => pairs.has([a, b].sort((x, y) => x - y).join(' ')) };
}

/** The groups of articles that report one event. */
export function checkEvents(summary: CheckSummary, options: Pick<FindingOptions, 'threshold'> = {}): CheckEvent[] {
  const { events, digests } = eventState(summary, options.threshold ?? DEFAULT_THRESHOLD);
  return describeEvents(digests, events);
}

/** The findings of a summary: disagreements first, by score. */
export function findings(summary: CheckSummary, options: FindingOptions = {}): Finding[] {
  const agreements = options.agreements ?? true;
  const all = !(options.disagreementsOnly ?? false);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const claims = claimFindings(summary, all);
  const out: Finding[] = [...conferenceDateFindings(summary, all), ...officialTitleFindings(summary, all), ...claims];
  out.push(...nearDuplicateFindings(summary, threshold, agreements && all));
  const { events, digests, skip } = eventState(summary, threshold);
  // The sides of the claims found (not of every claim two paths state: copies of one article state all theirs twice).
  const covered = new Set(claims.flatMap((f) => f.sides.map(sideId)));
  out.push(...eventFindings(covered, digests, events, alignEvents(digests, events, skip), options.minScore ?? DEFAULT_MIN_SCORE, all));
  const order = (f: Finding) => FINDING_KINDS.indexOf(f.kind);
  return out.sort((x, y) => Number(x.agree) - Number(y.agree) || y.score - x.score || order(x) - order(y) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
