// Every command that reads articles goes through `mapInputs`: inputs are read in order and dealt
// to a pool of worker threads (piscina), and what each article gave comes back in input order,
// whichever worker finished first. With one job (or a single input) the work runs in this thread,
// through the same article function.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { readInputs, type Loaded } from '../io/inputs.js';
import { attempt, type Outcome, type Task } from './task.js';
import type { WorkItem } from './worker.js';

/** One input, in input order: what its article gave, or why it could not be read or processed. */
export type Mapped<R> = { path: string; bytes: number; value: R } | { path: string; bytes: number; error: string };

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

const WORKER = new URL('./worker.js', import.meta.url).href;

function mapped<R>(loaded: Loaded, outcome: Outcome<R>): Mapped<R> {
  const bytes = 'bytes' in loaded ? loaded.bytes : 0;
  return 'value' in outcome ? { path: loaded.path, bytes, value: outcome.value } : { path: loaded.path, bytes, error: outcome.error };
}

/** With --jobs left to its default, runs of fewer inputs than this stay in one thread: starting a worker costs more than it saves. */
export const AUTO_MIN_INPUTS = 16;

/**
 * Read every input and run the task on each article with `jobs` worker threads (`auto`: one per
 * core when there are at least AUTO_MIN_INPUTS inputs), yielding the results in input order. At
 * most jobs × WINDOW_PER_JOB articles are held at once, whatever the input size.
 */
export async function* mapInputs<R>(inputs: readonly string[], task: Task<R>, jobs: number | 'auto' = 1): AsyncGenerator<Mapped<R>> {
  const loaded = readInputs(inputs);
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

  const pool = new Piscina<WorkItem, Outcome<R>>({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: Infinity, concurrentTasksPerWorker: QUEUED_PER_WORKER });
  const key = JSON.stringify(task.spec);
  const deal = (l: Loaded): Promise<Mapped<R>> =>
    'error' in l
      ? Promise.resolve(mapped(l, l))
      : pool.run({ spec: task.spec, key, text: l.text, path: l.path }).then(
          (outcome) => mapped(l, outcome),
          (err: unknown) => mapped(l, { error: `internal error: ${err instanceof Error ? err.message : String(err)}` }),
        );
  const inFlight: Promise<Mapped<R>>[] = [];
  try {
    for await (const l of rest()) {
      inFlight.push(deal(l));
      if (inFlight.length >= threads * WINDOW_PER_JOB) yield await (inFlight.shift() as Promise<Mapped<R>>);
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as Promise<Mapped<R>>);
  } finally {
    await pool.destroy();
  }
}
