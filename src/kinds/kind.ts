// What every entity kind provides to the pipeline, and nothing kind-specific.
import type { Line } from '../text/tokens.js';
import type { Kind } from '../types.js';

/** A span a kind found, with the value it resolved (matching and resolving are separate steps). */
export interface Found<V> {
  start: number;
  end: number;
  value: V;
}

/** The text an extractor sees: the normalized document, split into tokenized lines. */
export interface TextContext {
  text: string;
  lines: Line[];
}

/**
 * An entity kind. `find` matches spans in the text; the pipeline drops a kind's spans that
 * overlap spans of the kinds it `yieldsTo` (a conference number is not a figure, a date is not a
 * figure); `assemble` turns the surviving spans into the kind's JSON entries.
 */
export interface EntityKind<V, Out> {
  readonly name: Kind;
  /** Kinds whose spans this kind's spans may not overlap. */
  readonly yieldsTo: readonly Kind[];
  find(ctx: TextContext): Found<V>[];
  assemble(found: Found<V>[], ctx: TextContext, lineOf: (offset: number) => number): Out[];
}

/** Does [aStart, aEnd) overlap [bStart, bEnd)? */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
