import type { Document, InputError, Kind } from '../types.js';

export interface RendererOptions {
  /** The kinds asked for (`--only`). */
  kinds: readonly Kind[];
  color: boolean;
  /** Terminal columns, if known. */
  width?: number;
}

/**
 * Turns documents into output text as they finish, so a run over many files holds at most
 * one document at a time (the table renderer, made for people, holds its rows).
 */
export interface Renderer<D = Document> {
  begin(): string;
  document(doc: D): string;
  error(err: InputError): string;
  end(): string;
}
