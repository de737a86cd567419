// Keywords (`vnews keywords`): the keyness of each word of a target corpus against a reference
// corpus, as AntConc computes it (Dunning's log-likelihood G2, with Hardie's log ratio as the
// effect size), and per-document TF-IDF keywords (natural's TfIdf).
import { createRequire } from 'node:module';
import { byCount, commonest, perMillion, round, type Counts, type FreqSummary } from './freq.js';

/**
 * Dunning's log-likelihood G2 for a word seen `a` times in a target of `c` words and `b` times in
 * a reference of `d` words (Rayson & Garside 2000, as AntConc): with the expected counts
 * E1 = c(a+b)/(c+d) and E2 = d(a+b)/(c+d), G2 = 2(a ln(a/E1) + b ln(b/E2)), a term with a zero count being 0.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
}

/**
 * Hardie's (2014) log ratio: log2 of the ratio of the relative frequencies, (a/c) / (b/d), a zero
 * count taken as 0.5 so a word absent from one side has a finite value. +1: twice as frequent in
 * the target; -1: half as frequent.
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  return Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d));
}

/** One row of `vnews keywords`. */
export interface Keyword {
  word: string;
  key: string;
  /** `positive`: relatively more frequent in the target; `negative`: in the reference. */
  keyness: 'positive' | 'negative';
  /** Count in the target. */
  count: number;
  reference_count: number;
  per_million: number;
  reference_per_million: number;
  /** G2, to 2 decimals. 3.84: p < 0.05; 6.63: p < 0.01; 10.83: p < 0.001; 15.13: p < 0.0001 (1 degree of freedom). */
  log_likelihood: number;
  /** log2 of the ratio of relative frequencies, to 2 decimals. */
  log_ratio: number;
}

export interface KeywordOptions {
  /** Only words counted at least this often on their key side (target for positive, reference for negative; default 3). */
  min?: number;
  /** Only words whose G2 reaches this (default 3.84, p < 0.05). */
  minG2?: number;
  /** The first N positive and the first N negative keywords. */
  top?: number;
  stopwords?: ReadonlySet<string>;
}

/** Positive keywords by G2 (then key), then negative ones by G2 (then key). */
export function keywords(target: FreqSummary, reference: FreqSummary, options: KeywordOptions = {}): Keyword[] {
  const min = options.min ?? 3;
  const minG2 = options.minG2 ?? 3.84;
  const c = target.words;
  const d = reference.words;
  const out: Record<'positive' | 'negative', Keyword[]> = { positive: [], negative: [] };
  if (c === 0 || d === 0) return [];
  const keys = new Set([...Object.keys(target.counts), ...Object.keys(reference.counts)]);
  for (const key of keys) {
    if (options.stopwords?.has(key)) continue;
    const a = target.counts[key] ?? 0;
    const b = reference.counts[key] ?? 0;
    const keyness = a / c > b / d ? 'positive' : a / c < b / d ? 'negative' : undefined;
    if (keyness === undefined || (keyness === 'positive' ? a : b) < min) continue;
    const g2 = logLikelihood(a, b, c, d);
    if (g2 < minG2) continue;
    const word = keyness === 'positive' ? commonest(target.forms[key], key) : commonest(reference.forms[key], key);
    out[keyness].push({
      word,
      key,
      keyness,
      count: a,
      reference_count: b,
      per_million: perMillion(a, c),
      reference_per_million: perMillion(b, d),
      log_likelihood: round(g2, 2),
      log_ratio: round(logRatio(a, b, c, d), 2),
    });
  }
  const byG2 = (x: Keyword, y: Keyword) => y.log_likelihood - x.log_likelihood || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  const take = (rows: Keyword[]) => (options.top === undefined ? rows.sort(byG2) : rows.sort(byG2).slice(0, options.top));
  return [...take(out.positive), ...take(out.negative)];
}

interface TfIdfTerm {
  term: string;
  tfidf: number;
}
interface TfIdfInstance {
  addDocument(document: string[]): void;
  listTerms(d: number): TfIdfTerm[];
  documents: Record<string, number>[];
}
// natural's index loads all of natural (2 s); its tfidf module alone is quick.
const { TfIdf } = createRequire(import.meta.url)('natural/lib/natural/tfidf/index.js') as { TfIdf: new () => TfIdfInstance };

/** One row of `vnews keywords --tfidf`. */
export interface DocumentKeyword {
  path: string;
  /** 1 for the document's top keyword. */
  rank: number;
  word: string;
  key: string;
  /** Count in the document (natural's tf). */
  count: number;
  /** tf × idf with natural's idf = 1 + ln(documents / (1 + documents with the word)), to 4 decimals. */
  tf_idf: number;
}

/** Per-document TF-IDF keywords over a set of documents: add each document's counts by key, then list. Plain JSON (`documents`), merged by concatenation. */
export class DocumentKeywords {
  /** Each document's path and how often each key is in it, in input order (TF-IDF needs every document before it can rank any). */
  readonly documents: [string, Counts][] = [];

  add(path: string, keys: Counts): void {
    this.documents.push([path, keys]);
  }

  /** The top `top` words of each document (default 10) by TF-IDF, then count, then key; `forms` gives how each key is written. */
  list(forms: FreqSummary['forms'], options: { top?: number; stopwords?: ReadonlySet<string> } = {}): DocumentKeyword[] {
    const top = options.top ?? 10;
    const tfidf = new TfIdf();
    // natural takes a document given as an object of counts as it is (its types say only arrays).
    for (const [, keys] of this.documents) tfidf.addDocument(keys as unknown as string[]);
    const out: DocumentKeyword[] = [];
    this.documents.forEach(([path], d) => {
      const doc = tfidf.documents[d] as Record<string, number>;
      const terms = tfidf
        .listTerms(d)
        .filter((t) => !options.stopwords?.has(t.term))
        .map((t) => ({ key: t.term, count: doc[t.term] ?? 0, tf_idf: round(t.tfidf, 4) }))
        .sort((x, y) => y.tf_idf - x.tf_idf || byCount(x, y))
        .slice(0, top);
      terms.forEach((t, i) => out.push({ path, rank: i + 1, word: commonest(forms[t.key], t.key), ...t }));
    });
    return out;
  }
}
