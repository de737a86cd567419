// Officials across articles: who held which title, in which articles, with the dates those
// articles give. The state is plain JSON that merges by sums and unions, so shards summarized
// apart combine into the same answer (issue 7's map and reduce stand on this).
import type { Document } from '../types.js';
import { foldKey } from '../text/normalize.js';
import { roleOf } from '../kinds/officials/rules.js';
import { mostFrequent } from './order.js';

/** One article a title appears in, and the dates with a year the article gives. */
export interface ArticleRef {
  path: string;
  dates: string[];
}

/** One title a person is given across articles. */
export interface TitleAcross {
  /** The most frequent written form. */
  title: string;
  /** Its head title, e.g. `Bộ trưởng`. */
  role: string | null;
  articles: ArticleRef[];
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
  /** True when two articles give the person different head titles. */
  changed: boolean;
  titles: TitleAcross[];
}

interface TitleState {
  forms: Record<string, number>;
  /** Article path → that article's dates. */
  articles: Record<string, string[]>;
}

interface PersonState {
  names: Record<string, number>;
  mentions: number;
  titles: Record<string, TitleState>;
  articles: Record<string, true>;
}

/** The mergeable state: folded name → what the inputs say of that person. */
export type OfficialsSummary = Record<string, PersonState>;

/** The dates with a year an article gives (not spans of years such as `2021/2030`, which name plans), distinct, sorted. */
function articleDates(doc: Document): string[] {
  return [...new Set(doc.dates.map((d) => d.value).filter((v) => /^\d{4}/.test(v) && !/^\d{4}\/\d{4}$/.test(v)))].sort();
}

/** Add one article's officials to the summary. */
export function addDocument(summary: OfficialsSummary, doc: Document): void {
  const dates = articleDates(doc);
  for (const o of doc.officials) {
    const key = foldKey(o.name);
    const p = (summary[key] ??= { names: {}, mentions: 0, titles: {}, articles: {} });
    p.names[o.name] = (p.names[o.name] ?? 0) + o.mentions.length;
    p.mentions += o.mentions.length;
    p.articles[doc.path] = true;
    for (const title of o.titles) {
      const t = (p.titles[foldKey(title)] ??= { forms: {}, articles: {} });
      t.forms[title] = (t.forms[title] ?? 0) + 1;
      t.articles[doc.path] = dates;
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
/** Earliest date of a title's articles; undated titles sort last. */
const earliest = (t: TitleAcross) => t.articles.flatMap((a) => a.dates).sort()[0] ?? '\uffff';

/** Lower-case text without any diacritic (`lê hoài` → `le hoai`, `đ` → `d`). */
const unaccented = (lower: string) => lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');

/**
 * The people of a summary, most-reported first; `name` keeps those whose folded name contains it
 * (without diacritics when `name` has none: `le hoai trung` finds Lê Hoài Trung, as a search engine does).
 */
export function officialsAcross(summary: OfficialsSummary, name?: string): OfficialAcross[] {
  const wanted = name === undefined ? undefined : foldKey(name).replace(/\s+/g, ' ').trim();
  const plain = wanted !== undefined && unaccented(wanted) === wanted;
  const out: OfficialAcross[] = [];
  for (const [key, p] of Object.entries(summary)) {
    if (wanted !== undefined && !(plain ? unaccented(key) : key).includes(wanted)) continue;
    const titles: TitleAcross[] = Object.values(p.titles).map((t) => {
      const title = mostFrequent(t.forms);
      return {
        title,
        role: roleOf(title) ?? null,
        articles: Object.entries(t.articles)
          .map(([path, dates]) => ({ path, dates }))
          .sort(byPath),
      };
    });
    titles.sort((x, y) => (earliest(x) < earliest(y) ? -1 : earliest(x) > earliest(y) ? 1 : x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
    const roles = [...new Map(titles.filter((t) => t.role !== null).map((t) => [foldKey(t.role as string), t.role as string])).values()];
    // Changed: two articles give the person different sets of head titles (two titles held at
    // once in one article, `Phó Thủ tướng, Bộ trưởng`, are no change).
    const perArticle = new Map<string, Set<string>>();
    for (const t of titles) for (const a of t.articles) if (t.role) (perArticle.get(a.path) ?? perArticle.set(a.path, new Set()).get(a.path))?.add(foldKey(t.role));
    const signatures = new Set([...perArticle.values()].map((r) => [...r].sort().join('|')));
    out.push({ name: mostFrequent(p.names), key, articles: Object.keys(p.articles).length, mentions: p.mentions, roles, changed: signatures.size > 1, titles });
  }
  return out.sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
