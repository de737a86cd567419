// Partial files: what one shard of a run leaves for `vnews merge` (--partial FILE). A partial
// holds the command's name and the options its answer depends on, the inputs that failed, and
// the command's mergeable state (plain JSON); merging every shard's partial gives the answer one
// run over all the shards' inputs gives, byte for byte.
import { readFileSync } from 'node:fs';
import type { InputError } from '../types.js';
import { writeFileAtomically } from './output.js';

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

/** Write a partial file (to a temporary file first, renamed when done). */
export function writePartial(file: string, partial: Omit<Partial, 'vnews_partial'>): void {
  writeFileAtomically(file, `${JSON.stringify({ vnews_partial: PARTIAL_VERSION, ...partial })}\n`);
}

/** Read a partial file; throws a one-line error naming what is wrong with it. */
export function readPartial(file: string): Partial {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(e.code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? 'not a partial file (not JSON)' : e.message);
  }
  const p = value as Partial;
  if (typeof p !== 'object' || p === null || !('vnews_partial' in p)) throw new Error('not a partial file (written by --partial)');
  if (p.vnews_partial !== PARTIAL_VERSION) throw new Error(`partial file version ${String(p.vnews_partial)}; this vnews reads version ${PARTIAL_VERSION}`);
  if (typeof p.command !== 'string' || typeof p.options !== 'object' || !Array.isArray(p.errors)) throw new Error('not a partial file (fields missing)');
  return p;
}

/** What `merge` does with a command's partials: fold each shard's state in, then print the answer. */
export interface Reducer {
  merge(state: unknown): void;
  /** Print the answer; the exit status the command gives. */
  finish(errors: InputError[]): Promise<number>;
}
