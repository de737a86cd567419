// Every task a command runs on each article, by name: the one table this thread and the worker
// threads build a task from. An entry loads the modules it needs when it is built (so a run loads
// only its own command's code, and `vnews --help` none), and gives the article function for its
// options and, for the summaries, the fold that merges what two articles gave (in place, in any
// grouping), with which a worker folds a batch of articles into one result. A task is named by a
// key of this table, checked by the compiler, so renaming a function cannot break `--jobs`.
import type { Document, Kind } from '../types.js';
import type { Word } from '../segment/index.js';
import type { Cut } from '../clean/index.js';
import type { CleanDocument } from '../clean/report.js';
import type { FigureFilterOptions } from '../corpus/figures.js';
import type { FigureInContext } from '../corpus/article.js';
import type { Dispersion, KwicEntry } from '../corpus/concordance.js';
import type { Quote } from '../quotes/index.js';
import type { OfficialsSummary } from '../corpus/officials.js';
import type { ConferencesSummary } from '../corpus/conferences.js';
import { segmenterInUse, type SegmenterName } from '../segment/choice.js';
import type { ArticleFunction, FoldFunction } from './task.js';

/** A task built: its article function, and its fold when its results may be folded. */
export interface Built<R> {
  fn: ArticleFunction<R>;
  fold?: FoldFunction<R>;
}

/** One input's words, as segment's json and ndjson give them. */
export interface SegmentDocument {
  path: string;
  words: Word[];
}

export const TASKS = {
  /** extract: one article's document. */
  async extract(o: { kinds: Kind[]; clean: boolean }): Promise<Built<Document>> {
    const { extract } = await import('../extract.js');
    return { fn: (text, path) => extract(text, { path, only: o.kinds, clean: o.clean }) };
  },

  /**
   * extract --format ndjson: one article's document as JSON text, and how many of each kind it
   * holds. A worker sends back one string instead of the document's objects: the copy between
   * threads costs a memcpy instead of a structured clone, and this thread only writes it.
   */
  async extractJson(o: { kinds: Kind[]; clean: boolean }): Promise<Built<{ json: string; found: number[] }>> {
    const { extract } = await import('../extract.js');
    return {
      fn: (text, path) => {
        const doc = extract(text, { path, only: o.kinds, clean: o.clean });
        return { json: JSON.stringify(doc), found: o.kinds.map((k) => doc[k].length) };
      },
    };
  },

  /** segment (text): one article's segmented lines, a word's syllables joined by `_`. */
  async segmentText(o: { clean: boolean }): Promise<Built<{ path: string; out: string }>> {
    const [{ prepare }, { segmentedText }] = await Promise.all([import('../clean/index.js'), import('../corpus/words.js')]);
    return {
      fn: (text, path) => {
        const p = prepare(text, o.clean);
        return { path, out: segmentedText(p.masked, p.cuts) };
      },
    };
  },

  /** segment (json, ndjson): one article's words. */
  async segment(o: { clean: boolean }): Promise<Built<SegmentDocument>> {
    const { segmentArticle } = await import('../corpus/words.js');
    return { fn: (text, path) => ({ path, words: segmentArticle(text, o.clean) }) };
  },

  /** clean (text): one article's normalized text and its cuts. */
  async cleanText(_o: object): Promise<Built<{ path: string; text: string; cuts: Cut[] }>> {
    const [{ findFurniture }, { normalize }] = await Promise.all([import('../clean/index.js'), import('../text/normalize.js')]);
    return {
      fn: (raw, path) => {
        const text = normalize(raw);
        return { path, text, cuts: findFurniture(text) };
      },
    };
  },

  /** clean (json, ndjson): one article's cuts, counted. */
  async cleanDocument(_o: object): Promise<Built<CleanDocument>> {
    const { cleanDocument } = await import('../clean/report.js');
    return { fn: (raw, path) => cleanDocument(path, raw) };
  },

  /** officials: one article's officials, as a summary of its own. */
  async officials(o: { clean: boolean }) {
    const [{ extract }, { addDocument, mergeSummariesInto }, { dict }] = await Promise.all([import('../extract.js'), import('../corpus/officials.js'), import('../collections.js')]);
    return built(
      (text, path) => {
        const part: OfficialsSummary = dict();
        addDocument(part, extract(text, { path, only: ['officials', 'dates'], clean: o.clean }));
        return part;
      },
      mergeSummariesInto,
    );
  },

  /** conferences: one article's conferences, as a summary of its own. */
  async conferences(o: { clean: boolean }) {
    const [{ readArticle }, { addConferences, mergeConferencesInto }, { dict }] = await Promise.all([import('../corpus/article.js'), import('../corpus/conferences.js'), import('../collections.js')]);
    return built(
      (text, path) => {
        const part: ConferencesSummary = dict();
        addConferences(part, readArticle(text, path, ['conferences', 'dates', 'figures'], o.clean));
        return part;
      },
      mergeConferencesInto,
    );
  },

  /** figures: one article's figures that pass the filters, each in its sentence. */
  async figures(o: { clean: boolean; filters: FigureFilterOptions }): Promise<Built<FigureInContext[]>> {
    const [{ readArticle }, { articleFigures, figureFilter }] = await Promise.all([import('../corpus/article.js'), import('../corpus/figures.js')]);
    const keep = figureFilter(o.filters);
    return { fn: (text, path) => articleFigures(readArticle(text, path, ['figures'], o.clean), keep) };
  },

  /** check: what one article states, as a summary of its own. */
  async check(o: { clean: boolean }) {
    const [{ readArticle }, { addToCheck, emptyCheckSummary, mergeCheckInto }] = await Promise.all([import('../corpus/article.js'), import('../corpus/check/index.js')]);
    return built((text, path) => {
      const part = emptyCheckSummary();
      addToCheck(part, readArticle(text, path, undefined, o.clean));
      return part;
    }, mergeCheckInto);
  },

  /** dedupe: one article's signature, as an index of its own. */
  async dedupe(o: { clean: boolean }) {
    const { addToDedupe, createDedupeIndex, mergeDedupeInto, textToSign } = await import('../corpus/dedupe.js');
    return built((text, path) => {
      const part = createDedupeIndex();
      addToDedupe(part, path, textToSign(text, o.clean));
      return part;
    }, mergeDedupeInto);
  },

  /** quotes: one article's quotations. */
  async quotes(o: { clean: boolean }): Promise<Built<Quote[]>> {
    const [{ readArticle }, { findQuotes }] = await Promise.all([import('../corpus/article.js'), import('../quotes/index.js')]);
    return { fn: (text, path) => findQuotes(readArticle(text, path, ['officials'], o.clean)) };
  },

  /** kwic: one article's concordance entries. */
  async kwic(o: { pattern: string; regex: boolean; width: number; clean: boolean }): Promise<Built<KwicEntry[]>> {
    const { compilePattern, kwic } = await import('../corpus/concordance.js');
    const pattern = compilePattern(o.pattern, o.regex);
    return { fn: (text, path) => kwic(text, path, pattern, { width: o.width, clean: o.clean }) };
  },

  /** plot: where the pattern falls in one article. */
  async plot(o: { pattern: string; regex: boolean; clean: boolean }): Promise<Built<Dispersion>> {
    const { compilePattern, dispersion } = await import('../corpus/concordance.js');
    const pattern = compilePattern(o.pattern, o.regex);
    return { fn: (text, path) => dispersion(text, path, pattern, o.clean) };
  },

  /** collocations: one article's counts around the node word. */
  async collocations(o: { word: string; left: number; right: number; clean: boolean }) {
    const [{ compilePattern }, { addArticleCollocations, emptyCollocations, mergeCollocationsInto, nodeKeys }] = await Promise.all([import('../corpus/concordance.js'), import('../corpus/collocations.js')]);
    const pattern = compilePattern(o.word);
    const node = nodeKeys(o.word);
    return built((text) => {
      const part = emptyCollocations(node, o.left, o.right);
      addArticleCollocations(part, text, pattern, o.clean);
      return part;
    }, mergeCollocationsInto);
  },

  /** freq, keywords: one article's word counts. */
  async freq(o: { clean: boolean }) {
    const [{ articleWords }, { addFreq, freqSummary, mergeFreq }] = await Promise.all([import('../corpus/words.js'), import('../corpus/freq.js')]);
    return built((text) => {
      const part = freqSummary();
      addFreq(part, articleWords(text, o.clean));
      return part;
    }, mergeFreq);
  },

  /** ngrams: one article's n-gram counts. */
  async ngrams(o: { clean: boolean; sizes: number[] }) {
    const [{ articleRuns }, { addNgrams, mergeNgrams, ngramSummary }] = await Promise.all([import('../corpus/words.js'), import('../corpus/ngrams.js')]);
    return built((text) => {
      const part = ngramSummary();
      addNgrams(part, articleRuns(text, o.clean), o.sizes);
      return part;
    }, mergeNgrams);
  },
};

/** A task's article function and fold, their result types tied together. */
function built<R>(fn: ArticleFunction<R>, fold: FoldFunction<R>): Built<R> {
  return { fn, fold };
}

export type TaskName = keyof typeof TASKS;
export type TaskOptions<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskResult<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>> extends Built<infer R> ? R : never;

/** What a worker needs to build a task: plain data, cloned to the worker. */
export interface TaskSpec {
  name: TaskName;
  options: unknown;
  /** Fold the results when the task has a fold (false: one result an article, as keywords --tfidf needs). */
  fold: boolean;
  /** The word segmenter in use where the task was made: the workers segment with it too. */
  segmenter: SegmenterName;
}

/** A task to run on every article: the table's name and the options (the result type rides along). */
export interface Task<R> {
  spec: TaskSpec;
  /** Never set: the type of what the task gives. */
  readonly result?: R;
}

/** The task named `name` with these options; `fold: false` keeps one result an article even where the task has a fold. */
export function task<N extends TaskName>(name: N, options: TaskOptions<N>, { fold = true }: { fold?: boolean } = {}): Task<TaskResult<N>> {
  return { spec: { name, options, fold, segmenter: segmenterInUse() } };
}

/** Build a task from its spec (in this thread or a worker). */
export async function buildTask<R>(spec: TaskSpec): Promise<Built<R>> {
  if (!Object.hasOwn(TASKS, spec.name)) throw new Error(`no task named ${String(spec.name)}`);
  const made = (await (TASKS[spec.name] as (o: unknown) => Promise<Built<unknown>>)(spec.options)) as Built<R>;
  return spec.fold ? made : { fn: made.fn };
}
