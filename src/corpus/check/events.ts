// Events: the articles that report one event. Each distinct article (a digest: copies of one story
// under several paths are one case) is linked to another when their dates are within days of
// each other and they share rare named things (officials, places, organizations, conferences) and
// rare words, each weighted by how few articles have it (IDF); the events are the linked groups.
// Only pairs sharing a name or a word that few articles have are scored (an inverted index).
import { daysBetween } from '../../kinds/dates/compare.js';
import type { NearIndex } from './types.js';

/** Days apart two articles of one event may be dated. */
export const EVENT_DAYS = 4;
/** The similarity (0 to 1) at which two articles are linked into one event. */
export const EVENT_LINK = 0.3;
/** A name or word more than this share of the articles have (and more than MIN_COMMON) finds no pairs. */
const COMMON_SHARE = 0.2;
const MIN_COMMON = 8;
/** Shared names needed, at least, to link: the named things make an event. */
const MIN_SHARED_NAMES = 1;
/**
 * The IDF the shared names sum to for full similarity by names, in units of the rarest name's IDF
 * (about two rare names, or three fairly rare; the same on five articles as on five thousand).
 */
const NAMES_FULL = 1.7;
/** Two articles this alike are compared even when average linkage put them in two events. */
export const PAIR_LINK = 0.38;
/** The most articles an event is grown to (average linkage compares every pair of two groups). */
const MAX_EVENT = 40;

export interface Events {
  /** Digest ids, ordered by their first path. */
  ids: string[];
  /** Per digest (by number): its paths, sorted. */
  paths: string[][];
  /** Per digest: its event (index into `members`), or -1 when alone. */
  eventOf: number[];
  /** Per event: its digests (numbers), in order. */
  members: number[][];
  /** The IDF of names, over digests. */
  nameIdf: Map<string, number>;
  /**
   * Pairs of digests (numbers, the smaller first) alike enough to be of one event but in two
   * events (average linkage kept their groups apart): their figures are aligned too.
   */
  linked: [number, number][];
}

const compareStrings = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function idfOver(lists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const l of lists) for (const w of new Set(l)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = lists.length;
  const out = new Map<string, number>();
  for (const [w, d] of df) out.set(w, Math.log(1 + n / d));
  return out;
}

/** Cosine of two sets, each member weighted by its IDF. */
export function weightedCosine(a: readonly string[], b: readonly string[], idf: ReadonlyMap<string, number>): { score: number; shared: string[] } {
  const w = (x: string) => idf.get(x) ?? 0;
  const bs = new Set(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: string[] = [];
  for (const x of new Set(a)) {
    na += w(x) ** 2;
    if (bs.has(x)) {
      dot += w(x) ** 2;
      shared.push(x);
    }
  }
  for (const x of bs) nb += w(x) ** 2;
  return { score: na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb), shared: shared.sort((x, y) => w(y) - w(x) || compareStrings(x, y)) };
}

/** The day of the year of a day-level value (`--06-30`, `2017-06-30`), or undefined. */
function dayOfYear(v: string): number | undefined {
  const m = /^(?:\d{4}|-)-(\d\d)-(\d\d)/.exec(v);
  return m ? (daysBetween('2001-01-01', `2001-${m[1]}-${m[2]}`) ?? undefined) : undefined;
}

/**
 * Can two articles be of one event by the days they name (`sáng 30/6`; years left out: an
 * article's year is often unsaid, or a year it looks back to)? Some day of one within days of some
 * day of the other; an article that names no day can be of any.
 */
export function closeInTime(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = (a ?? []).map(dayOfYear).filter((d): d is number => d !== undefined);
  const y = (b ?? []).map(dayOfYear).filter((d): d is number => d !== undefined);
  if (x.length === 0 || y.length === 0) return true;
  return x.some((d) => y.some((e) => Math.min(Math.abs(d - e), 365 - Math.abs(d - e)) <= EVENT_DAYS));
}

/**
 * The names two articles share, their IDF summed, to 1 at NAMES_FULL rarest names' worth; `rare`: how many of them
 * are not among those more than `common` of the `n` articles have.
 */
function sharedWeight(a: readonly string[], b: readonly string[], idf: ReadonlyMap<string, number>, common: number, n: number): { score: number; shared: string[]; rare: number } {
  const bs = new Set(b);
  const floor = Math.log(1 + n / common);
  const shared = [...new Set(a)].filter((x) => bs.has(x));
  const sum = shared.reduce((t, x) => t + (idf.get(x) ?? 0), 0);
  return { score: Math.min(1, sum / (NAMES_FULL * Math.log(1 + n))), shared, rare: shared.filter((x) => (idf.get(x) ?? 0) > floor).length };
}

/** The events among a summary's digests. */
export function findEvents(near: NearIndex): Events {
  const byId = new Map<string, string[]>();
  for (const [path, id] of Object.entries(near.paths)) {
    if (!near.articles[id]) continue;
    const list = byId.get(id);
    if (list) list.push(path);
    else byId.set(id, [path]);
  }
  for (const list of byId.values()) list.sort(compareStrings);
  const ids = [...byId.keys()].sort((x, y) => compareStrings((byId.get(x) as string[])[0] as string, (byId.get(y) as string[])[0] as string));
  const paths = ids.map((id) => byId.get(id) as string[]);
  const digests = ids.map((id) => near.articles[id] as NonNullable<NearIndex['articles'][string]>);
  const nameIdf = idfOver(digests.map((d) => d.names ?? []));
  const termIdf = idfOver(digests.map((d) => d.terms ?? []));
  const n = ids.length;
  const common = Math.max(MIN_COMMON, COMMON_SHARE * n);

  // Candidate pairs: those sharing a name few digests have.
  const postings = new Map<string, number[]>();
  digests.forEach((d, i) => {
    for (const name of d.names ?? []) {
      const list = postings.get(name);
      if (list) list.push(i);
      else postings.set(name, [i]);
    }
  });
  const candidates = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > common) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] as number) * n + (list[y] as number);
        candidates.set(key, (candidates.get(key) ?? 0) + 1);
      }
    }
  }
  // Each candidate pair's similarity; then average linkage: the most alike pairs first, two groups
  // joined when their articles are, on average over every pair of them, alike enough (a pair not
  // scored counts 0), so that a chain of articles each like the next does not become one event.
  const sims = new Map<number, number>();
  for (const key of [...candidates.keys()].sort((x, y) => x - y)) {
    const [i, j] = [Math.floor(key / n), key % n];
    const [a, b] = [digests[i] as (typeof digests)[number], digests[j] as (typeof digests)[number]];
    if (!closeInTime(a.days, b.days) || (a.year !== undefined && b.year !== undefined && Math.abs(Number(a.year) - Number(b.year)) > 1)) continue;
    const names = sharedWeight(a.names ?? [], b.names ?? [], nameIdf, common, n);
    if (names.rare < MIN_SHARED_NAMES) continue;
    const terms = weightedCosine(a.terms ?? [], b.terms ?? [], termIdf);
    const sim = 0.5 * names.score + 0.5 * terms.score;
    if (sim >= EVENT_LINK) sims.set(key, sim);
  }
  const simOf = (i: number, j: number) => sims.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;
  const groupOf = ids.map((_, i) => i);
  const groupMembers = new Map<number, number[]>(ids.map((_, i) => [i, [i]]));
  for (const [key] of [...sims].sort((x, y) => y[1] - x[1] || x[0] - y[0])) {
    const [i, j] = [Math.floor(key / n), key % n];
    const [gi, gj] = [groupOf[i] as number, groupOf[j] as number];
    if (gi === gj) continue;
    const [mi, mj] = [groupMembers.get(gi) as number[], groupMembers.get(gj) as number[]];
    if (mi.length + mj.length > MAX_EVENT) continue;
    let total = 0;
    for (const x of mi) for (const y of mj) total += simOf(x, y);
    if (total / (mi.length * mj.length) < EVENT_LINK) continue;
    const [keep, gone] = gi < gj ? [gi, gj] : [gj, gi];
    const merged = [...(groupMembers.get(keep) as number[]), ...(groupMembers.get(gone) as number[])].sort((x, y) => x - y);
    for (const x of groupMembers.get(gone) as number[]) groupOf[x] = keep;
    groupMembers.set(keep, merged);
    groupMembers.delete(gone);
  }
  const members = [...groupMembers.values()].filter((g) => g.length > 1).sort((x, y) => (x[0] as number) - (y[0] as number));
  const eventOf = ids.map(() => -1);
  members.forEach((g, e) => {
    for (const i of g) eventOf[i] = e;
  });
  const linked: [number, number][] = [];
  for (const key of [...sims.keys()].sort((x, y) => x - y)) {
    const [i, j] = [Math.floor(key / n), key % n];
    if ((eventOf[i] !== eventOf[j] || eventOf[i] === -1) && (sims.get(key) as number) >= PAIR_LINK) linked.push([i, j]);
  }
  return { ids, paths, eventOf, members, nameIdf, linked };
}
