// `vnews freq`, `vnews ngrams` and `vnews keywords`: word lists across all inputs, from the words
// `segment` finds (corpus/words.ts). Each article's counts are worked out by its task (in a worker
// with --jobs) and summed into the summary in input order.
import { articleRuns, articleWords, stopwords as stopwordList } from '../corpus/words.js';
import { addFreq, freqSummary, mergeFreq, wordFrequencies, type Counts, type FreqSummary, type WordFrequency } from '../corpus/freq.js';
import { addNgrams, mergeNgrams, ngramFrequencies, ngramSummary, type NgramFrequency, type NgramSummary } from '../corpus/ngrams.js';
import { DocumentKeywords, keywords, type DocumentKeyword, type Keyword } from '../corpus/keywords.js';
import { foldedSummary, partialOptions, runSummary, type SummaryCommand, type SummaryFormat } from '../cli/summary.js';
import { eachInput, type RunOptions } from '../cli/run.js';
import { reportUsage, terminalWidth } from '../cli/output.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { freqCsv, freqTable, keywordsCsv, keywordsTable, ngramsCsv, ngramsTable, tfidfCsv, tfidfTable } from '../render/index.js';

/** The folds its tasks' workers look up by name in this module. */
export { mergeFreq, mergeNgrams };

export interface WordListOptions extends RunOptions {
  format: SummaryFormat;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
  /** `vntk`, `iso`, or a file with one word a line. */
  stopwords?: string;
  min?: number;
  top?: number;
  /** `top` is the terminal's default, not asked for: say so when it cut the table. */
  topByDefault?: boolean;
}

function stopSet(options: WordListOptions): { stopwords?: ReadonlySet<string> } {
  return options.stopwords === undefined ? {} : { stopwords: stopwordList(options.stopwords) };
}

/** A table cut at the terminal's default --top: say so on stderr, and how to see every row. */
function noteCut(rows: number, options: WordListOptions): void {
  if (options.topByDefault === true && options.top !== undefined && rows >= options.top) reportUsage(`the first ${options.top} rows: --top N for more, --top 0 for all (or --format ndjson)`);
}

function limits(options: WordListOptions): { min?: number; top?: number } {
  return { ...(options.min !== undefined ? { min: options.min } : {}), ...(options.top !== undefined ? { top: options.top } : {}) };
}

/** One article's word counts. */
export function freqPart(options: { clean: boolean }): ArticleFunction<FreqSummary> {
  return (text) => {
    const part = freqSummary();
    addFreq(part, articleWords(text, options.clean));
    return part;
  };
}

/** One article's n-gram counts. */
export function ngramsPart(options: { clean: boolean; sizes: number[] }): ArticleFunction<NgramSummary> {
  return (text) => {
    const part = ngramSummary();
    addNgrams(part, articleRuns(text, options.clean), options.sizes);
    return part;
  };
}

export function freqCommand(options: WordListOptions): SummaryCommand<FreqSummary, WordFrequency> {
  const summary = freqSummary();
  return {
    name: 'freq',
    options: partialOptions(options),
    field: 'words',
    task: task(import.meta.url, freqPart, { clean: options.clean }, mergeFreq),
    ...foldedSummary(summary, mergeFreq),
    totals: () => ({ total_words: summary.words, documents: summary.documents }),
    items: () => wordFrequencies(summary, { ...limits(options), ...stopSet(options) }),
    table: (rows) => (noteCut(rows.length, options), freqTable(rows, { words: summary.words, documents: summary.documents }, options.color, terminalWidth())),
    csv: freqCsv,
  };
}

export function runFreq(inputs: string[], options: WordListOptions): Promise<number> {
  return runSummary(inputs, options.format, freqCommand(options), options);
}

export type NgramsOptions = WordListOptions & { sizes: number[] };

export function ngramsCommand(options: NgramsOptions): SummaryCommand<NgramSummary, NgramFrequency> {
  const summary = ngramSummary();
  return {
    name: 'ngrams',
    options: partialOptions(options),
    field: 'ngrams',
    noun: 'n-grams',
    task: task(import.meta.url, ngramsPart, { clean: options.clean, sizes: options.sizes }, mergeNgrams),
    ...foldedSummary(summary, mergeNgrams),
    totals: () => ({ documents: summary.documents }),
    items: () => ngramFrequencies(summary, { ...limits(options), ...stopSet(options) }),
    table: (rows) => (noteCut(rows.length, options), ngramsTable(rows, summary.documents, options.color, terminalWidth())),
    csv: ngramsCsv,
  };
}

export function runNgrams(inputs: string[], options: NgramsOptions): Promise<number> {
  return runSummary(inputs, options.format, ngramsCommand(options), options);
}

export interface KeywordsCommandOptions extends WordListOptions {
  /** The reference corpus: files, directories, globs (needed unless tfidf). */
  reference?: string[];
  /** Least G2 (default 3.84). */
  minG2?: number;
  /** Per-document TF-IDF keywords instead of keyness against a reference. */
  tfidf: boolean;
}

/** What `keywords --tfidf` keeps: the inputs' word counts (for the written forms), and each document's keys. */
export interface TfidfState {
  target: FreqSummary;
  documents: [string, Counts][];
}

export function tfidfCommand(options: KeywordsCommandOptions): SummaryCommand<FreqSummary, DocumentKeyword> {
  const target = freqSummary();
  const documents = new DocumentKeywords();
  return {
    name: 'keywords',
    options: partialOptions(options),
    field: 'tfidf',
    noun: 'keywords',
    task: task(import.meta.url, freqPart, { clean: options.clean }),
    add: (part, path) => {
      documents.add(path, part.counts);
      mergeFreq(target, part);
    },
    state: (): TfidfState => ({ target, documents: documents.documents }),
    merge: (state) => {
      const s = state as TfidfState;
      mergeFreq(target, s.target);
      for (const [path, keys] of s.documents) documents.add(path, keys);
    },
    items: () => documents.list(target.forms, { ...stopSet(options), ...(options.top !== undefined ? { top: options.top } : {}) }),
    table: (rows) => tfidfTable(rows, options.color, terminalWidth()),
    csv: tfidfCsv,
  };
}

/** What `keywords` keeps: the inputs' word counts, and the reference corpus's (the same in every shard). */
export interface KeywordsState {
  target: FreqSummary;
  reference: FreqSummary;
}

export function keywordsCommand(options: KeywordsCommandOptions, reference: FreqSummary = freqSummary()): SummaryCommand<FreqSummary, Keyword> {
  const target = freqSummary();
  let referenceSeen = false;
  return {
    name: 'keywords',
    options: partialOptions(options),
    field: 'keywords',
    task: task(import.meta.url, freqPart, { clean: options.clean }, mergeFreq),
    add: (part) => mergeFreq(target, part),
    state: (): KeywordsState => ({ target, reference }),
    merge: (state) => {
      const s = state as KeywordsState;
      mergeFreq(target, s.target);
      // Every shard read the whole reference corpus: take it once, and make sure it was the same.
      if (!referenceSeen) mergeFreq(reference, s.reference);
      else if (s.reference.words !== reference.words || s.reference.documents !== reference.documents) throw new Error('the partial files were made against different reference corpora');
      referenceSeen = true;
    },
    totals: () => ({ target: { words: target.words, documents: target.documents }, reference: { words: reference.words, documents: reference.documents } }),
    items: () => keywords(target, reference, { ...limits(options), ...stopSet(options), ...(options.minG2 !== undefined ? { minG2: options.minG2 } : {}) }),
    table: (rows) => (noteCut(rows.length, options), keywordsTable(rows, { target: target.words, reference: reference.words }, options.color, terminalWidth())),
    csv: keywordsCsv,
  };
}

export async function runKeywords(inputs: string[], options: KeywordsCommandOptions): Promise<number> {
  if (options.tfidf) return runSummary(inputs, options.format, tfidfCommand(options), options);
  const reference = freqSummary();
  const referenceStatus = await eachInput(options.reference ?? [], task(import.meta.url, freqPart, { clean: options.clean }, mergeFreq), { document: (part) => void mergeFreq(reference, part), error: () => undefined }, { ...(options.jobs !== undefined ? { jobs: options.jobs } : {}), ...(options.progress !== undefined ? { progress: options.progress } : {}), ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) });
  const status = await runSummary(inputs, options.format, keywordsCommand(options, reference), options);
  return Math.max(status, referenceStatus);
}
