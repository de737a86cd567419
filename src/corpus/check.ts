// `vnews check`: the facts two articles state differently. Each article adds what it says to a
// summary (plain JSON, merged by unions, so shards checked apart combine); the findings are
// worked out from the summary at the end:
//   conference_date   one conference (series, number, term) given dates that cannot be the same day;
//   conference_count  one conference given different counts of one thing (`hơn 300 đại biểu` / `hơn 350`);
//   official_title    one person given titles that conflict (neither includes the other) in
//                     articles of the same date;
//   claim             one claim (claims.ts: unit, subject, measure, time) with different numbers;
//   near_duplicate    two near-duplicate articles (one story from two sites) whose figures in
//                     matching sentences differ.
// Two articles disagree only when nothing one says matches anything the other says under the key.
import { pushTo, dict } from '../collections.js';
import { createHash } from 'node:crypto';
import type { Figure, FigureQualifier } from '../types.js';
import { foldKey } from '../text/normalize.js';
import { roleOf } from '../kinds/officials/rules.js';
import type { Article } from './article.js';
import { conferenceKey, conferencesInArticle } from './conferences.js';
import { articleDate, claimOf } from './claims.js';
import { DEFAULT_THRESHOLD, SHINGLE_SIZE, SIGNATURE_SIZE, candidatesAmong, fnv1a, compare as compareSignatures, packMinhash, signature, unpackMinhash, type Signature } from './similar.js';

export type FindingKind = 'conference_date' | 'conference_count' | 'official_title' | 'claim' | 'near_duplicate';
export const FINDING_KINDS: readonly FindingKind[] = ['conference_date', 'conference_count', 'official_title', 'claim', 'near_duplicate'];

/** One article's side of a finding: what it states, where, and the sentence it stands in. */
export interface CheckSide {
  path: string;
  line: number;
  /** As written: the figure, the date, or the person with title. */
  text: string;
  /** What is compared: a number for figures, an ISO date, or a head title. */
  value: number | string;
  /** The upper end of a range (`600 – 800 triệu USD`). */
  value_max?: number;
  /** A figure's unit and qualifier. */
  unit?: string;
  qualifier?: FigureQualifier;
  sentence: string;
}

/** One fact several articles state, and whether they agree on it. */
export interface Finding {
  kind: FindingKind;
  /** False when two of the articles state it in ways that cannot both be true. */
  agree: boolean;
  /** What the fact is about, for people: `Hội nghị Ngoại vụ toàn quốc 20 · đại biểu`. */
  subject: string;
  /** The key the sides were grouped by (documented in the README). */
  key: string;
  /** Every article's statements of it, by article. */
  sides: CheckSide[];
}

/**
 * A side as a summary keeps it: without its path, which is the key it is kept under. Copies of an
 * article (the same statements under another path) share one.
 */
type Stated = Omit<CheckSide, 'path'>;

interface TitleSide {
  name: string;
  roles: string[];
  side: Stated;
}

/**
 * One figure with a unit, as near-duplicates compare it: a CheckSide without its path, its
 * sentence given by number (into NearArticle.sentences).
 */
interface NearFigure {
  line: number;
  text: string;
  value: number;
  value_max?: number;
  unit: string;
  qualifier?: FigureQualifier;
  sentence: number;
}

/**
 * What near-duplicate articles are compared by, once for any number of identical articles (a
 * page saved twice, or under two paths): the MinHash signature and the figures with a unit.
 */
interface NearArticle {
  /** Distinct shingles (similar.ts). */
  shingles: number;
  /** The MinHash signature, packed (similar.ts's packMinhash). */
  minhash: string;
  /** The sentences of the figures, each once. */
  sentences: string[];
  figures: NearFigure[];
}

/** The near-duplicate comparison's state: a digest per distinct article, and which one each path is. */
interface NearIndex {
  shingleSize: number;
  signatureSize: number;
  /** Path → the id of its digest in `articles`. */
  paths: Record<string, string>;
  /** Digest id (a hash of the digest) → the digest. */
  articles: Record<string, NearArticle>;
}

/** The mergeable state of `check` (plain JSON). */
export interface CheckSummary {
  /** Conference id → article → the day-level dates stated with it. */
  conferenceDates: Record<string, { series: string; days: number; articles: Record<string, Stated[]> }>;
  /** Person key → article date → article → the titles the article gives. */
  titles: Record<string, Record<string, Record<string, TitleSide>>>;
  /** Claim key → what the claim is about → article → its figures under that key. */
  claims: Record<string, { subject: string; conference: boolean; articles: Record<string, Stated[]> }>;
  /** The articles' MinHash signatures and figures with a unit, which find and compare the near-duplicates (similar.ts). */
  near: NearIndex;
}

export function emptyCheckSummary(): CheckSummary {
  return { conferenceDates: dict(), titles: dict(), claims: dict(), near: { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, paths: dict(), articles: dict() } };
}

/**
 * What a summary keeps, each once: the strings (the same sentence of two copies of an article is
 * one string, and no string kept is a slice that holds its whole article's text alive), and the
 * sides of an article under one key (copies of an article share them). Not part of the JSON: a
 * summary read back shares what is added to it from then on.
 */
interface Shared {
  strings: Map<string, string>;
  /** A hash of the JSON of what is kept → the first kept with that hash. */
  values: Map<number, unknown>;
}

const shared = new WeakMap<CheckSummary, Shared>();

/** The functions that intern a summary's strings and share its sides. */
function sharerOf(summary: CheckSummary): { own: (s: string) => string; share: <T>(value: T) => T } {
  let t = shared.get(summary);
  if (!t) shared.set(summary, (t = { strings: new Map(), values: new Map() }));
  const { strings, values } = t;
  const own = (s: string) => {
    let kept = strings.get(s);
    if (kept === undefined) {
      // A copy of its own (V8 slices and concatenates without copying; a parsed string is flat).
      kept = s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
      strings.set(kept, kept);
    }
    return kept;
  };
  const share = <T>(value: T): T => {
    const json = JSON.stringify(value);
    // 30 bits: a small integer as a key. Two values with one hash are both kept, the later unshared.
    const h = fnv1a(json) & 0x3fffffff;
    const kept = values.get(h);
    if (kept === undefined) values.set(h, value);
    else if (JSON.stringify(kept) === json) return kept as T;
    return value;
  };
  return { own, share };
}

/** A side with its strings interned (changed in place). */
function internSide<S extends Stated>(side: S, own: (s: string) => string): S {
  side.text = own(side.text);
  if (typeof side.value === 'string') side.value = own(side.value);
  if (side.unit !== undefined) side.unit = own(side.unit);
  side.sentence = own(side.sentence);
  return side;
}

/** A figure's side, without its path. */
function figureSide(f: Figure, sentence: string): Stated {
  return {
    line: f.line,
    text: f.text,
    value: f.value,
    ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
    ...(f.unit !== null ? { unit: f.unit } : {}),
    ...(f.qualifier !== null ? { qualifier: f.qualifier } : {}),
    sentence,
  };
}

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

/** Add what one article states to the summary. */
export function addToCheck(summary: CheckSummary, article: Article): void {
  const { doc, sentences } = article;
  const { own, share } = sharerOf(summary);
  const path = doc.path;
  const confs = conferencesInArticle(article);
  /** Sentence index → the conference ids it speaks of. */
  const confsOf = new Map<number, string[]>();
  const labels = new Map<string, string>();
  for (const c of confs) {
    const { series, number, term } = c.conference;
    const id = checkConferenceId(series, number, term);
    labels.set(id, `${series} ${number}${term !== undefined ? ` (khóa ${term})` : ''}`);
    for (const s of c.sentences) confsOf.set(s, [...(confsOf.get(s) ?? []), id]);
    // The dates that say when it met: day-level, in a sentence that speaks of it, written close to
    // where it does (`Ngày 13/12, Hội nghị …`), not any date of the sentence after.
    const days = doc.dates.filter(
      (d) =>
        DAY.test(d.value) &&
        c.anchors.some((a) => sentences.indexOf(a.start) === sentences.indexOf(d.start) && Math.max(a.start - d.end, d.start - a.end) <= NEAR_MENTION),
    );
    if (days.length === 0) continue;
    const entry = (summary.conferenceDates[id] ??= { series: own(labels.get(id) as string), days: spanDays(series), articles: dict() });
    entry.articles[path] = share(days.map((d) => internSide({ line: d.line, text: d.text, value: d.value, sentence: sentences.at(d.start) }, own)));
  }

  const date = articleDate(article);
  if (date !== undefined) {
    for (const o of doc.officials) {
      const roles = [...new Set(o.titles.map((t) => roleOf(t)).filter((r): r is string => r !== undefined))].map(own);
      if (roles.length === 0) continue;
      const first = o.mentions.find((m) => o.titles.some((t) => m.text.includes(t))) ?? o.mentions[0];
      if (!first) continue;
      const byDate = (summary.titles[foldKey(o.name)] ??= dict());
      (byDate[date] ??= dict())[path] = share({
        name: own(o.name),
        roles,
        side: internSide({ line: first.line, text: first.text, value: roles.join(', '), sentence: sentences.at(first.start) }, own),
      });
    }
  }

  const near: NearArticle = { ...signatureDigest(article.text), sentences: [], figures: [] };
  const sentenceNumbers = new Map<string, number>();
  /** The article's figures under each claim key, kept when the article is done. */
  const claimed = new Map<string, Stated[]>();
  for (const f of doc.figures) {
    if (f.unit === null) continue;
    const side = internSide(figureSide(f, sentences.at(f.start)), own);
    let n = sentenceNumbers.get(side.sentence);
    if (n === undefined) {
      sentenceNumbers.set(side.sentence, (n = near.sentences.length));
      near.sentences.push(side.sentence);
    }
    near.figures.push({
      line: side.line,
      text: side.text,
      value: side.value as number,
      ...(side.value_max !== undefined ? { value_max: side.value_max } : {}),
      unit: side.unit as string,
      ...(side.qualifier !== undefined ? { qualifier: side.qualifier } : {}),
      sentence: n,
    });
    const ids = confsOf.get(sentences.indexOf(f.start)) ?? [];
    const claim = claimOf(article, f, ids);
    if (!claim) continue;
    const subject = ids.length > 0 ? ids.map((id) => labels.get(id)).join(', ') : claim.subject.join(', ');
    const entry = (summary.claims[claim.key] ??= {
      subject: own(`${subject} · ${claim.measure ? `${claim.measure} ` : ''}${f.unit}${claim.time ? ` · ${claim.time}` : ''}`),
      conference: ids.length > 0,
      articles: dict(),
    });
    // After what the path already has under the key (an article added twice states it twice);
    // kept arrays may be shared, so a new one.
    let sides = claimed.get(claim.key);
    if (!sides) claimed.set(claim.key, (sides = [...(entry.articles[path] ?? [])]));
    sides.push(side);
  }
  for (const [key, sides] of claimed) (summary.claims[key] as CheckSummary['claims'][string]).articles[path] = share(sides);
  addNear(summary.near, path, near, own);
}

/** An article's MinHash signature, packed. */
function signatureDigest(text: string): Pick<NearArticle, 'shingles' | 'minhash'> {
  const sig = signature(text);
  return { shingles: sig.shingles, minhash: packMinhash(sig.minhash) };
}

/** The id of a digest: identical articles (the same signature, the same figures in the same sentences) have one. */
function nearId(near: NearArticle): string {
  return createHash('sha256').update(JSON.stringify([near.shingles, near.minhash, near.sentences, near.figures])).digest('base64url');
}

/** Add (or replace) a path's digest, kept once however many paths have it. */
function addNear(index: NearIndex, path: string, near: NearArticle, own: (s: string) => string): void {
  const id = own(nearId(near));
  index.articles[id] ??= near;
  index.paths[path] = id;
}

/** The id a conference is checked by: series and number, and the term when the article gives one. */
function checkConferenceId(series: string, number: number, term: number | undefined): string {
  return `${conferenceKey({ series, number }).id}${term !== undefined ? `/${term}` : ''}`;
}

/** Combine two summaries into one; neither is changed. */
export function mergeCheck(a: CheckSummary, b: CheckSummary): CheckSummary {
  const out = structuredClone(a);
  mergeCheckInto(out, structuredClone(b));
  return out;
}

/**
 * Fold `from` into `into` and return it (`from` wins for an article in both), in time proportional to `from`'s
 * size. `into` keeps parts of `from` rather than copies: `from` is not to be used afterwards.
 */
export function mergeCheckInto(into: CheckSummary, from: CheckSummary): CheckSummary {
  if (into.near.shingleSize !== from.near.shingleSize || into.near.signatureSize !== from.near.signatureSize) {
    throw new Error(
      `cannot merge check summaries built with different signatures (${into.near.shingleSize}/${into.near.signatureSize} and ${from.near.shingleSize}/${from.near.signatureSize})`,
    );
  }
  const { own, share } = sharerOf(into);
  const fold = (to: Record<string, Stated[]>, articles: Record<string, Stated[]>) => {
    for (const [path, list] of Object.entries(articles)) to[path] = share(list.map((side) => internSide(side, own)));
  };
  for (const [id, e] of Object.entries(from.conferenceDates)) fold((into.conferenceDates[id] ??= { series: own(e.series), days: e.days, articles: dict() }).articles, e.articles);
  for (const [person, byDate] of Object.entries(from.titles)) {
    const p = (into.titles[person] ??= dict());
    for (const [date, articles] of Object.entries(byDate)) {
      const to = (p[date] ??= dict());
      for (const [path, t] of Object.entries(articles)) {
        t.name = own(t.name);
        t.roles = t.roles.map(own);
        internSide(t.side, own);
        to[path] = share(t);
      }
    }
  }
  for (const [key, e] of Object.entries(from.claims)) fold((into.claims[key] ??= { subject: own(e.subject), conference: e.conference, articles: dict() }).articles, e.articles);
  for (const [path, id] of Object.entries(from.near.paths)) {
    const near = from.near.articles[id];
    if (near) into.near.articles[id] ??= near;
    into.near.paths[path] = own(id);
  }
  return into;
}

// ---- comparing ----

/** The written number of a figure: its digits, how many decimals, and the scale words' factor. */
const numerals = new WeakMap<Stated, { decimals: number; scale: number; written: number } | undefined>();

function numeralOf(side: Stated): { decimals: number; scale: number; written: number } | undefined {
  if (numerals.has(side)) return numerals.get(side);
  const n = parseNumeral(side);
  numerals.set(side, n);
  return n;
}

function parseNumeral(side: Stated): { decimals: number; scale: number; written: number } | undefined {
  const numeral = /\d[\d.]*(?:,(\d+))?/.exec(side.text);
  if (!numeral || typeof side.value !== 'number') return undefined;
  const written = Number(numeral[0].replace(/\./g, '').replace(',', '.'));
  return { decimals: numeral[1]?.length ?? 0, scale: written > 0 ? side.value / written : 1, written };
}

/** How finely a figure is written: `558 triệu` to the million, `5,48 tỷ` to ten million, `300` to one. */
function precisionOf(side: Stated): number {
  const n = numeralOf(side);
  return n ? n.scale * 10 ** -n.decimals : 1;
}

/** The place of a figure's last significant digit: `3.200` → 100, `350` → 10, `5,5 tỷ` → 1e8. */
function stepOf(side: Stated): number {
  const n = numeralOf(side);
  if (!n || n.written === 0) return 1;
  if (n.decimals > 0) return precisionOf(side);
  let step = 1;
  while (n.written % (step * 10) === 0) step *= 10;
  return step * n.scale;
}

/** The numbers a figure can mean: its value as finely as written, widened by its qualifier (`hơn 3.200` → 3.200 to 3.300). */
function rangeOf(side: Stated, exact: boolean): [number, number] {
  const v = side.value as number;
  const half = precisionOf(side) / 2;
  const lo = v - half;
  const hi = (side.value_max ?? v) + half;
  if (exact) return [lo, hi];
  const step = stepOf(side);
  switch (side.qualifier) {
    case 'more_than':
      return [lo, hi + step];
    case 'at_least':
      return [lo, Infinity];
    case 'nearly':
      return [lo - step, hi];
    case 'less_than':
      return [0, hi];
    case 'about':
      return [lo - step, hi + step];
    default:
      return [lo, hi];
  }
}

/**
 * Can two figures state the same number? Each is taken as finely as it is written (`558 triệu`
 * and `557,6 triệu` can). When only one is qualified, its qualifier widens it (`hơn 1.600 dự án`
 * and `1615 dự án` can); when both are, the numbers written are compared (`hơn 300 đại biểu` and
 * `hơn 350 đại biểu` are two counts).
 */
export function sameNumber(a: Stated, b: Stated): boolean {
  const exact = (a.qualifier === undefined) === (b.qualifier === undefined);
  const [alo, ahi] = rangeOf(a, exact);
  const [blo, bhi] = rangeOf(b, exact);
  // Open intervals: `27` and `28` meet at 27.5 but are not the same number. The overlap must be
  // more than rounding noise, measured against the narrower interval (not the numbers' size).
  const overlap = Math.min(ahi, bhi) - Math.max(alo, blo);
  return overlap > 1e-6 * Math.min(ahi - alo, bhi - blo);
}

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** One end of a day-level ISO value: its year when given, and its day of the year. */
function dayOf(v: string): { year?: string; day: number } {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(v);
  if (!m) return { day: 0 };
  const day = (DAYS_BEFORE_MONTH[Number(m[2])] ?? 0) + Number(m[3]);
  return m[1] === '-' ? { day } : { year: m[1] as string, day };
}

/** Can two dates name the same day, or days within `slack` days of each other? A missing year matches any year. */
export function sameDay(a: string, b: string, slack = 0): boolean {
  const [a0, a1 = a0] = a.split('/').map(dayOf) as [ReturnType<typeof dayOf>, ReturnType<typeof dayOf>?];
  const [b0, b1 = b0] = b.split('/').map(dayOf) as [ReturnType<typeof dayOf>, ReturnType<typeof dayOf>?];
  const years = (x: ReturnType<typeof dayOf>, y: ReturnType<typeof dayOf>) => (x.year && y.year ? [Number(x.year), Number(y.year)] : undefined);
  const ya = years(a0, a1);
  const yb = years(b0, b1);
  if (ya && yb) {
    // Both years known: compare absolute days.
    const abs = (y: number, d: number) => y * 366 + d;
    return abs(ya[0] as number, a0.day) - slack <= abs(yb[1] as number, b1.day) && abs(yb[0] as number, b0.day) - slack <= abs(ya[1] as number, a1.day);
  }
  // A year missing: compare days of the year.
  return a0.day - slack <= b1.day && b0.day - slack <= a1.day;
}

/** Do two articles' statements under one key conflict: nothing one says matches anything the other says? */
function conflict(a: readonly Stated[], b: readonly Stated[], same: (x: Stated, y: Stated) => boolean): boolean {
  return !a.some((x) => b.some((y) => same(x, y)));
}

/**
 * Compare the articles of one key: a finding when two or more articles state it. With `bridge`,
 * two articles that match nothing of each other still agree when a third matches both (`20/5` and
 * `21/5` for a meeting a third article dates `20-21/5`).
 */
function compare(
  kind: FindingKind,
  subject: string,
  key: string,
  articles: Record<string, Stated[]>,
  same: (x: Stated, y: Stated) => boolean,
  bridge: boolean,
  agreements: boolean,
): Finding | undefined {
  const paths = Object.keys(articles).sort();
  if (paths.length < 2) return undefined;
  const sides = (p: string) => articles[p] as Stated[];
  let agree = true;
  for (let i = 0; i < paths.length && agree; i++) {
    for (let j = i + 1; j < paths.length && agree; j++) {
      const [a, b] = [sides(paths[i] as string), sides(paths[j] as string)];
      if (!conflict(a, b, same)) continue;
      if (bridge && paths.some((p, k) => k !== i && k !== j && !conflict(sides(p), a, same) && !conflict(sides(p), b, same))) continue;
      agree = false;
    }
  }
  if (agree && !agreements) return undefined;
  return { kind, agree, subject, key, sides: paths.flatMap((p) => (articles[p] as Stated[]).map((side) => ({ path: p, ...side }))) };
}

/** Words of a sentence, numbers left out: what two near-duplicate sentences are compared by. */
function sentenceWords(sentence: string): Set<string> {
  return new Set(foldKey(sentence).split(/[^\p{L}]+/u).filter((w) => w.length > 0));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Sentences this alike (word Jaccard, numbers left out) state the same thing in near-duplicates. */
export const SAME_SENTENCE = 0.6;

/** A match of two near-duplicate articles' figures: the figure of each (by number) and whether their numbers agree. */
interface NearMatch {
  x: number;
  y: number;
  agree: boolean;
}

/** Figures of two near-duplicate articles: the same unit in matching sentences, with different numbers (or, agreeing, the same). */
function compareNearDuplicates(a: Stated[], b: Stated[], unitOf: (s: Stated) => string, wordsOf: (s: Stated) => Set<string>): NearMatch[] {
  const out: NearMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Stated;
    let best: number | undefined;
    let bestScore = SAME_SENTENCE;
    for (let j = 0; j < b.length; j++) {
      const y = b[j] as Stated;
      if (used.has(j) || unitOf(y) !== unitOf(x)) continue;
      const score = jaccard(wordsOf(x), wordsOf(y)) + (sameNumber(x, y) ? 1 : 0);
      if (score >= bestScore && (best === undefined || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === undefined) continue;
    used.add(best);
    const y = b[best] as Stated;
    const agree = sameNumber(x, y);
    // A number that differs here but is stated, the same, elsewhere in the other article is a reordering, not a disagreement.
    if (!agree && (b.some((z) => unitOf(z) === unitOf(x) && sameNumber(x, z)) || a.some((z) => unitOf(z) === unitOf(y) && sameNumber(y, z)))) continue;
    out.push({ x: i, y: best, agree });
  }
  return out;
}

/**
 * The pairs of near-duplicate articles, by digest: each pair of digests whose signatures are
 * near-duplicates (similar.ts: LSH candidates, then containment), and each digest with itself
 * when two or more paths have it. The same pairs of paths as similar.ts's nearDuplicatePairs
 * over every path's signature, found once for all the copies of an article.
 */
function nearDigestPairs(near: NearIndex, threshold: number): { ids: string[]; paths: string[][]; pairs: [number, number][] } {
  const byId = new Map<string, string[]>();
  for (const [path, id] of Object.entries(near.paths)) {
    if (!near.articles[id]) continue;
    pushTo(byId, id, path);
  }
  const ids = [...byId.keys()];
  const paths = ids.map((id) => (byId.get(id) as string[]).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  const signatures: Signature[] = ids.map((id) => {
    const a = near.articles[id] as NearArticle;
    return { shingles: a.shingles, minhash: unpackMinhash(a.minhash) };
  });
  const pairs: [number, number][] = [];
  const minShingles = 20;
  for (let i = 0; i < ids.length; i++) {
    const sig = signatures[i] as Signature;
    if ((paths[i] as string[]).length > 1 && sig.shingles >= minShingles && compareSignatures(sig, sig).containment >= threshold) pairs.push([i, i]);
  }
  for (const [i, j] of candidatesAmong(signatures, near.signatureSize, minShingles)) {
    if (compareSignatures(signatures[i] as Signature, signatures[j] as Signature).containment >= threshold) pairs.push([i, j]);
  }
  return { ids, paths, pairs };
}

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
}

/** The findings of a summary, disagreements first. */
export function findings(summary: CheckSummary, options: FindingOptions = {}): Finding[] {
  const agreements = options.agreements ?? true;
  const all = !(options.disagreementsOnly ?? false);
  const nearAgreements = agreements && all;
  const out: Finding[] = [];
  for (const [id, e] of Object.entries(summary.conferenceDates)) {
    const f = compare('conference_date', e.series, id, e.articles, (x, y) => sameDay(x.value as string, y.value as string, e.days), true, all);
    if (f) out.push(f);
  }
  for (const [person, byDate] of Object.entries(summary.titles)) {
    for (const [date, articles] of Object.entries(byDate)) {
      const paths = Object.keys(articles).sort();
      if (paths.length < 2) continue;
      const roleSets = paths.map((p) => new Set((articles[p] as TitleSide).roles.map(foldKey)));
      const includes = (x: Set<string>, y: Set<string>) => [...y].every((r) => x.has(r));
      let agree = true;
      for (let i = 0; i < roleSets.length; i++) {
        for (let j = i + 1; j < roleSets.length; j++) {
          const [x, y] = [roleSets[i] as Set<string>, roleSets[j] as Set<string>];
          if (!includes(x, y) && !includes(y, x)) agree = false;
        }
      }
      if (agree && !all) continue;
      const name = (articles[paths[0] as string] as TitleSide).name;
      out.push({ kind: 'official_title', agree, subject: `${name} · ${date}`, key: `${person} | ${date}`, sides: paths.map((p) => ({ path: p, ...(articles[p] as TitleSide).side })) });
    }
  }
  for (const [key, e] of Object.entries(summary.claims)) {
    const f = compare(e.conference ? 'conference_count' : 'claim', e.subject, key, e.articles, sameNumber, false, all);
    if (f) out.push(f);
  }
  const units = new Map<string, string>();
  const unitOf = (s: Stated) => units.get(s.unit ?? '') ?? (units.set(s.unit ?? '', foldKey(s.unit ?? '')), units.get(s.unit ?? '') as string);
  // A sentence's words are worked out once, however many pairs its article is in.
  const words = new Map<string, Set<string>>();
  const wordsOf = (s: Stated) => words.get(s.sentence) ?? (words.set(s.sentence, sentenceWords(s.sentence)), words.get(s.sentence) as Set<string>);
  // A digest's figures as sides (without a path), made once for all the pairs it is in.
  const templates = new Map<string, Stated[]>();
  const sidesOf = (id: string) => {
    let t = templates.get(id);
    if (!t) templates.set(id, (t = nearSides(summary.near.articles[id] as NearArticle)));
    return t;
  };
  const { ids, paths, pairs } = nearDigestPairs(summary.near, options.threshold ?? DEFAULT_THRESHOLD);
  // The near-duplicates' findings, before those already reported under a claim are left out.
  const near: Finding[] = [];
  for (const [i, j] of pairs) {
    const [x, y] = [ids[i] as string, ids[j] as string];
    const [fx, fy] = [sidesOf(x), sidesOf(y)];
    // Articles whose figures are the same, in the same order, cannot disagree (a page saved twice).
    if (!nearAgreements && (i === j || sameFigures(fx, fy))) continue;
    // The matches of x's figures in y's (x's path first) and of y's in x's, each worked out once.
    let xy: NearMatch[] | undefined;
    let yx: NearMatch[] | undefined;
    for (const p of paths[i] as string[]) {
      for (const q of paths[j] as string[]) {
        if (i === j && q <= p) continue;
        const [a, b, fa, fb] = p < q ? [p, q, fx, fy] : [q, p, fy, fx];
        const matches = p < q ? (xy ??= compareNearDuplicates(fx, fy, unitOf, wordsOf)) : (yx ??= compareNearDuplicates(fy, fx, unitOf, wordsOf));
        for (const m of matches) {
          if (m.agree && !nearAgreements) continue;
          const sa: CheckSide = { path: a, ...(fa[m.x] as Stated) };
          const sb: CheckSide = { path: b, ...(fb[m.y] as Stated) };
          near.push({ kind: 'near_duplicate', agree: m.agree, subject: `${a} ~ ${b} · ${unitOf(sa)}`, key: `${a} ~ ${b}`, sides: [sa, sb] });
        }
      }
    }
  }
  // Already reported under a claim (every claim two or more articles state, agreed or not): say it once.
  const covered = claimed(summary, new Set(near.flatMap((f) => f.sides.map((side) => side.path))));
  for (const f of near) if (!f.sides.every((side) => covered.has(sideId(side)))) out.push(f);
  const order = (f: Finding) => FINDING_KINDS.indexOf(f.kind);
  return out.sort((x, y) => Number(x.agree) - Number(y.agree) || order(x) - order(y) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** A digest's figures as sides, without a path (the path is given when a finding is reported). */
function nearSides(near: NearArticle): Stated[] {
  return near.figures.map((f) => ({
    line: f.line,
    text: f.text,
    value: f.value,
    ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
    unit: f.unit,
    ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
    sentence: near.sentences[f.sentence] as string,
  }));
}

function sameFigures(a: readonly Stated[], b: readonly Stated[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === (b[i] as Stated).text && x.sentence === (b[i] as Stated).sentence);
}

/** The sides (as sideId) of the articles in `paths` under the claims that two or more articles state. */
function claimed(summary: CheckSummary, paths: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (paths.size === 0) return out;
  for (const e of Object.values(summary.claims)) {
    const stating = Object.keys(e.articles);
    if (stating.length < 2) continue;
    for (const p of stating) {
      if (!paths.has(p)) continue;
      for (const side of e.articles[p] as Stated[]) out.add(sideId({ path: p, ...side }));
    }
  }
  return out;
}

function sideId(s: CheckSide): string {
  return `${s.path}\u0000${s.line}\u0000${s.text}`;
}
