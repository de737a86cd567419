// Word frequencies across articles (`vnews freq`): a mergeable summary of plain JSON (counts
// per folded key, the documents each key is in, the written forms, total words and documents),
// and the rows it gives: raw count, per million words, document frequency.
import type { CorpusWord } from './words.js';

/** Counts by key, in an object without a prototype (so a word like `constructor` is just a key). */
export type Counts = Record<string, number>;

export function counts(): Counts {
  return Object.create(null) as Counts;
}

export function bump(c: Counts, key: string, by = 1): void {
  c[key] = (c[key] ?? 0) + by;
}

/** What `freq` (and `keywords`) keep of the articles read so far: plain JSON, merged by `mergeFreq`. */
export interface FreqSummary {
  /** Words read (stopwords included): the base of `per_million`. */
  words: number;
  documents: number;
  /** Occurrences of each folded key. */
  counts: Counts;
  /** Documents each folded key is in. */
  docs: Counts;
  /** How each key is written, and how often. */
  forms: Record<string, Counts>;
}

export function freqSummary(): FreqSummary {
  return { words: 0, documents: 0, counts: counts(), docs: counts(), forms: Object.create(null) as Record<string, Counts> };
}

/** Add one article's words. */
export function addFreq(s: FreqSummary, words: readonly CorpusWord[]): void {
  s.documents++;
  s.words += words.length;
  // Count the article in Maps first, then add each distinct word once (large objects are slow to update).
  const forms = new Map<string, Map<string, number>>();
  for (const w of words) {
    let f = forms.get(w.key);
    if (f === undefined) forms.set(w.key, (f = new Map()));
    f.set(w.text, (f.get(w.text) ?? 0) + 1);
  }
  for (const [key, f] of forms) {
    bump(s.docs, key);
    const into = (s.forms[key] ??= counts());
    for (const [text, n] of f) {
      bump(s.counts, key, n);
      bump(into, text, n);
    }
  }
}

/** `into` with `from` added: the summary of both shards' articles. */
export function mergeFreq(into: FreqSummary, from: FreqSummary): FreqSummary {
  into.words += from.words;
  into.documents += from.documents;
  for (const [k, n] of Object.entries(from.counts)) bump(into.counts, k, n);
  for (const [k, n] of Object.entries(from.docs)) bump(into.docs, k, n);
  for (const [k, forms] of Object.entries(from.forms)) {
    const f = (into.forms[k] ??= counts());
    for (const [form, n] of Object.entries(forms)) bump(f, form, n);
  }
  return into;
}

/** One row of `vnews freq`. */
export interface WordFrequency {
  /** The most frequent written form (ties: the first in code-point order). */
  word: string;
  /** The folded key words are counted by. */
  key: string;
  count: number;
  /** count / words × 1,000,000, to 2 decimals. */
  per_million: number;
  /** Documents the word is in. */
  documents: number;
}

export interface ListOptions {
  /** Only rows counted at least this often (default 1). */
  min?: number;
  /** Only the first N rows. */
  top?: number;
  /** Folded keys to leave out. */
  stopwords?: ReadonlySet<string>;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The most frequent key of `c` (ties: the first in code-point order). */
export function commonest(c: Counts | undefined, fallback: string): string {
  let best = fallback;
  let most = 0;
  for (const [k, n] of Object.entries(c ?? {})) if (n > most || (n === most && k < best)) [best, most] = [k, n];
  return best;
}

/** By count, highest first, then by key. */
export function byCount<R extends { count: number; key: string }>(a: R, b: R): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function perMillion(count: number, words: number): number {
  return words === 0 ? 0 : round((count / words) * 1e6, 2);
}

/** The rows of `vnews freq`: by count, then key. */
export function wordFrequencies(s: FreqSummary, options: ListOptions = {}): WordFrequency[] {
  const min = options.min ?? 1;
  const rows: WordFrequency[] = [];
  for (const [key, count] of Object.entries(s.counts)) {
    if (count < min || options.stopwords?.has(key)) continue;
    rows.push({ word: commonest(s.forms[key], key), key, count, per_million: perMillion(count, s.words), documents: s.docs[key] ?? 0 });
  }
  rows.sort(byCount);
  return options.top === undefined ? rows : rows.slice(0, options.top);
}
