// Every command that reads articles goes through `mapInputs`: inputs are read in order and dealt
// to a pool of worker threads (piscina), and what each article gave comes back in input order,
// whichever worker finished first. With one job (or a single input) the work runs in this thread,
// through the same article function. A task with a fold (the summaries) is dealt in batches that
// the worker folds into one result, which comes back in place of the batch's articles.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { readInputs, type Loaded, type ReadOptions } from '../io/inputs.js';
import { attempt, type Outcome, type Task } from './task.js';
import type { WorkItem, WorkResult } from './worker.js';

/**
 * One input, in input order: what its article gave, or why it could not be read or processed. A
 * folded batch is one value for `files` articles (`path` is the last one's).
 */
export type Mapped<R> = { path: string; bytes: number; files: number; value: R } | { path: string; bytes: number; files: number; error: string };

/** The number of jobs when none is asked for: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Articles in flight per job: enough to keep every worker busy while one slow article holds up the output. */
const WINDOW_PER_JOB = 16;
/**
 * Articles a worker is handed before it finishes the one it is on, so that it goes from one to
 * the next without waiting for this thread (measured: with one at a time, workers sat idle a
 * third of the time on a busy machine).
 */
const QUEUED_PER_WORKER = 4;

/**
 * A batch of articles to fold: at most this many (or bytes). Batches start small, so that a short
 * run still keeps every worker busy, and grow with the run (an eighth of the articles dealt so
 * far), since the larger the batch the less there is to send back and merge: measured, freq
 * -j 2 on the corpus x4 took 13.5 s with batches of 32 and 10.0 s with batches of 256.
 */
const FOLD_BATCH_MIN = 8;
const FOLD_BATCH_MAX = 256;
const FOLD_BATCH_BYTES = 4 << 20;

const WORKER = new URL('./worker.js', import.meta.url).href;

const bytesOf = (l: Loaded) => ('bytes' in l ? l.bytes : 0);

function mapped<R>(loaded: Loaded, outcome: Outcome<R>): Mapped<R> {
  const bytes = bytesOf(loaded);
  return 'value' in outcome ? { path: loaded.path, bytes, files: 1, value: outcome.value } : { path: loaded.path, bytes, files: 1, error: outcome.error };
}

/** With --jobs left to its default, runs of fewer inputs than this stay in one thread: starting a worker costs more than it saves. */
export const AUTO_MIN_INPUTS = 16;

/**
 * Read every input and run the task on each article with `jobs` worker threads (`auto`: one per
 * core when there are at least AUTO_MIN_INPUTS inputs), yielding the results in input order. At
 * most jobs × WINDOW_PER_JOB articles (a task with a fold: jobs × QUEUED_PER_WORKER batches of at
 * most FOLD_BATCH_BYTES) are held at once, whatever the input size. Files are read (and decoded,
 * as `read` says) in this thread; workers are handed text.
 */
export async function* mapInputs<R>(inputs: readonly string[], task: Task<R>, jobs: number | 'auto' = 1, read: ReadOptions = {}): AsyncGenerator<Mapped<R>> {
  const loaded = readInputs(inputs, read);
  // A single input (or, by default, a few) is not worth starting threads for: look at the first
  // ones (by hand: a for-await loop left early would close the generator).
  const enough = jobs === 'auto' ? AUTO_MIN_INPUTS : 2;
  const threads = jobs === 'auto' ? defaultJobs() : jobs;
  const head: Loaded[] = [];
  while (head.length < enough && threads > 1) {
    const next = await loaded.next();
    if (next.done === true) break;
    head.push(next.value);
  }
  const rest = async function* (): AsyncGenerator<Loaded> {
    yield* head.splice(0);
    yield* loaded;
  };
  if (threads <= 1 || head.length < enough) {
    const fn = task.local();
    for await (const l of rest()) yield mapped(l, 'error' in l ? l : attempt(fn, l.text, l.path));
    return;
  }

  const pool = new Piscina<WorkItem, WorkResult>({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: Infinity, concurrentTasksPerWorker: QUEUED_PER_WORKER });
  const key = JSON.stringify(task.spec);
  const folds = task.spec.fold !== undefined;
  /** A batch dealt to a worker; what it gave, in input order (read errors in their places). */
  const deal = (batch: Loaded[]): Promise<Mapped<R>[]> => {
    const read = batch.flatMap((l) => ('error' in l ? [] : [l]));
    const failed = (err: unknown): Mapped<R>[] => batch.map((l) => mapped(l, 'error' in l ? l : { error: `internal error: ${err instanceof Error ? err.message : String(err)}` }));
    if (read.length === 0) return Promise.resolve(failed(undefined));
    return pool.run({ spec: task.spec, key, articles: read.map((l) => ({ text: l.text, path: l.path })) }).then((result): Mapped<R>[] => {
      if ('outcomes' in result) {
        let i = 0;
        return batch.map((l) => mapped(l, 'error' in l ? l : (result.outcomes[i++] as Outcome<R>)));
      }
      const errors = new Map(result.errors);
      const out: Mapped<R>[] = [];
      let bytes = 0;
      let i = 0;
      for (const l of batch) {
        if ('error' in l) out.push(mapped(l, l));
        else {
          const error = errors.get(i++);
          if (error !== undefined) out.push(mapped(l, { error }));
          else bytes += l.bytes;
        }
      }
      if (result.count > 0) out.push({ path: (read.at(-1) as Loaded).path, bytes, files: result.count, value: result.folded as R });
      return out;
    }, failed);
  };
  const inFlight: Promise<Mapped<R>[]>[] = [];
  const window = folds ? threads * QUEUED_PER_WORKER : threads * WINDOW_PER_JOB;
  let batch: Loaded[] = [];
  let batchBytes = 0;
  let dealt = 0;
  try {
    for await (const l of rest()) {
      batch.push(l);
      batchBytes += bytesOf(l);
      const most = Math.min(FOLD_BATCH_MAX, Math.max(FOLD_BATCH_MIN, dealt >> 3));
      if (folds && batch.length < most && batchBytes < FOLD_BATCH_BYTES) continue;
      dealt += batch.length;
      inFlight.push(deal(batch));
      batch = [];
      batchBytes = 0;
      if (inFlight.length >= window) yield* await (inFlight.shift() as Promise<Mapped<R>[]>);
    }
    if (batch.length > 0) inFlight.push(deal(batch));
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<Mapped<R>[]>);
  } finally {
    await pool.destroy();
  }
}
