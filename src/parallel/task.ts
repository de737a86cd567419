// What a task runs on one article, and what it gave. The tasks themselves, by name, are in
// tasks.ts; the same task runs in this thread (--jobs 1) and in the workers, so both give the same
// answer.

/** Turns one article's text and path into what the command keeps of it. */
export type ArticleFunction<R> = (text: string, path: string) => R;

/**
 * Folds what one article gave into what others gave (a summary's in-place merge, returning
 * `into`). With one, a worker folds a batch of articles itself and sends back one summary, not one
 * per article: much less to copy between threads and to merge in this one.
 */
export type FoldFunction<R> = (into: R, from: R) => R;

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
