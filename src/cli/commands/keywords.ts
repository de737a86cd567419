// `vnews keywords`: the keywords of the inputs against a reference corpus (log-likelihood, log
// ratio), or per document by TF-IDF (--tfidf). The reference corpus is read first (its word
// counts, as freq makes them), then the inputs.
import type { Command } from 'commander';
import type { Counts, FreqSummary } from '../../corpus/freq.js';
import type { DocumentKeyword, Keyword } from '../../corpus/keywords.js';
import type { SummaryCommand } from '../summary.js';
import { nonNegative, type Globals } from '../options.js';
import { limits, noteCut, stopSet, wordListCommand, wordListOptions, type WordListFlags, type WordListOptions } from '../word-lists.js';

export interface KeywordsCommandOptions extends WordListOptions {
  /** The reference corpus: files, directories, globs (needed unless tfidf). */
  reference?: string[];
  /** Least G2 (default 3.84). */
  minG2?: number;
  /** Per-document TF-IDF keywords instead of keyness against a reference. */
  tfidf: boolean;
}

export function defineKeywords(program: Command, globals: () => Globals): void {
  wordListCommand(program, 'keywords', 'keywords of the inputs against a reference corpus (log-likelihood, log ratio), or per document (--tfidf)')
    .option('--reference <input>', 'the reference corpus: a file, directory or glob pattern; repeat it for more (--reference a/ --reference b/)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--min-g2 <x>', 'only keywords whose log-likelihood reaches this (default 3.84, p < 0.05; 0: all)', (v) => nonNegative(v, '--min-g2'))
    .option('--tfidf', "per-document keywords by TF-IDF (natural's TfIdf) instead; --top per document (default 10)")
    .addHelpText(
      'after',
      `
Examples:
  vnews keywords corpus/crawl-2026 --reference corpus/baomoi-2017 --top 20
  vnews keywords --tfidf --top 5 --stopwords iso fixtures/seeds/`,
    )
    .action(async (inputs: string[], opts: WordListFlags & { reference?: string[]; minG2?: number; tfidf?: boolean }) => {
      if (opts.tfidf !== true && (opts.reference === undefined || opts.reference.length === 0)) throw new Error("keywords needs --reference DIR|FILE (or --tfidf); see 'vnews keywords --help'");
      if (opts.tfidf !== true && inputs.length === 0 && process.stdin.isTTY) throw new Error("keywords: no inputs to compare with the reference (give them before or after --reference, which takes one path; repeat it for more); see 'vnews keywords --help'");
      const { top: _top, topByDefault: _default, ...rest } = wordListOptions(opts, globals());
      // --tfidf: --top is per document (default 10; 0: every word).
      const top = opts.tfidf === true ? (opts.top === 0 ? Number.MAX_SAFE_INTEGER : opts.top) : _top;
      process.exitCode = await runKeywords(inputs, {
        ...rest,
        ...(top !== undefined ? { top } : {}),
        ...(opts.tfidf !== true && _default !== undefined ? { topByDefault: _default } : {}),
        tfidf: opts.tfidf === true,
        ...(opts.reference !== undefined ? { reference: opts.reference } : {}),
        ...(opts.minG2 !== undefined ? { minG2: opts.minG2 } : {}),
      });
    });
}

/** What `keywords --tfidf` keeps: the inputs' word counts (for the written forms), and each document's keys. */
export interface TfidfState {
  target: FreqSummary;
  documents: [string, Counts][];
}

/** What `keywords` keeps: the inputs' word counts, and the reference corpus's (the same in every shard). */
export interface KeywordsState {
  target: FreqSummary;
  reference: FreqSummary;
}

/** The modules a keywords summary needs, loaded when it is made. */
function load() {
  return Promise.all([import('../../corpus/freq.js'), import('../../corpus/keywords.js'), import('../../corpus/words.js'), import('../summary.js'), import('../output.js'), import('../../render/index.js'), import('../../parallel/tasks.js')]);
}

/** `--tfidf`'s summary (for a run, or for `merge` of its partials). */
export async function tfidfCommand(options: KeywordsCommandOptions): Promise<SummaryCommand<FreqSummary, DocumentKeyword>> {
  const [{ freqSummary, mergeFreq }, { DocumentKeywords }, { stopwords }, { partialOptions }, { terminalWidth }, { tfidfCsv, tfidfTable }, { task }] = await load();
  const target = freqSummary();
  const documents = new DocumentKeywords();
  return {
    name: 'keywords',
    options: partialOptions(options),
    field: 'tfidf',
    noun: 'keywords',
    // One result an article: each document's own counts are its keys.
    task: task('freq', { clean: options.clean }, { fold: false }),
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
    items: () => documents.list(target.forms, { ...stopSet(options, stopwords), ...(options.top !== undefined ? { top: options.top } : {}) }),
    table: (rows) => tfidfTable(rows, options.color, terminalWidth()),
    csv: tfidfCsv,
  };
}

/** The keyness summary against `reference` (for a run, or for `merge` of its partials). */
export async function keywordsCommand(options: KeywordsCommandOptions, referenceCounts?: FreqSummary): Promise<SummaryCommand<FreqSummary, Keyword>> {
  const [{ freqSummary, mergeFreq }, { keywords }, { stopwords }, { partialOptions }, { terminalWidth }, { keywordsCsv, keywordsTable }, { task }] = await load();
  const target = freqSummary();
  const reference = referenceCounts ?? freqSummary();
  let referenceSeen = false;
  return {
    name: 'keywords',
    options: partialOptions(options),
    field: 'keywords',
    task: task('freq', { clean: options.clean }),
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
    items: () => keywords(target, reference, { ...limits(options), ...stopSet(options, stopwords), ...(options.minG2 !== undefined ? { minG2: options.minG2 } : {}) }),
    table: (rows) => (noteCut(rows.length, options), keywordsTable(rows, { target: target.words, reference: reference.words }, options.color, terminalWidth())),
    csv: keywordsCsv,
  };
}

export async function runKeywords(inputs: string[], options: KeywordsCommandOptions): Promise<number> {
  const [{ freqSummary, mergeFreq }, { eachInput }, { runSummary }, { task }] = await Promise.all([import('../../corpus/freq.js'), import('../run.js'), import('../summary.js'), import('../../parallel/tasks.js')]);
  if (options.tfidf) return runSummary(inputs, options.format, await tfidfCommand(options), options);
  const reference = freqSummary();
  const referenceStatus = await eachInput(
    options.reference ?? [],
    task('freq', { clean: options.clean }),
    { document: (part) => void mergeFreq(reference, part), error: () => undefined },
    { ...(options.jobs !== undefined ? { jobs: options.jobs } : {}), ...(options.progress !== undefined ? { progress: options.progress } : {}), ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) },
  );
  const status = await runSummary(inputs, options.format, await keywordsCommand(options, reference), options);
  return Math.max(status, referenceStatus);
}
