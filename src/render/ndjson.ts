// NDJSON: one Document per line, in input order; a failed file is an error line in its place.
import type { Document, NdjsonError } from '../types.js';
import type { Renderer } from './renderer.js';

export function ndjsonRenderer<D = Document>(): Renderer<D> {
  return {
    begin: () => '',
    document: (doc) => `${JSON.stringify(doc)}\n`,
    error: (err) => {
      const line: NdjsonError = { type: 'error', path: err.path, message: err.message };
      return `${JSON.stringify(line)}\n`;
    },
    end: () => '',
  };
}

/** NDJSON for commands whose documents are lists of items (figures, quotes): one item per line. */
export function itemsNdjsonRenderer<T>(): Renderer<T[]> {
  const lines = ndjsonRenderer<T>();
  return { ...lines, document: (items) => items.map((item) => lines.document(item)).join('') };
}
