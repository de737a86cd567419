// JSON: one value `{ "documents": [...], "errors": [...] }`, written document by document.
import type { InputError } from '../types.js';
import type { Renderer } from './renderer.js';

export function jsonRenderer(): Renderer {
  const errors: InputError[] = [];
  let count = 0;
  return {
    begin: () => '{\n  "documents": [',
    document: (doc) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(doc, null, 2), '    ')}`,
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

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
