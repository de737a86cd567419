// The work a command does on one article, named so that a worker thread can run it too: the
// module that exports the factory, the factory's name, and its options (plain data). The same
// factory runs in this thread (--jobs 1) and in the workers, so both give the same answer.
import { segmenterInUse, type SegmenterName } from '../segment/choice.js';

/** Turns one article's text and path into what the command keeps of it. */
export type ArticleFunction<R> = (text: string, path: string) => R;

/** A factory of article functions, exported by name from its module. */
export type TaskFactory<O, R> = (options: O) => ArticleFunction<R>;

/**
 * Folds what one article gave into what others gave (a summary's in-place merge, returning
 * `into`). With one, a worker folds a batch of articles itself and sends back one summary, not one
 * per article: much less to copy between threads and to merge in this one.
 */
export type FoldFunction<R> = (into: R, from: R) => R;

/** What a worker needs to build the article function: plain data, cloned to the worker. */
export interface TaskSpec {
  /** The module's URL (its `import.meta.url`). */
  module: string;
  /** The exported factory's name. */
  factory: string;
  options: unknown;
  /** The exported fold's name, for summaries whose articles may be folded in any grouping. */
  fold?: string;
  /** The word segmenter in use where the task was made: the workers segment with it too. */
  segmenter: SegmenterName;
}

/** A task: its spec for workers and the factory itself for this thread. */
export interface Task<R> {
  spec: TaskSpec;
  local(): ArticleFunction<R>;
}

/**
 * The task of `factory` (exported from the module at `module`, by the name it was declared with)
 * with these options; `fold`, exported from the same module, when articles' results may be folded
 * in batches.
 */
export function task<O, R>(module: string, factory: TaskFactory<O, R>, options: O, fold?: FoldFunction<R>): Task<R> {
  return { spec: { module, factory: factory.name, options, segmenter: segmenterInUse(), ...(fold !== undefined ? { fold: fold.name } : {}) }, local: () => factory(options) };
}

/** What an article gave: the value, or the error it threw (a bug, reported against the file; the run goes on). */
export type Outcome<R> = { value: R } | { error: string };

/** Run an article function, turning a throw into an outcome. */
export function attempt<R>(fn: ArticleFunction<R>, text: string, path: string): Outcome<R> {
  try {
    return { value: fn(text, path) };
  } catch (err) {
    return { error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
