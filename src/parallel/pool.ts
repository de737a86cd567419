// Every command that reads articles goes through `mapInputs`: inputs are read in order, and each
// article runs through the command's task in this thread or, once the run is big enough to pay
// for them, in worker threads (piscina); what each article gave comes back in input order,
// whichever worker finished first. This thread is one of the jobs: with workers, it reads and
// decodes the files, deals them out and passes the results on (rendering them), and works on no
// article itself, so `--jobs 2` is this thread and one worker. Each thread that extracts pays
// for warming its code up (about 0.9 CPU-seconds, measured: see README, "Measured"), so this
// thread, which already has work, does not take a share. Workers are dealt batches of articles
// (a few tens of kilobytes: one message each way per batch, not per article); a task with a fold
// (the summaries) is dealt larger batches that the worker folds into one result, which comes
// back in place of the batch's articles. The answer is the same for every number of jobs.
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { readInputs, type Loaded, type ReadOptions } from '../io/inputs.js';
import { attempt, type Outcome } from './task.js';
import { buildTask, type Task } from './tasks.js';
import type { Warm, WorkItem, WorkResult } from './worker.js';

/**
 * One input, in input order: what its article gave, or why it could not be read or processed. A
 * folded batch is one value for `files` articles (`path` is the last one's).
 */
export type Mapped<R> = { path: string; bytes: number; files: number; value: R } | { path: string; bytes: number; files: number; error: string };

/** The number of jobs when none is asked for: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * With --jobs left to its default, a run goes to worker threads only once this many bytes of
 * input are known (listed or read), and stays in one thread below it. Measured on a 2-vCPU
 * machine (README, "Measured"): a worker costs about 0.25 CPU-seconds to start (node, the code,
 * the lexicons) and about 0.9 more while its code warms up, what a warm thread spends on about
 * 4 MB; below that it cannot win back what it costs, and on the corpus (2.4 MB) the old default
 * (workers from 16 inputs) ran at about half the speed of one thread.
 */
export const AUTO_MIN_BYTES = 6 << 20;

/** Batches a worker is handed before it finishes the one it is on, so that it never waits for this thread (and this thread waits, reading no further, while every worker holds this many). */
const QUEUED_PER_WORKER = 3;
/** Batches held at once (done or in flight) per job, whatever the input size: memory stays flat. */
const WINDOW_PER_JOB = 4;
/** A batch of articles without a fold: about this many bytes (at most BATCH_MAX articles). */
const BATCH_BYTES = 48 << 10;
const BATCH_MAX = 64;

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

/** A batch's place in the output: its results once they are in. */
interface Slot<R> {
  done?: Mapped<R>[];
  ready: Promise<void>;
}

/**
 * Read every input and run the task on each article, yielding the results in input order. With
 * `jobs` above 1 (`auto`: one per core, once AUTO_MIN_BYTES of input are known), `jobs - 1`
 * worker threads are started as soon as the run is known to need them (the articles before that
 * are worked on here, as they come). At most jobs × WINDOW_PER_JOB batches are held at once.
 * Files are read (and decoded, as `read` says) in this thread; workers are handed text.
 */
export async function* mapInputs<R>(inputs: readonly string[], task: Task<R>, jobs: number | 'auto' = 1, read: ReadOptions = {}): AsyncGenerator<Mapped<R>> {
  const threads = jobs === 'auto' ? defaultJobs() : jobs;
  const auto = jobs === 'auto';
  // Bytes known: listed (sizes of the files a directory or pattern gave, counted up to the
  // threshold) or read so far (stdin, --files-from); and files listed (workers for one file are
  // not worth starting).
  let listed = 0;
  let listedFiles = 0;
  let readBytes = 0;
  const threshold = auto ? AUTO_MIN_BYTES : 0;
  const counting = threads > 1 ? { listed: (bytes: number) => ((listed += bytes), ++listedFiles < 2 || listed < threshold) } : {};
  // Built here too: its fold says how batches are dealt, and the articles before any worker starts are worked on here.
  const { fn, fold } = await buildTask<R>(task.spec);
  const loaded = readInputs(inputs, { ...read, ...counting });
  const local = (l: Loaded): Mapped<R> => mapped(l, 'error' in l ? l : attempt(fn, l.text, l.path));

  let pool: Piscina<WorkItem, WorkResult> | undefined;
  const workers = threads - 1;
  const folds = fold !== undefined;
  const key = JSON.stringify(task.spec);
  let outstanding = 0;
  let dealt = 0;
  const slots: Slot<R>[] = [];
  const window = threads * WINDOW_PER_JOB;
  let batch: Loaded[] = [];
  let batchBytes = 0;
  let index = 0;

  /** Called when a worker hands a batch back. */
  let wake: (() => void) | undefined;
  /** The batch to a worker. */
  const flush = (p: Piscina<WorkItem, WorkResult>): void => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    batchBytes = 0;
    dealt += b.length;
    outstanding++;
    const slot: Slot<R> = { ready: Promise.resolve() };
    slot.ready = deal(p, b).then((done) => {
      outstanding--;
      slot.done = done;
      wake?.();
    });
    slots.push(slot);
  };
  /** A batch's results from a worker, in input order (read errors in their places). */
  const deal = (p: Piscina<WorkItem, WorkResult>, batch: Loaded[]): Promise<Mapped<R>[]> => {
    const read = batch.flatMap((l) => ('error' in l ? [] : [l]));
    const item: WorkItem = { spec: task.spec, key, texts: read.map((l) => l.text), paths: read.map((l) => l.path) };
    // The texts go to the worker (copied with the message): let go of them here, so that they
    // die young instead of being kept, and promoted, until the batch is back.
    const b: Loaded[] = batch.map((l) => ('error' in l ? l : { path: l.path, text: '', bytes: l.bytes, encoding: l.encoding }));
    const failed = (err: unknown): Mapped<R>[] => b.map((l) => mapped(l, 'error' in l ? l : { error: `internal error: ${err instanceof Error ? err.message : String(err)}` }));
    if (read.length === 0) return Promise.resolve(failed(undefined));
    const lastPath = (read.at(-1) as Loaded).path;
    return p.run(item).then((result): Mapped<R>[] => {
      if ('outcomes' in result) {
        let i = 0;
        return b.map((l) => mapped(l, 'error' in l ? l : (result.outcomes[i++] as Outcome<R>)));
      }
      const errors = new Map(result.errors);
      const out: Mapped<R>[] = [];
      let bytes = 0;
      let i = 0;
      for (const l of b) {
        if ('error' in l) out.push(mapped(l, l));
        else {
          const error = errors.get(i++);
          if (error !== undefined) out.push(mapped(l, { error }));
          else bytes += l.bytes;
        }
      }
      if (result.count > 0) out.push({ path: lastPath, bytes, files: result.count, value: result.folded as R });
      return out;
    }, failed);
  };

  try {
    for await (const l of loaded) {
      readBytes += bytesOf(l);
      if (pool === undefined && threads > 1 && Math.max(listed, readBytes) >= threshold && (listedFiles >= 2 || index >= 1)) pool = await startPool(workers, { spec: task.spec, key });
      index++;
      if (pool === undefined) {
        // One thread (so far): each article as it comes, nothing held.
        yield local(l);
        continue;
      }
      batch.push(l);
      batchBytes += bytesOf(l);
      const most = folds ? Math.min(FOLD_BATCH_MAX, Math.max(FOLD_BATCH_MIN, dealt >> 3)) : BATCH_MAX;
      if (batch.length < most && batchBytes < (folds ? FOLD_BATCH_BYTES : BATCH_BYTES)) continue;
      // Every worker holds all it can queue: wait for one to hand a batch back (what is done is
      // passed on meanwhile, in order).
      for (;;) {
        while ((slots[0] as Slot<R> | undefined)?.done !== undefined) yield* (slots.shift() as Slot<R>).done as Mapped<R>[];
        if (outstanding < workers * QUEUED_PER_WORKER && slots.length < window) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      flush(pool);
    }
    if (pool !== undefined) flush(pool);
    while (slots.length > 0) {
      const head = slots.shift() as Slot<R>;
      await head.ready;
      yield* head.done as Mapped<R>[];
    }
  } finally {
    await pool?.destroy();
  }
}

/** Worker threads for the task: each starts loading the task's module as it starts, before its first batch. */
async function startPool(workers: number, warm: Warm): Promise<Piscina<WorkItem, WorkResult>> {
  const { Piscina } = await import('piscina');
  return new Piscina<WorkItem, WorkResult>({
    filename: WORKER,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    concurrentTasksPerWorker: QUEUED_PER_WORKER,
    workerData: warm,
  });
}
