// NDJSON: one Document per line, in input order; a failed file is an error line in its place.
import type { Document, NdjsonError } from '../types.js';
import type { Renderer } from './renderer.js';

/** The line that stands in for an input that failed: `{"type":"error","path":…,"message":…}`. */
export function ndjsonErrorLine(path: string, message: string): string {
  const line: NdjsonError = { type: 'error', path, message };
  return `${JSON.stringify(line)}\n`;
}

export function ndjsonRenderer<D = Document>(): Renderer<D> {
  return {
    begin: () => '',
    document: (doc) => `${JSON.stringify(doc)}\n`,
    error: (err) => ndjsonErrorLine(err.path, err.message),
    end: () => '',
  };
}

/** NDJSON of documents already written as JSON text (a worker's `JSON.stringify`): each is a line as it is. */
export function jsonTextNdjsonRenderer<D extends { json: string }>(): Renderer<D> {
  return { begin: () => '', document: (doc) => `${doc.json}\n`, error: (err) => ndjsonErrorLine(err.path, err.message), end: () => '' };
}

/** NDJSON for commands whose documents are lists of items (figures, quotes): one item per line. */
export function itemsNdjsonRenderer<T>(): Renderer<T[]> {
  const lines = ndjsonRenderer<T>();
  return { ...lines, document: (items) => items.map((item) => lines.document(item)).join('') };
}
