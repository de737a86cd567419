// Collocates of a node word (or phrase) for `vnews collocations`: the words within a window of
// L words before and R after each occurrence of the node, on its line, counted into a plain-JSON
// summary that merges by sums; then log-likelihood, PMI and t-score over the window's 2×2 table.
import type { CorpusWord } from './words.js';
import { compilePattern, concordanceWords, findHits, type Pattern } from './concordance.js';
import { counts } from './freq.js';

/** The node's keys (a phrase has several); throws on a pattern that is no word. */
export function nodeKeys(word: string): string[] {
  const pattern = compilePattern(word);
  return pattern.kind === 'words' ? pattern.keys : [];
}

/** Counts behind the collocates of one node; plain JSON, merged by sums (`mergeCollocations`). */
export interface CollocationSummary {
  /** The node's folded keys (a phrase has several). */
  node: string[];
  left: number;
  right: number;
  documents: number;
  /** N: every word read. */
  words: number;
  /** Occurrences of the node. */
  nodes: number;
  /** W: word positions inside some node's window (each counted once, the node's own words not). */
  window: number;
  /** Frequency of every word (by key) in all the words read. */
  freq: Record<string, number>;
  /** Occurrences of each word inside the windows. */
  cooc: Record<string, number>;
  /** How the co-occurring words are written, with counts (to show the most frequent form). */
  forms: Record<string, Record<string, number>>;
}

export function emptyCollocations(node: string[], left = 5, right = 5): CollocationSummary {
  return { node, left, right, documents: 0, words: 0, nodes: 0, window: 0, freq: counts(), cooc: counts(), forms: counts() as unknown as Record<string, Record<string, number>> };
}

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Count one article's words into the summary: the node is found with `pattern` (word or phrase). */
export function addCollocations(summary: CollocationSummary, words: readonly CorpusWord[], pattern: Pattern): void {
  summary.documents++;
  summary.words += words.length;
  for (const w of words) bump(summary.freq, w.key);
  const hits = findHits(words, pattern);
  summary.nodes += hits.length;
  const isNode = new Uint8Array(words.length);
  for (const h of hits) isNode.fill(1, h.word, h.word + h.length);
  // The window positions: L before and R after each node on its line, each position once.
  const inWindow = new Uint8Array(words.length);
  for (const h of hits) {
    const line = (words[h.word] as CorpusWord).line;
    for (let i = h.word - 1, n = 0; i >= 0 && n < summary.left && words[i]?.line === line; i--, n++) inWindow[i] = 1;
    for (let i = h.word + h.length, n = 0; i < words.length && n < summary.right && words[i]?.line === line; i++, n++) inWindow[i] = 1;
  }
  words.forEach((w, i) => {
    if (inWindow[i] !== 1 || isNode[i] === 1) return;
    summary.window++;
    bump(summary.cooc, w.key);
    bump((summary.forms[w.key] ??= counts()), w.text);
  });
}

/** The words of one article (numbers included, as kwic has them), counted (the convenience the command uses). */
export function addArticleCollocations(summary: CollocationSummary, raw: string, pattern: Pattern, clean = true): void {
  addCollocations(summary, concordanceWords(raw, clean), pattern);
}

/** Two summaries of the same node and window as one: counts added; neither is changed. */
export function mergeCollocations(a: CollocationSummary, b: CollocationSummary): CollocationSummary {
  const out = emptyCollocations(a.node, a.left, a.right);
  mergeCollocationsInto(out, a);
  mergeCollocationsInto(out, b);
  return out;
}

/** Fold `from` (of the same node and window) into `into` and return it, in time proportional to `from`. */
export function mergeCollocationsInto(into: CollocationSummary, from: CollocationSummary): CollocationSummary {
  if (into.node.join(' ') !== from.node.join(' ') || into.left !== from.left || into.right !== from.right) throw new Error('cannot merge collocations of different nodes or windows');
  into.documents += from.documents;
  into.words += from.words;
  into.nodes += from.nodes;
  into.window += from.window;
  for (const [k, v] of Object.entries(from.freq)) bump(into.freq, k, v);
  for (const [k, v] of Object.entries(from.cooc)) bump(into.cooc, k, v);
  for (const [k, forms] of Object.entries(from.forms)) for (const [f, v] of Object.entries(forms)) bump((into.forms[k] ??= counts()), f, v);
  return into;
}

export const MEASURES = ['ll', 'pmi', 'tscore'] as const;
export type Measure = (typeof MEASURES)[number];

/** One collocate with its counts and every score. */
export interface Collocate {
  /** The most frequent written form. */
  word: string;
  key: string;
  /** O: occurrences inside the node's windows. */
  observed: number;
  /** E = W·f / N: expected inside the windows if the word were spread evenly. */
  expected: number;
  /** f: frequency in all the words read. */
  frequency: number;
  /** Log-likelihood G² of the 2×2 table, negative when O < E. */
  ll: number;
  /** log2(O / E). */
  pmi: number;
  /** (O − E) / √O. */
  tscore: number;
}

const xlnx = (o: number, e: number) => (o === 0 ? 0 : o * Math.log(o / e));

/**
 * The scores of a word seen `o` times in a window of `w` positions, `f` times in `n` words.
 * The 2×2 table: in the window or not × this word or not; E_ij = row_i · col_j / N.
 */
export function scores(o: number, f: number, w: number, n: number): { expected: number; ll: number; pmi: number; tscore: number } {
  const table = [
    [o, w, f],
    [w - o, w, n - f],
    [f - o, n - w, f],
    [n - w - f + o, n - w, n - f],
  ] as const;
  let g2 = 0;
  for (const [obs, row, col] of table) g2 += xlnx(obs, (row * col) / n);
  const expected = (w * f) / n;
  const ll = 2 * g2 * (o < expected ? -1 : 1);
  return { expected, ll, pmi: Math.log2(o / expected), tscore: (o - expected) / Math.sqrt(o) };
}

/** The collocates seen at least `min` times, not stopwords, best first by `measure` (ties: more observed, then key). */
export function collocates(summary: CollocationSummary, options: { measure?: Measure; min?: number; top?: number; stopwords?: Set<string> } = {}): Collocate[] {
  const measure = options.measure ?? 'll';
  const out: Collocate[] = [];
  for (const [key, o] of Object.entries(summary.cooc)) {
    if (o < (options.min ?? 1) || options.stopwords?.has(key)) continue;
    const f = summary.freq[key] ?? o;
    const forms = Object.entries(summary.forms[key] ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push({ word: forms[0]?.[0] ?? key, key, observed: o, frequency: f, ...scores(o, f, summary.window, summary.words) });
  }
  out.sort((a, b) => b[measure] - a[measure] || b.observed - a.observed || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return options.top === undefined ? out : out.slice(0, options.top);
}
