// Near-duplicate articles: the same story published twice (by two sites, or rewritten, or with
// site furniture around it). Each article becomes a MinHash signature of its word shingles
// (runs of folded syllables); LSH banding over the signatures finds candidate pairs in time
// linear in the number of articles, and each candidate is scored from the two signatures.
// The index is plain JSON keyed by path, so shards indexed apart merge into the same answer.
import { pushTo, dict } from '../collections.js';
import { normalize } from '../text/normalize.js';
import { lines } from '../text/tokens.js';

/**
 * Syllables per shingle. Measured on ../shared/corpus and the seeds (exact shingle sets): the
 * seed pair 000~002 has containment 0.743 / 0.734 / 0.724 at 3 / 4 / 5 syllables, while pairs
 * above 0.1 containment (mostly shared stock phrases) fall from 663 to 147 to 103; 4 keeps the
 * noise low without making one edited syllable cost more shingles than needed.
 */
export const SHINGLE_SIZE = 4;
/** Values in a MinHash signature. */
export const SIGNATURE_SIZE = 128;
/** LSH bands (of SIGNATURE_SIZE / BANDS rows each). */
export const BANDS = 64;
/**
 * Pairs whose estimated containment reaches this are near-duplicates (see nearDuplicatePairs).
 * On the corpus, at least half of the smaller article's shingles shared means copied text
 * (the same event from two outlets, or one outlet's follow-up reusing its background); between
 * 0.3 and 0.5 same-event rewrites mix with different stories that share a background paragraph.
 */
export const DEFAULT_THRESHOLD = 0.5;

/** What is kept of one article: its MinHash signature and how many distinct shingles it has. */
export interface ArticleSignature {
  /** Distinct shingles in the article (0: too few words to compare). */
  shingles: number;
  /** SIGNATURE_SIZE unsigned 32-bit minima, one per hash function. */
  minhash: number[];
}

/** The mergeable state: the parameters it was built with and a signature per article path. */
export interface SimilarityIndex {
  shingleSize: number;
  signatureSize: number;
  articles: Record<string, ArticleSignature>;
}

/** One pair of near-duplicate articles; `a` < `b` in code-point order. */
export interface SimilarPair {
  a: string;
  b: string;
  /** Estimated Jaccard similarity of the two shingle sets: shared / all. */
  jaccard: number;
  /** Estimated containment of the smaller article in the larger: shared / smaller. */
  containment: number;
}

export interface PairOptions {
  /** Minimum containment (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Articles with fewer distinct shingles are left out (default 20: a title alone is no article). */
  minShingles?: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) over a string's UTF-16 code units, low byte then high byte. */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

/** A 32-bit bijection that scrambles every bit (murmur3's finalizer), as unsigned. */
export function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash function i of the signature is `mix(shingle ^ SEEDS[i])` (as signed): fixed, so signatures compare across runs. */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

/** FNV-1a continued over the four bytes of a 32-bit value, low byte first. */
function fnv1aStep(h: number, v: number): number {
  h = Math.imul(h ^ (v & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((v >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((v >>> 16) & 0xff), FNV_PRIME);
  return Math.imul(h ^ (v >>> 24), FNV_PRIME);
}

/**
 * The distinct shingle hashes of a text: every run of `size` consecutive words (folded keys,
 * across lines; punctuation skipped). A shingle's hash is FNV-1a over its words' FNV-1a hashes,
 * so each word is hashed once. A text with fewer words than `size` is one shingle.
 */
export function shingleHashes(text: string, size = SHINGLE_SIZE): Set<number> {
  const words: number[] = [];
  for (const line of lines(normalize(text))) for (const t of line.tokens) if (t.word) words.push(fnv1a(t.key));
  const out = new Set<number>();
  const n = Math.max(0, words.length - size + 1) || (words.length > 0 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    for (let j = i; j < i + size && j < words.length; j++) h = fnv1aStep(h, words[j] as number);
    out.add(h >>> 0);
  }
  return out;
}

/** The MinHash signature of an article's text. */
export function signature(text: string): ArticleSignature {
  return signatureOf(shingleHashes(text));
}

/** The MinHash signature of a set of shingle hashes (as shingleHashes gives them). */
export function signatureOf(shingles: ReadonlySet<number>): ArticleSignature {
  // Minima over signed 32-bit values (an order as good as any for min-wise hashing, and it keeps
  // V8 in small integers); stored unsigned. Same arithmetic as mix(), inlined.
  const min = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let x = h ^ (SEEDS[i] as number);
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      if (x < (min[i] as number)) min[i] = x;
    }
  }
  return { shingles: shingles.size, minhash: Array.from(min, (v) => v >>> 0) };
}

/** An empty index. */
export function createIndex(): SimilarityIndex {
  return { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, articles: dict() };
}

/** Add (or replace) one article; only its signature is kept. */
export function addArticle(index: SimilarityIndex, path: string, text: string): void {
  index.articles[path] = signature(text);
}

/** Combine two indexes (of disjoint or overlapping inputs; `b` wins for a path in both); neither is changed. */
export function mergeIndexes(a: SimilarityIndex, b: SimilarityIndex): SimilarityIndex {
  const out: SimilarityIndex = { shingleSize: a.shingleSize, signatureSize: a.signatureSize, articles: { ...a.articles } };
  mergeIndexesInto(out, b);
  return out;
}

/**
 * Fold `from` into `into` (`from` wins for a path in both), in time proportional to `from`'s
 * articles. The signatures are shared, not copied: `from` is not to be changed afterwards.
 */
export function mergeIndexesInto(into: SimilarityIndex, from: SimilarityIndex): void {
  if (into.shingleSize !== from.shingleSize || into.signatureSize !== from.signatureSize) {
    throw new Error(`cannot merge similarity indexes built with different parameters (${into.shingleSize}/${into.signatureSize} and ${from.shingleSize}/${from.signatureSize})`);
  }
  for (const [path, sig] of Object.entries(from.articles)) into.articles[path] = sig;
}

/** What two articles are compared by: a MinHash signature (as an array, or unpacked) and its shingle count. */
export interface Signature {
  shingles: number;
  minhash: ArrayLike<number>;
}

/** A signature's minima as base64 (4 bytes each, little-endian): a third of the memory and JSON of an array of numbers. */
export function packMinhash(minhash: ArrayLike<number>): string {
  const bytes = Buffer.alloc(minhash.length * 4);
  for (let i = 0; i < minhash.length; i++) bytes.writeUInt32LE(minhash[i] as number, i * 4);
  return bytes.toString('base64');
}

/** The minima packed by packMinhash. */
export function unpackMinhash(packed: string): Uint32Array {
  const bytes = Buffer.from(packed, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

/** Estimated Jaccard similarity and containment of two articles from their signatures. */
export function compare(x: Signature, y: Signature): { jaccard: number; containment: number } {
  if (x.shingles === 0 || y.shingles === 0) return { jaccard: 0, containment: 0 };
  let same = 0;
  const n = Math.min(x.minhash.length, y.minhash.length);
  for (let i = 0; i < n; i++) if (x.minhash[i] === y.minhash[i]) same++;
  const jaccard = same / n;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (x.shingles + y.shingles)) / (1 + jaccard);
  const containment = Math.min(1, shared / Math.min(x.shingles, y.shingles));
  return { jaccard, containment };
}

const byPath = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Candidate pairs `[a, b]` (`a` < `b`): articles whose signatures agree on every row of at
 * least one of BANDS bands. Each band is one pass over the articles into a hash map, so the work
 * is linear in the number of articles plus the candidates found. Two rows a band (64 bands)
 * because the threshold is on containment: a pair where the smaller article is half contained
 * in one twice its size has a Jaccard of only 0.2, which two-row bands still catch 93% of the
 * time (1 - (1 - 0.2²)^64), where four-row bands would catch it 5% of the time.
 */
export function candidatePairs(index: SimilarityIndex, minShingles = 20): [string, string][] {
  const paths = Object.keys(index.articles).sort(byPath);
  const found = candidatesAmong(
    paths.map((p) => index.articles[p] as ArticleSignature),
    index.signatureSize,
    minShingles,
  );
  return found.map(([i, j]) => [paths[i] as string, paths[j] as string]);
}

/**
 * Candidate pairs `[i, j]` (`i` < `j`) of a list of signatures, as candidatePairs finds them
 * (the same bands, the same order): those with fewer than `minShingles` shingles are left out.
 */
export function candidatesAmong(signatures: readonly Signature[], signatureSize = SIGNATURE_SIZE, minShingles = 20): [number, number][] {
  const kept: number[] = [];
  for (let i = 0; i < signatures.length; i++) if ((signatures[i] as Signature).shingles >= minShingles) kept.push(i);
  const rows = Math.floor(signatureSize / BANDS);
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let p = 0; p < kept.length; p++) {
      const m = (signatures[kept[p] as number] as Signature).minhash;
      let key = '';
      for (let r = band * rows; r < (band + 1) * rows; r++) key += (m[r] as number).toString(36) + ',';
      pushTo(buckets, key, p);
    }
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = kept[bucket[i] as number] as number;
          const b = kept[bucket[j] as number] as number;
          const id = a * signatures.length + b;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push([a, b]);
        }
      }
    }
  }
  return out;
}

/**
 * Near-duplicate pairs, most similar first (then by paths): the candidate pairs whose estimated
 * containment reaches the threshold. Containment, not Jaccard, because a shortened rewrite or a
 * copy with site furniture around it shares most of the smaller article but little of the union
 * (the two seed reports of the 20th Hội nghị Ngoại vụ: containment 0.73, Jaccard 0.32).
 */
export function nearDuplicatePairs(index: SimilarityIndex, options: PairOptions = {}): SimilarPair[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const out: SimilarPair[] = [];
  for (const [a, b] of candidatePairs(index, options.minShingles)) {
    const score = compare(index.articles[a] as ArticleSignature, index.articles[b] as ArticleSignature);
    if (score.containment >= threshold) out.push({ a, b, ...score });
  }
  return out.sort((x, y) => y.containment - x.containment || y.jaccard - x.jaccard || byPath(x.a, y.a) || byPath(x.b, y.b));
}

/** Groups of articles joined by pairs (connected components), each sorted, largest first, then by first path. */
export function groups(pairs: readonly Pick<SimilarPair, 'a' | 'b'>[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    while (x !== root) {
      const next = parent.get(x) as string;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const members = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    pushTo(members, r, x);
  }
  const out = [...members.values()].map((g) => g.sort(byPath));
  return out.sort((x, y) => y.length - x.length || byPath(x[0] as string, y[0] as string));
}
