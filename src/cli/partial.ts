// Partial files: what one shard of a run leaves for `vnews merge` (--partial FILE). A partial
// holds the command's name and the options its answer depends on, the inputs that failed, and
// the command's mergeable state (plain JSON); merging every shard's partial gives the answer one
// run over all the shards' inputs gives, byte for byte. Reading and checking them is in
// partial-read.ts (only merge loads it, and the JSON Schema validator with it).
import type { InputError } from '../types.js';
import { write, writeFileAtomically } from './output.js';

/** The format version of partial files; `merge` refuses any other. */
export const PARTIAL_VERSION = 1;

export interface Partial {
  vnews_partial: typeof PARTIAL_VERSION;
  /** The command that wrote it: `freq`, `check`… */
  command: string;
  /** The options the answer depends on (all but colour, jobs and the partial file). */
  options: Record<string, unknown>;
  /** Inputs read, and of them those that failed, in input order. */
  inputs: number;
  errors: InputError[];
  state: unknown;
}

/**
 * Write a partial: one line of JSON, to a file (through a temporary file, renamed when done) or,
 * for `-`, to standard output (so that a shard can run under Hadoop Streaming or Spark's
 * RDD.pipe). Partials concatenated, one a line, are still something `merge` reads.
 */
export async function writePartial(file: string, partial: Omit<Partial, 'vnews_partial'>): Promise<void> {
  const line = `${JSON.stringify({ vnews_partial: PARTIAL_VERSION, ...partial })}\n`;
  if (file === '-') await write(line);
  else writeFileAtomically(file, line);
}

/** What `merge` does with a command's partials: fold each shard's state in, then print the answer. */
export interface Reducer {
  merge(state: unknown): void;
  /** Print the answer; the exit status the command gives. */
  finish(errors: InputError[]): Promise<number>;
}
