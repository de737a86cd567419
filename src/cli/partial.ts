// Partial files: what one shard of a run leaves for `vnews merge` (--partial FILE). A partial
// holds the command's name and the options its answer depends on, the inputs that failed, and
// the command's mergeable state (plain JSON); merging every shard's partial gives the answer one
// run over all the shards' inputs gives, byte for byte.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
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

/** One partial, parsed and checked; throws a one-line error naming what is wrong with it. */
export function parsePartial(line: string): Partial {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not a partial file (not JSON)');
  }
  const p = value as Partial;
  if (typeof p !== 'object' || p === null || !('vnews_partial' in p)) throw new Error('not a partial file (written by --partial)');
  if (p.vnews_partial !== PARTIAL_VERSION) throw new Error(`partial file version ${String(p.vnews_partial)}; this vnews reads version ${PARTIAL_VERSION}`);
  if (typeof p.command !== 'string' || typeof p.options !== 'object' || !Array.isArray(p.errors)) throw new Error('not a partial file (fields missing)');
  return p;
}

/** The partials in a file (`-`: standard input), one a line, as they are read. */
export async function* readPartials(file: string): AsyncGenerator<Partial> {
  let n = 0;
  const input = file === '-' ? process.stdin : createReadStream(file);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    n++;
    try {
      yield parsePartial(line);
    } catch (err) {
      throw new Error(`partial ${n}: ${(err as Error).message}`);
    }
  }
  if (n === 0) throw new Error('empty: no partial in it');
}

/** What `merge` does with a command's partials: fold each shard's state in, then print the answer. */
export interface Reducer {
  merge(state: unknown): void;
  /** Print the answer; the exit status the command gives. */
  finish(errors: InputError[]): Promise<number>;
}
