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
