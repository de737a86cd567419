// Alignment inside an event: for each two articles of it, pair the figures (ranks, periods) that
// speak of the same quantity. A pair needs compatible units (a currency with its scale, a counted
// noun and its near-synonyms, durations in minutes or hours, `%`); it is scored by the words
// around the two figures (cosine, each word weighted by how rare it is among all the figures'
// contexts: TF-IDF), the named things their sentences share, the rank's place, and the years
// their sentences state; a figure is paired once per other article, best pairs first, and a pair
// that states the same number wins over one that does not (the same number is evidence of the
// same quantity: `18 dự án` pairs with `18 dự án`, not with `118 dự án`).
import { inFamilyUnit, ratioOf, sameNumber, unitKey, type FigureValue } from '../../kinds/figures/compare.js';
import { samePeriod } from '../../kinds/dates/compare.js';
import { weightedCosine, type Events } from './events.js';
import type { NearArticle, Quantity } from './types.js';

/** Pairs scoring below this are not aligned at all. */
export const ALIGN_MIN = 0.1;
/** What stating the same number adds when pairs are chosen. */
const AGREE_BONUS = 0.15;
/**
 * What it adds that each of two articles of an event states one figure in a unit, and only one:
 * the minutes a meeting lasted, the agreements signed (not units every article has several of).
 */
const ONLY_ONE = 0.3;
const COMMON_UNITS = new Set(['năm', 'tháng', 'ngày', '%', 'người', 'lần', 'usd', 'vnd', 'eur']);
/** A disagreeing pair is left when one of its figures agrees with another this nearly as well aligned. */
const ELSEWHERE = 0.6;

/** One aligned pair: digest and quantity numbers of each side, its score, and whether the values agree. */
export interface Link {
  a: number;
  qa: number;
  b: number;
  qb: number;
  score: number;
  agree: boolean;
  words: string[];
  entities: string[];
}

function idfOver(lists: Iterable<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const l of lists) {
    n++;
    for (const w of l) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [w, d] of df) out.set(w, Math.log(1 + n / d));
  return out;
}

/** A quantity as a figure value, durations in minutes. */
export function valueOf(q: Quantity): FigureValue {
  const v: FigureValue = { text: q.text, value: q.value, ...(q.value_max !== undefined ? { value_max: q.value_max } : {}), ...(q.qualifier !== undefined ? { qualifier: q.qualifier } : {}) };
  if (typeof q.value === 'number' && q.unit !== undefined) v.scaled = inFamilyUnit(q.value, q.unit);
  return v;
}

/** Can two quantities be of one thing, by kind and unit? */
function compatible(x: Quantity, y: Quantity): boolean {
  if (x.kind === 'period' || y.kind === 'period') return x.kind === y.kind;
  // Two ranks at different places are two things ranked (`thứ 8/116` is another country's).
  if (x.rank !== undefined && y.rank !== undefined && x.rank !== y.rank) return false;
  return unitKey(x.unit ?? '') === unitKey(y.unit ?? '');
}

/** Do two aligned quantities state compatible values? */
export function agreeing(x: Quantity, y: Quantity): boolean {
  if (x.kind === 'period') return samePeriod(x.value as string, y.value as string);
  if (x.kind === 'rank' && y.kind === 'rank' && x.rank !== y.rank) return false;
  return sameNumber(valueOf(x), valueOf(y));
}

/** How much a difference in size says against two figures being one quantity. */
function sizeFactor(x: Quantity, y: Quantity): number {
  if (typeof x.value !== 'number' || typeof y.value !== 'number') return 1;
  const r = ratioOf(valueOf(x).scaled ?? x.value, valueOf(y).scaled ?? y.value);
  return r <= 1.5 ? 1 : r <= 3 ? 0.85 : r <= 10 ? 0.4 : 0.15;
}

/** What the years two sentences state say: the same or none, 1; one states some, a little less; different years, little. */
function yearFactor(x: Quantity, y: Quantity): number {
  if (x.years.length === 0 && y.years.length === 0) return 1;
  if (x.years.length === 0 || y.years.length === 0) return 0.75;
  return x.years.some((v) => y.years.includes(v)) ? 1 : 0.3;
}

/** Two sentences that each state days, none the same, speak of two days (a daily count is not the next day's). */
function dayFactor(x: Quantity, y: Quantity): number {
  if (!x.days || !y.days) return 1;
  // A month (`--04`) matches its days (`--04-25`).
  const meet = (a: string, b: string) => a === b || (a.length === 4 && b.startsWith(a)) || (b.length === 4 && a.startsWith(b));
  return x.days.some((d) => (y.days as string[]).some((e) => meet(d, e))) ? 1 : 0.3;
}

/** The score of two quantities' alignment (0 to 1), and why. */
function scorePair(x: Quantity, y: Quantity, dx: NearArticle, dy: NearArticle, contextIdf: ReadonlyMap<string, number>, nameIdf: ReadonlyMap<string, number>, onlyOnes: boolean) {
  const words = weightedCosine(x.context, y.context, contextIdf);
  const namesOf = (d: NearArticle, q: Quantity) => (d.sentenceNames?.[q.sentence] ?? []).map((i) => d.names[i] as string);
  const entities = weightedCosine(namesOf(dx, x), namesOf(dy, y), nameIdf);
  let score = 0.7 * words.score + 0.3 * entities.score;
  if (x.rank !== undefined && x.rank === y.rank) score += 0.3;
  if (onlyOnes) score += ONLY_ONE;
  score = Math.min(1, score) * yearFactor(x, y) * dayFactor(x, y) * sizeFactor(x, y);
  // The shared pairs of words (rarest first), then the single words no pair shows.
  const pairs = words.shared.filter((w) => w.includes(' '));
  const inPairs = new Set(pairs.flatMap((w) => w.split(' ')));
  const shown = [...pairs, ...words.shared.filter((w) => !w.includes(' ') && !inPairs.has(w))].slice(0, 6);
  return { score, words: shown, entities: entities.shared.slice(0, 6) };
}

/**
 * The aligned pairs of every event, for each two of its digests that are not near-duplicates of
 * each other (`skip`, whose figures near_duplicate compares sentence by sentence).
 */
export function alignEvents(digests: readonly NearArticle[], events: Events, skip: (a: number, b: number) => boolean): Link[] {
  const contextIdf = idfOver(
    (function* () {
      for (const d of digests) for (const q of d.quantities ?? []) yield q.context;
    })(),
  );
  const links: Link[] = [];
  const pairs: [number, number][] = [];
  for (const members of events.members) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push([members[x] as number, members[y] as number]);
  pairs.push(...events.linked);
  {
    {
      for (const [a, b] of pairs) {
        // Near-duplicates' figures are compared by near_duplicate, sentence by sentence: only their ranks and periods here.
        const near = skip(a, b);
        const [da, db] = [digests[a] as NearArticle, digests[b] as NearArticle];
        const qas = da.quantities ?? [];
        const qbs = db.quantities ?? [];
        const units = (qs: readonly Quantity[]) => {
          const c = new Map<string, number>();
          for (const q of qs) if (q.kind === 'figure') c.set(unitKey(q.unit ?? ''), (c.get(unitKey(q.unit ?? '')) ?? 0) + 1);
          return c;
        };
        const [ua, ub] = [units(qas), units(qbs)];
        const candidates: Link[] = [];
        qas.forEach((qx, i) => {
          if (near && qx.kind === 'figure') return;
          qbs.forEach((qy, j) => {
            if (!compatible(qx, qy)) return;
            const unit = unitKey(qx.unit ?? '');
            const onlyOnes = qx.kind === 'figure' && qy.kind === 'figure' && !COMMON_UNITS.has(unit) && ua.get(unit) === 1 && ub.get(unit) === 1;
            const s = scorePair(qx, qy, da, db, contextIdf, events.nameIdf, onlyOnes);
            if (s.score < ALIGN_MIN) return;
            candidates.push({ a, qa: i, b, qb: j, score: s.score, agree: agreeing(qx, qy), words: s.words, entities: s.entities });
          });
        });
        const rank = (l: Link) => l.score + (l.agree ? AGREE_BONUS : 0);
        candidates.sort((l, m) => rank(m) - rank(l) || l.qa - m.qa || l.qb - m.qb);
        const usedA = new Set<number>();
        const usedB = new Set<number>();
        for (const l of candidates) {
          if (usedA.has(l.qa) || usedB.has(l.qb)) continue;
          usedA.add(l.qa);
          usedB.add(l.qb);
          // A value one side states differently here but, the same, elsewhere in the other article
          // (in a context nearly as alike) is another quantity's.
          if (!l.agree && candidates.some((m) => m.agree && (m.qa === l.qa || m.qb === l.qb) && m.score >= ELSEWHERE * l.score)) continue;
          links.push(l);
        }
      }
    }
  }
  return links;
}
