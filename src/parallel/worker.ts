// A worker thread of the pool (pool.ts): builds each task (tasks.ts) once, from its spec, and runs
// it on the batches it is dealt: each article's outcome, or the batch folded into one result when
// the task folds. The task it is started for (workerData) is built as the thread starts, while the
// first batch is on its way.
import { workerData } from 'node:worker_threads';
import { useSegmenter } from '../segment/choice.js';
import { buildTask, type Built, type TaskSpec } from './tasks.js';
import { attempt, type Outcome } from './task.js';

/** The task a worker is started for: built before its first batch comes. */
export interface Warm {
  spec: TaskSpec;
  /** The spec as JSON: the key the built task is kept under. */
  key: string;
}

/** Articles dealt to a worker: their texts and paths, in input order. */
export interface WorkItem extends Warm {
  texts: string[];
  paths: string[];
}

/** What a batch gave: each article's outcome, or (with a fold) the values folded into one and the errors by index. */
export type WorkResult = { outcomes: Outcome<unknown>[] } | { folded: unknown; count: number; errors: [number, string][] };

const built = new Map<string, Promise<Built<unknown>>>();

const warm = workerData as Warm | undefined;
if (warm?.spec !== undefined) {
  useSegmenter(warm.spec.segmenter);
  const b = buildTask<unknown>(warm.spec);
  // A failure is reported with the first batch (run awaits the same promise).
  b.catch(() => undefined);
  built.set(warm.key, b);
}

export default async function run(item: WorkItem): Promise<WorkResult> {
  useSegmenter(item.spec.segmenter);
  let b = built.get(item.key);
  if (b === undefined) built.set(item.key, (b = buildTask<unknown>(item.spec)));
  const { fn, fold } = await b;
  const { texts, paths } = item;
  if (fold === undefined) return { outcomes: texts.map((text, i) => attempt(fn, text, paths[i] as string)) };
  let folded: unknown;
  let count = 0;
  const errors: [number, string][] = [];
  texts.forEach((text, i) => {
    const outcome = attempt(fn, text, paths[i] as string);
    if ('error' in outcome) errors.push([i, outcome.error]);
    else folded = count++ === 0 ? outcome.value : fold(folded, outcome.value);
  });
  return { folded, count, errors };
}
