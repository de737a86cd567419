// The loop the command line runs, for scripts: every input (files, directories, glob patterns,
// `-`) read in order, a task run on each article in this thread or in worker threads, and each
// article's result handed back in input order. `extractFiles` is the common case: each article's
// document, as `vnews extract --format ndjson` prints it.
import { KINDS, type Document, type Kind } from '../types.js';
import type { EncodingChoice } from '../io/decode.js';
import { mapInputs, type Mapped } from './pool.js';
import { task, type TaskName, type TaskOptions, type TaskResult } from './tasks.js';

export interface FilesOptions {
  /** Threads that work on articles: 1 (the default) this one only; `auto`, one per core once the inputs reach 6 MB. */
  jobs?: number | 'auto';
  /** How the inputs are encoded; `auto` (the default) tells each file's from its bytes. */
  encoding?: EncodingChoice;
  /** For a task with a fold (the summaries): hand back batches of articles folded into one result (`files` says how many); off by default, one result an article. */
  fold?: boolean;
}

/** Run the task named `name` on every input; one result an input (an error in place of an input that failed), in input order. */
export function runFiles<N extends TaskName>(inputs: readonly string[], name: N, options: TaskOptions<N>, run: FilesOptions = {}): AsyncGenerator<Mapped<TaskResult<N>>> {
  return mapInputs(inputs, task(name, options, { fold: run.fold === true }), run.jobs ?? 1, run.encoding !== undefined ? { encoding: run.encoding } : {});
}

/** Each input's document (officials, conferences, dates and figures, or the kinds in `only`), in input order. */
export function extractFiles(inputs: readonly string[], options: { only?: readonly Kind[]; clean?: boolean } & FilesOptions = {}): AsyncGenerator<Mapped<Document>> {
  const { only, clean, ...run } = options;
  return runFiles(inputs, 'extract', { kinds: [...(only ?? KINDS)], clean: clean ?? true }, run);
}
