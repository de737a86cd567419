// Word n-grams across articles (`vnews ngrams`): n words in a row within one run of words
// (`articleRuns`: never across a line break, punctuation or a number), counted by their words'
// folded keys; natural's NGrams cuts them.
import { createRequire } from 'node:module';
import type { CorpusWord } from './words.js';
import { byCount, bump, counts, type Counts } from './freq.js';

interface NGramsModule {
  ngrams(sequence: string[], n: number): string[][];
}
// natural's index loads all of natural (2 s); its ngrams module alone is quick.
const NGrams = createRequire(import.meta.url)('natural/lib/natural/ngrams/ngrams.js') as NGramsModule;

/** Between the words of an n-gram's key: a tab, which no word holds (a word may hold a space: `ngoại giao`). */
const SEP = '\t';

/** What `ngrams` keeps: plain JSON, merged by `mergeNgrams`. */
export interface NgramSummary {
  documents: number;
  /** Occurrences of each n-gram (its words' keys joined by a tab). */
  counts: Counts;
  /** Documents each n-gram is in. */
  docs: Counts;
}

export function ngramSummary(): NgramSummary {
  return { documents: 0, counts: counts(), docs: counts() };
}

/** Add one article's n-grams for each n in `sizes`, given its runs of words (`articleRuns`). */
export function addNgrams(s: NgramSummary, runs: readonly (readonly CorpusWord[])[], sizes: readonly number[]): void {
  s.documents++;
  const seen = new Set<string>();
  for (const run of runs) {
    const keys = run.map((w) => w.key);
    for (const n of sizes) {
      for (const gram of NGrams.ngrams(keys, n)) {
        const key = gram.join(SEP);
        bump(s.counts, key);
        seen.add(key);
      }
    }
  }
  for (const key of seen) bump(s.docs, key);
}

export function mergeNgrams(into: NgramSummary, from: NgramSummary): NgramSummary {
  into.documents += from.documents;
  for (const [k, n] of Object.entries(from.counts)) bump(into.counts, k, n);
  for (const [k, n] of Object.entries(from.docs)) bump(into.docs, k, n);
  return into;
}

/** One row of `vnews ngrams`. */
export interface NgramFrequency {
  /** The words' folded keys joined by spaces. */
  ngram: string;
  /** The words' folded keys. */
  words: string[];
  n: number;
  /** The key rows are sorted by (the words joined by a tab). */
  key: string;
  count: number;
  documents: number;
}

export interface NgramListOptions {
  min?: number;
  top?: number;
  /** Leave out n-grams that start or end with one of these folded keys. */
  stopwords?: ReadonlySet<string>;
}

export function ngramFrequencies(s: NgramSummary, options: NgramListOptions = {}): NgramFrequency[] {
  const min = options.min ?? 1;
  const rows: NgramFrequency[] = [];
  for (const [key, count] of Object.entries(s.counts)) {
    if (count < min) continue;
    const words = key.split(SEP);
    if (options.stopwords && (options.stopwords.has(words[0] as string) || options.stopwords.has(words[words.length - 1] as string))) continue;
    rows.push({ ngram: words.join(' '), words, n: words.length, key, count, documents: s.docs[key] ?? 0 });
  }
  rows.sort(byCount);
  return options.top === undefined ? rows : rows.slice(0, options.top);
}
