// Officials across articles: who held which title, in which articles, each dated by the article's
// own date (its dateline, else the date it names most), and the titles a person held at once
// shown together. The state is plain JSON that merges by sums and unions, so shards summarized
// apart combine into the same answer (issue 7's map and reduce stand on this).
import type { Document, Official } from '../types.js';
import { foldKey, unaccented, withoutDiacritics } from '../text/normalize.js';
import { roleOf } from '../kinds/officials/rules.js';
import { mostFrequent } from './order.js';
import { dict } from '../collections.js';

/** One article a title appears in, and the date it holds the title on: the article's own date (see `articleDate`), or null. */
export interface ArticleRef {
  path: string;
  date: string | null;
}

/** One title a person is given across articles. */
export interface TitleAcross {
  /** The most frequent written form. */
  title: string;
  /** Its head title, e.g. `Bộ trưởng`. */
  role: string | null;
  /** By date (undated last), then path. */
  articles: ArticleRef[];
  /** The first and the last of `articles` (by date, undated last). */
  first: ArticleRef;
  last: ArticleRef;
  /** The earliest and the latest date its articles hold it on (null when none is dated). */
  from: string | null;
  to: string | null;
}

/** A stretch of a person's timeline: the head titles held together (`Phó Thủ tướng + Bộ trưởng`), the articles that give them and their dates. */
export interface TitleStage {
  roles: string[];
  articles: number;
  from: string | null;
  to: string | null;
}

/** `vnews officials`: one entry per person across all inputs. */
export interface OfficialAcross {
  /** The most frequent written form of the name. */
  name: string;
  /** The folded key names are compared by. */
  key: string;
  /** Number of articles naming the person. */
  articles: number;
  mentions: number;
  /** Distinct head titles, in the order their earliest article is dated. */
  roles: string[];
  /** True when the timeline has more than one stage: a head title given, then another instead. */
  changed: boolean;
  /** The head titles in date order, those given together in one article (or in articles of which one gives more) as one stage. */
  timeline: TitleStage[];
  titles: TitleAcross[];
}

interface TitleState {
  forms: Record<string, number>;
  /** Article path → the date the title is held on there (`articleDate`, or the title's own), '' when undated. */
  articles: Record<string, string>;
}

interface PersonState {
  names: Record<string, number>;
  mentions: number;
  titles: Record<string, TitleState>;
  articles: Record<string, true>;
}

/** The mergeable state: folded name → what the inputs say of that person. */
export type OfficialsSummary = Record<string, PersonState>;

/** Lines from the top in which a date with a year is taken for the article's dateline. */
const DATELINE_LINES = 2;

/**
 * The article's own date, `2023-11-02`, `2023-11` or `2023`: its dateline (a full date on its
 * first lines), else the year it names most (ties: the latest, as an article recalls the past
 * more than it names the future) and in it the fullest date named most (ties: the latest).
 * A range counts by its start; spans of years (`2021/2030`, plans) are no date. Null when it
 * names no date with a year. Not every date it mentions: an article of 2025 that recalls 1945
 * and plans for 2030 is dated 2025.
 */
export function articleDate(doc: Pick<Document, 'dates'>): string | null {
  const dated = doc.dates
    .filter((d) => /^\d{4}/.test(d.value) && !/^\d{4}\/\d{4}$/.test(d.value))
    .map((d) => ({ value: d.value.split('/')[0] as string, line: d.line, start: d.start }))
    .sort((a, b) => a.start - b.start);
  const dateline = dated.find((d) => d.line <= DATELINE_LINES && d.value.length === 10);
  if (dateline) return dateline.value;
  const best = (counts: Map<string, number>, rank: (v: string) => number = () => 0) =>
    [...counts].reduce<[string, number] | undefined>((b, [v, n]) => (b === undefined || rank(v) > rank(b[0]) || (rank(v) === rank(b[0]) && (n > b[1] || (n === b[1] && v > b[0]))) ? [v, n] : b), undefined)?.[0] ?? null;
  const years = new Map<string, number>();
  for (const d of dated) years.set(d.value.slice(0, 4), (years.get(d.value.slice(0, 4)) ?? 0) + 1);
  const year = best(years);
  if (year === null) return null;
  const inYear = new Map<string, number>();
  for (const d of dated) if (d.value.startsWith(year)) inYear.set(d.value, (inYear.get(d.value) ?? 0) + 1);
  return best(inYear, (v) => v.length);
}

/** The date a title is held on in one article: the title's own date, when what read it gives one, else the article's. */
export type TitleDate = (official: Official, title: string, articleDate: string | null) => string | null;
/** A title read from a biography's career line is dated by that line (its start), so a career sorts in order; any other by the article. */
const byArticle: TitleDate = (official, title, date) => {
  const key = foldKey(title);
  return official.career?.find((c) => foldKey(c.title) === key)?.from ?? date;
};

/** Add one article's officials to the summary; `titleDate` may date a title itself (a biography's dates), else the article's date is taken. */
export function addDocument(summary: OfficialsSummary, doc: Document, titleDate: TitleDate = byArticle): void {
  const date = articleDate(doc);
  for (const o of doc.officials) {
    const key = foldKey(o.name);
    const p = (summary[key] ??= { names: dict(), mentions: 0, titles: dict(), articles: dict() });
    p.names[o.name] = (p.names[o.name] ?? 0) + o.mentions.length;
    p.mentions += o.mentions.length;
    p.articles[doc.path] = true;
    for (const title of o.titles) {
      const t = (p.titles[foldKey(title)] ??= { forms: dict(), articles: dict() });
      t.forms[title] = (t.forms[title] ?? 0) + 1;
      t.articles[doc.path] = titleDate(o, title, date) ?? '';
    }
  }
}

/** Combine two summaries (of disjoint or overlapping inputs) into one; neither is changed. */
export function mergeSummaries(a: OfficialsSummary, b: OfficialsSummary): OfficialsSummary {
  const out: OfficialsSummary = structuredClone(a);
  mergeSummariesInto(out, structuredClone(b));
  return out;
}

/** Fold `from` into `into` and return it, in time proportional to `from` (which may share objects with `into` afterwards). */
export function mergeSummariesInto(into: OfficialsSummary, from: OfficialsSummary): OfficialsSummary {
  for (const [key, q] of Object.entries(from)) {
    const p = into[key];
    if (p === undefined) {
      into[key] = q;
      continue;
    }
    for (const [n, c] of Object.entries(q.names)) p.names[n] = (p.names[n] ?? 0) + c;
    p.mentions += q.mentions;
    Object.assign(p.articles, q.articles);
    for (const [tk, tq] of Object.entries(q.titles)) {
      const t = p.titles[tk];
      if (t === undefined) {
        p.titles[tk] = tq;
        continue;
      }
      for (const [f, c] of Object.entries(tq.forms)) t.forms[f] = (t.forms[f] ?? 0) + c;
      Object.assign(t.articles, tq.articles);
    }
  }
  return into;
}

const byPath = (x: ArticleRef, y: ArticleRef) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
/** By date, undated last, then by path. */
const byDate = (x: ArticleRef, y: ArticleRef) => ((x.date ?? '\uffff') < (y.date ?? '\uffff') ? -1 : (x.date ?? '\uffff') > (y.date ?? '\uffff') ? 1 : byPath(x, y));
/** Earliest date of a title's articles; undated titles sort last. */
const earliest = (t: TitleAcross) => t.first.date ?? '\uffff';

/**
 * A person's head titles in date order as stages: each article gives a set of head titles; in
 * date order, a set that holds the stage's or is held in it (an article naming one of two titles
 * held at once) joins the stage, another set starts the next one.
 */
function timelineOf(titles: readonly TitleAcross[]): TitleStage[] {
  const perArticle = new Map<string, { date: string | null; roles: Map<string, string> }>();
  for (const t of titles) {
    if (t.role === null) continue;
    for (const a of t.articles) {
      const entry = perArticle.get(a.path) ?? perArticle.set(a.path, { date: a.date, roles: new Map() }).get(a.path);
      entry?.roles.set(foldKey(t.role), t.role);
      if (entry && a.date !== null && (entry.date === null || a.date < entry.date)) entry.date = a.date;
    }
  }
  const articles = [...perArticle.entries()].map(([path, e]) => ({ path, ...e })).sort((x, y) => byDate({ path: x.path, date: x.date }, { path: y.path, date: y.date }));
  const stages: (TitleStage & { keys: Map<string, string> })[] = [];
  for (const a of articles) {
    const stage = stages.at(-1);
    const within = (inner: Map<string, string>, outer: Map<string, string>) => [...inner.keys()].every((k) => outer.has(k));
    if (stage && (within(a.roles, stage.keys) || within(stage.keys, a.roles))) {
      for (const [k, r] of a.roles) stage.keys.set(k, r);
      stage.articles++;
      if (a.date !== null) {
        if (stage.from === null || a.date < stage.from) stage.from = a.date;
        if (stage.to === null || a.date > stage.to) stage.to = a.date;
      }
    } else stages.push({ keys: new Map(a.roles), roles: [], articles: 1, from: a.date, to: a.date });
  }
  return stages.map(({ keys, ...s }) => ({ ...s, roles: [...keys.values()] }));
}

/**
 * The people of a summary, most-reported first; `name` keeps those whose folded name contains it
 * (without diacritics when `name` has none: `le hoai trung` finds Lê Hoài Trung, as a search engine does).
 */
export function officialsAcross(summary: OfficialsSummary, name?: string): OfficialAcross[] {
  const wanted = name === undefined ? undefined : foldKey(name).replace(/\s+/g, ' ').trim();
  const plain = wanted !== undefined && withoutDiacritics(wanted);
  const out: OfficialAcross[] = [];
  for (const [key, p] of Object.entries(summary)) {
    if (wanted !== undefined && !(plain ? unaccented(key) : key).includes(wanted)) continue;
    const titles: TitleAcross[] = Object.values(p.titles).map((t) => {
      const title = mostFrequent(t.forms);
      const articles = Object.entries(t.articles)
        .map(([path, date]) => ({ path, date: date === '' ? null : date }))
        .sort(byDate);
      const dated = articles.filter((a) => a.date !== null);
      return {
        title,
        role: roleOf(title) ?? null,
        articles,
        first: articles[0] as ArticleRef,
        last: articles[articles.length - 1] as ArticleRef,
        from: dated[0]?.date ?? null,
        to: dated.at(-1)?.date ?? null,
      };
    });
    titles.sort((x, y) => (earliest(x) < earliest(y) ? -1 : earliest(x) > earliest(y) ? 1 : x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
    const roles = [...new Map(titles.filter((t) => t.role !== null).map((t) => [foldKey(t.role as string), t.role as string])).values()];
    // Changed: the timeline has two stages (two titles held at once, `Phó Thủ tướng, Bộ trưởng`,
    // or an article naming only one of them, are no change).
    const timeline = timelineOf(titles);
    out.push({ name: mostFrequent(p.names), key, articles: Object.keys(p.articles).length, mentions: p.mentions, roles, changed: timeline.length > 1, timeline, titles });
  }
  return out.sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
