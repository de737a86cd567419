// A worker thread of the pool (pool.ts): builds each task's article function once, from its
// module and factory name, and runs it on the articles it is dealt.
import { attempt, type ArticleFunction, type Outcome, type TaskSpec } from './task.js';

/** One article dealt to a worker. */
export interface WorkItem {
  spec: TaskSpec;
  /** The spec as JSON: the key the article function is kept under. */
  key: string;
  text: string;
  path: string;
}

const built = new Map<string, Promise<ArticleFunction<unknown>>>();

async function build(spec: TaskSpec): Promise<ArticleFunction<unknown>> {
  const module = (await import(spec.module)) as Record<string, unknown>;
  const factory = module[spec.factory];
  if (typeof factory !== 'function') throw new Error(`${spec.module} exports no function ${spec.factory}`);
  return (factory as (o: unknown) => ArticleFunction<unknown>)(spec.options);
}

export default async function run(item: WorkItem): Promise<Outcome<unknown>> {
  let fn = built.get(item.key);
  if (fn === undefined) built.set(item.key, (fn = build(item.spec)));
  return attempt(await fn, item.text, item.path);
}
