// `vnews freq`, `vnews ngrams` and `vnews keywords`: word lists across all inputs, from the words
// `segment` finds (corpus/words.ts), summarized as each article is read.
import { articleRuns, articleWords, stopwords as stopwordList } from '../corpus/words.js';
import { addFreq, freqSummary, wordFrequencies } from '../corpus/freq.js';
import { addNgrams, ngramFrequencies, ngramSummary } from '../corpus/ngrams.js';
import { DocumentKeywords, keywords } from '../corpus/keywords.js';
import { runSummary, type SummaryFormat } from '../cli/summary.js';
import { eachInput } from '../cli/run.js';
import { terminalWidth } from '../cli/output.js';
import { freqCsv, freqTable, keywordsCsv, keywordsTable, ngramsCsv, ngramsTable, tfidfCsv, tfidfTable } from '../render/index.js';

export interface WordListOptions {
  format: SummaryFormat;
  color: boolean;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
  /** `vntk`, `iso`, or a file with one word a line. */
  stopwords?: string;
  min?: number;
  top?: number;
}

function stopSet(options: WordListOptions): { stopwords?: ReadonlySet<string> } {
  return options.stopwords === undefined ? {} : { stopwords: stopwordList(options.stopwords) };
}

function limits(options: WordListOptions): { min?: number; top?: number } {
  return { ...(options.min !== undefined ? { min: options.min } : {}), ...(options.top !== undefined ? { top: options.top } : {}) };
}

export async function runFreq(inputs: string[], options: WordListOptions): Promise<number> {
  const stop = stopSet(options);
  const summary = freqSummary();
  const { status } = await runSummary(inputs, options.format, {
    field: 'words',
    add: (text) => addFreq(summary, articleWords(text, options.clean)),
    totals: () => ({ total_words: summary.words, documents: summary.documents }),
    items: () => wordFrequencies(summary, { ...limits(options), ...stop }),
    table: (rows) => freqTable(rows, { words: summary.words, documents: summary.documents }, options.color, terminalWidth()),
    csv: freqCsv,
  });
  return status;
}

export async function runNgrams(inputs: string[], options: WordListOptions & { sizes: number[] }): Promise<number> {
  const stop = stopSet(options);
  const summary = ngramSummary();
  const { status } = await runSummary(inputs, options.format, {
    field: 'ngrams',
    add: (text) => addNgrams(summary, articleRuns(text, options.clean), options.sizes),
    totals: () => ({ documents: summary.documents }),
    items: () => ngramFrequencies(summary, { ...limits(options), ...stop }),
    table: (rows) => ngramsTable(rows, summary.documents, options.color, terminalWidth()),
    csv: ngramsCsv,
  });
  return status;
}

export interface KeywordsCommandOptions extends WordListOptions {
  /** The reference corpus: files, directories, globs (needed unless tfidf). */
  reference?: string[];
  /** Least G2 (default 3.84). */
  minG2?: number;
  /** Per-document TF-IDF keywords instead of keyness against a reference. */
  tfidf: boolean;
}

export async function runKeywords(inputs: string[], options: KeywordsCommandOptions): Promise<number> {
  const stop = stopSet(options);
  const target = freqSummary();
  if (options.tfidf) {
    const documents = new DocumentKeywords();
    const { status } = await runSummary(inputs, options.format, {
      field: 'tfidf',
      add: (text, path) => {
        const words = articleWords(text, options.clean);
        addFreq(target, words);
        documents.add(path, words.map((w) => w.key));
      },
      items: () => documents.list(target.forms, { ...stop, ...(options.top !== undefined ? { top: options.top } : {}) }),
      table: (rows) => tfidfTable(rows, options.color, terminalWidth()),
      csv: tfidfCsv,
    });
    return status;
  }
  const reference = freqSummary();
  const referenceStatus = await eachInput(options.reference ?? [], {
    document: (text) => addFreq(reference, articleWords(text, options.clean)),
    error: () => undefined,
  });
  const totals = () => ({ target: { words: target.words, documents: target.documents }, reference: { words: reference.words, documents: reference.documents } });
  const { status } = await runSummary(inputs, options.format, {
    field: 'keywords',
    add: (text) => addFreq(target, articleWords(text, options.clean)),
    totals,
    items: () => keywords(target, reference, { ...limits(options), ...stop, ...(options.minG2 !== undefined ? { minG2: options.minG2 } : {}) }),
    table: (rows) => keywordsTable(rows, { target: target.words, reference: reference.words }, options.color, terminalWidth()),
    csv: keywordsCsv,
  });
  return Math.max(status, referenceStatus);
}
