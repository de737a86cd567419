// JSON: one value `{ "documents": [...], "errors": [...] }`, written document by document.
import type { Document, InputError } from '../types.js';
import type { Renderer } from './renderer.js';

/** How one document is written: by default indented JSON; `pad` is the indentation of its line. */
export type DocumentJson<D> = (doc: D, pad: string) => string;

const indented = <D>(doc: D, pad: string) => indent(JSON.stringify(doc, null, 2), pad).trimStart();

export function jsonRenderer<D = Document>(stringify: DocumentJson<D> = indented): Renderer<D> {
  const errors: InputError[] = [];
  let count = 0;
  return {
    begin: () => '{\n  "documents": [',
    document: (doc) => `${count++ === 0 ? '\n' : ',\n'}    ${stringify(doc, '    ')}`,
    error: (err) => {
      errors.push(err);
      return '';
    },
    end: () => {
      const docsEnd = count === 0 ? ']' : '\n  ]';
      const errs = errors.length === 0 ? '[]' : indent(JSON.stringify(errors, null, 2), '  ').trimStart();
      return `${docsEnd},\n  "errors": ${errs}\n}\n`;
    },
  };
}

export function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

/**
 * JSON for commands whose documents are lists of items (figures, quotes): one value
 * `{ "<field>": [every item of every document], "errors": [...] }`, written as documents finish.
 */
export function itemsJsonRenderer<T>(field: string): Renderer<T[]> {
  const errors: InputError[] = [];
  let count = 0;
  return {
    begin: () => `{\n  "${field}": [`,
    document: (items) => items.map((item) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(item, null, 2), '    ')}`).join(''),
    error: (err) => {
      errors.push(err);
      return '';
    },
    end: () => `${count === 0 ? ']' : '\n  ]'},\n  "errors": ${errors.length === 0 ? '[]' : indent(JSON.stringify(errors, null, 2), '  ').trimStart()}\n}\n`,
  };
}
