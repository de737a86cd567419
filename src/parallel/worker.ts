// A worker thread of the pool (pool.ts): builds each task's article function (and fold) once,
// from its module and export names, and runs it on the articles it is dealt: one at a time, or a
// batch folded into one result when the task has a fold.
import { useSegmenter } from '../segment/choice.js';
import { attempt, type ArticleFunction, type FoldFunction, type Outcome, type TaskSpec } from './task.js';

/** Articles dealt to a worker. */
export interface WorkItem {
  spec: TaskSpec;
  /** The spec as JSON: the key the article function is kept under. */
  key: string;
  articles: { text: string; path: string }[];
}

/** What a batch gave: each article's outcome, or (with a fold) the values folded into one and the errors by index. */
export type WorkResult = { outcomes: Outcome<unknown>[] } | { folded: unknown; count: number; errors: [number, string][] };

interface Built {
  fn: ArticleFunction<unknown>;
  fold?: FoldFunction<unknown>;
}

const built = new Map<string, Promise<Built>>();

async function build(spec: TaskSpec): Promise<Built> {
  const module = (await import(spec.module)) as Record<string, unknown>;
  const named = (name: string) => {
    const f = module[name];
    if (typeof f !== 'function') throw new Error(`${spec.module} exports no function ${name}`);
    return f;
  };
  const fn = (named(spec.factory) as (o: unknown) => ArticleFunction<unknown>)(spec.options);
  return spec.fold === undefined ? { fn } : { fn, fold: named(spec.fold) as FoldFunction<unknown> };
}

export default async function run(item: WorkItem): Promise<WorkResult> {
  useSegmenter(item.spec.segmenter);
  let b = built.get(item.key);
  if (b === undefined) built.set(item.key, (b = build(item.spec)));
  const { fn, fold } = await b;
  if (fold === undefined) return { outcomes: item.articles.map((a) => attempt(fn, a.text, a.path)) };
  let folded: unknown;
  let count = 0;
  const errors: [number, string][] = [];
  item.articles.forEach((a, i) => {
    const outcome = attempt(fn, a.text, a.path);
    if ('error' in outcome) errors.push([i, outcome.error]);
    else folded = count++ === 0 ? outcome.value : fold(folded, outcome.value);
  });
  return { folded, count, errors };
}
