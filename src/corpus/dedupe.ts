// Duplicate articles: the same story twice in a corpus (two sites, or one site twice), grouped.
// Candidates and their scores come from similar.ts (MinHash over 4-syllable shingles, LSH
// banding: linear in the number of articles). A candidate is kept when enough of the smaller
// article is in the larger (containment) *and* each article's lead, its opening, is in the other:
// a follow-up that reuses an earlier story's background shares as much text as a copy does, but
// opens with its own news. The index is plain JSON keyed by path, so shards merge.
import {
  mix,
  DEFAULT_THRESHOLD,
  SHINGLE_SIZE,
  SIGNATURE_SIZE,
  candidatePairs,
  compare,
  shingleHashes,
  signatureOf,
  type ArticleSignature,
  type SimilarityIndex,
} from './similar.js';
import { prepare } from '../clean/index.js';
import { dict } from '../collections.js';

/**
 * Shingles in an article's lead: its first 64 distinct shingles, about its first 65 words (the
 * title and a sentence or two). Measured on ../shared/corpus (45 pairs at containment ≥ 0.3
 * read by hand): 32, 40, 50, 64 and 75 all keep apart the follow-ups from the copies; 100 and
 * more let the lead reach into the copied background.
 */
export const LEAD_SHINGLES = 64;
/**
 * Least share of each article's lead found in the other (see DuplicatePair.lead). On the corpus
 * pairs read by hand, different stories sharing a background passage score at most 0.09 (most
 * 0.00-0.05), the same story from two outlets at least 0.14 (the seeds 000~002: 0.50).
 */
export const DEFAULT_MIN_LEAD = 0.125;

/** What is kept of one article. */
export interface DedupeArticle extends ArticleSignature {
  /** The first non-empty line, trimmed. */
  title: string;
  /** Hashes of the lead's shingles (at most LEAD_SHINGLES), in text order. */
  lead: number[];
  /** A Bloom filter of all the article's shingle hashes (base64): what the other article's lead is looked up in. */
  filter: string;
}

/** The mergeable state of `dedupe`: similar.ts's index, with each article's lead and shingle filter. */
export interface DedupeIndex extends SimilarityIndex {
  leadShingles: number;
  articles: Record<string, DedupeArticle>;
}

export interface DuplicateOptions {
  /** Least containment (default similar.ts's DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Least lead share (default DEFAULT_MIN_LEAD); 0 keeps every pair that reaches the threshold. */
  minLead?: number;
  /** Articles with fewer distinct shingles are left out (default 20, as in similar.ts). */
  minShingles?: number;
}

/** Two articles of one story. Scores are estimates, rounded to 3 decimals. */
export interface DuplicatePair {
  /** `a` < `b` in code-point order. */
  a: string;
  b: string;
  /** Estimated Jaccard similarity of the two shingle sets: shared / all. */
  jaccard: number;
  /** Estimated containment of the smaller article in the larger: shared / smaller. */
  containment: number;
  /** The smaller of the two shares of an article's lead (first LEAD_SHINGLES shingles) found in the other article. */
  lead: number;
}

export interface DuplicateArticle {
  path: string;
  title: string;
  /** Distinct shingles (4-syllable runs) in the article. */
  shingles: number;
}

/** A group of articles joined by duplicate pairs. */
export interface DuplicateGroup {
  /** In path order. */
  articles: DuplicateArticle[];
  /** The pairs that join the group, most contained first. */
  pairs: DuplicatePair[];
}

export function createDedupeIndex(): DedupeIndex {
  return { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, leadShingles: LEAD_SHINGLES, articles: dict() };
}

/** Add (or replace) one article: `text` is what is compared (the caller chooses it, e.g. cleaned of site furniture). */
export function addToDedupe(index: DedupeIndex, path: string, text: string): void {
  const shingles = shingleHashes(text);
  const title = (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
  const lead: number[] = [];
  for (const h of shingles) {
    if (lead.length >= index.leadShingles) break;
    lead.push(h);
  }
  index.articles[path] = { ...signatureOf(shingles), title, lead, filter: bloomFilter(shingles) };
}

/** Combine two indexes (`b` wins for a path in both); neither is changed. */
export function mergeDedupe(a: DedupeIndex, b: DedupeIndex): DedupeIndex {
  const out = { ...a, articles: { ...a.articles } };
  mergeDedupeInto(out, b);
  return out;
}

/** Fold `from` into `into` and return it (`from` wins for a path in both), in time proportional to `from`. */
export function mergeDedupeInto(into: DedupeIndex, from: DedupeIndex): DedupeIndex {
  if (into.shingleSize !== from.shingleSize || into.signatureSize !== from.signatureSize || into.leadShingles !== from.leadShingles) {
    throw new Error('cannot merge dedupe indexes built with different parameters');
  }
  Object.assign(into.articles, from.articles);
  return into;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const byPath = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byScore = (x: DuplicatePair, y: DuplicatePair) => y.containment - x.containment || y.jaccard - x.jaccard || byPath(x.a, y.a) || byPath(x.b, y.b);

/** Every pair of duplicate articles, most contained first (then by paths). */
export function duplicatePairs(index: DedupeIndex, options: DuplicateOptions = {}): DuplicatePair[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minLead = options.minLead ?? DEFAULT_MIN_LEAD;
  const filters = new Map<string, Uint8Array>();
  const filterOf = (path: string) => {
    let f = filters.get(path);
    if (!f) filters.set(path, (f = Buffer.from((index.articles[path] as DedupeArticle).filter, 'base64')));
    return f;
  };
  const out: DuplicatePair[] = [];
  for (const [a, b] of candidatePairs(index, options.minShingles)) {
    const x = index.articles[a] as DedupeArticle;
    const y = index.articles[b] as DedupeArticle;
    const score = compare(x, y);
    if (score.containment < threshold) continue;
    const lead = Math.min(leadShare(x.lead, filterOf(b)), leadShare(y.lead, filterOf(a)));
    if (lead < minLead) continue;
    out.push({ a, b, jaccard: round(score.jaccard), containment: round(score.containment), lead: round(lead) });
  }
  return out.sort(byScore);
}

/** Groups of duplicate articles (connected by pairs), largest first, then by their first path. */
export function duplicateGroups(index: DedupeIndex, options: DuplicateOptions = {}): DuplicateGroup[] {
  const pairs = duplicatePairs(index, options);
  const parent = new Map<string, string>();
  const find = (p: string): string => {
    let root = p;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(p, root);
    return root;
  };
  for (const { a, b } of pairs) {
    for (const p of [a, b]) if (!parent.has(p)) parent.set(p, p);
    const [ra, rb] = [find(a), find(b)].sort(byPath) as [string, string];
    parent.set(rb, ra);
  }
  const byRoot = new Map<string, DuplicateGroup>();
  for (const p of [...parent.keys()].sort(byPath)) {
    const root = find(p);
    const group = byRoot.get(root) ?? { articles: [], pairs: [] };
    byRoot.set(root, group);
    const { title, shingles } = index.articles[p] as DedupeArticle;
    group.articles.push({ path: p, title, shingles });
  }
  for (const pair of pairs) byRoot.get(find(pair.a))?.pairs.push(pair);
  return [...byRoot.values()].sort((x, y) => y.articles.length - x.articles.length || byPath((x.articles[0] as DuplicateArticle).path, (y.articles[0] as DuplicateArticle).path));
}

// A Bloom filter of an article's shingle hashes: 10 bits a shingle and 7 probes, so a shingle
// the article lacks is taken for one of its own about 0.8% of the time (a lead share is at most
// that much too high).
const BITS_PER_SHINGLE = 10;
const PROBES = 7;

/** Probe positions of a 32-bit hash in a filter of `bits` bits (double hashing). */
function probes(h: number, bits: number): number[] {
  const h1 = mix(h);
  const h2 = mix(h ^ 0x5bd1e995) | 1;
  return Array.from({ length: PROBES }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) % bits);
}

function bloomFilter(shingles: ReadonlySet<number>): string {
  const bytes = new Uint8Array(Math.max(1, Math.ceil((shingles.size * BITS_PER_SHINGLE) / 8)));
  const bits = bytes.length * 8;
  for (const h of shingles) for (const i of probes(h, bits)) bytes[i >>> 3] = (bytes[i >>> 3] as number) | (1 << (i & 7));
  return Buffer.from(bytes).toString('base64');
}

function inFilter(filter: Uint8Array, h: number): boolean {
  return probes(h, filter.length * 8).every((i) => ((filter[i >>> 3] as number) & (1 << (i & 7))) !== 0);
}

/** The share of a lead's shingles found in another article's filter. */
function leadShare(lead: readonly number[], filter: Uint8Array): number {
  if (lead.length === 0) return 0;
  return lead.filter((h) => inFilter(filter, h)).length / lead.length;
}

/** The text an article is compared by: normalized, its site furniture blanked unless `clean` is false (teasers are other stories). */
export function textToSign(raw: string, clean = true): string {
  return prepare(raw, clean).masked;
}
