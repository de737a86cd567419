// `vnews segment`: the words of each input, as vntk's word tokenizer gives them.
//   text:   each input line, words separated by spaces, a word's syllables joined by `_`
//   json:   { "documents": [{ "path", "words": [Word] }], "errors": [{ "path", "message" }] }
//   ndjson: one { "path", "words" } per input; { "type": "error", "path", "message" } in place
// A file that cannot be read is reported on stderr and the run goes on; exit 2 if any failed.
import { readInputs } from '../io/inputs.js';
import { EXIT_INPUT_ERROR, EXIT_OK, reportInputError, write } from '../cli/output.js';
import { normalize } from '../text/normalize.js';
import { segment, segmentLine, type Word } from '../segment/index.js';
import type { InputError } from '../types.js';

export const SEGMENT_FORMATS = ['text', 'json', 'ndjson'] as const;
export type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

export interface SegmentCommandOptions {
  format: SegmentFormat;
}

/** Text mode: one output line per input line; every space inside a word becomes `_`. */
export function segmentedText(text: string): string {
  return normalize(text)
    .split('\n')
    .map((line) =>
      segmentLine(line)
        .map((w) => w.syllables.join('_'))
        .join(' '),
    )
    .join('\n');
}

function wordsJson(words: Word[], pad: string): string {
  if (words.length === 0) return '[]';
  return `[\n${words.map((w) => pad + '  ' + JSON.stringify(w)).join(',\n')}\n${pad}]`;
}

export async function runSegment(inputs: string[], options: SegmentCommandOptions): Promise<number> {
  let failed = false;
  const errors: InputError[] = [];
  let documents = 0;
  if (options.format === 'json') await write('{\n  "documents": [');
  for await (const loaded of readInputs(inputs)) {
    if ('error' in loaded) {
      failed = true;
      reportInputError(loaded.path, loaded.error);
      if (options.format === 'ndjson') {
        await write(`${JSON.stringify({ type: 'error', path: loaded.path, message: loaded.error })}\n`);
      } else {
        errors.push({ path: loaded.path, message: loaded.error });
      }
      continue;
    }
    switch (options.format) {
      case 'text': {
        const out = segmentedText(loaded.text);
        await write(out.endsWith('\n') || out.length === 0 ? out : `${out}\n`);
        break;
      }
      case 'ndjson':
        await write(`${JSON.stringify({ path: loaded.path, words: segment(loaded.text) })}\n`);
        break;
      case 'json': {
        const words = wordsJson(segment(loaded.text), '      ');
        await write(`${documents++ === 0 ? '\n' : ',\n'}    {\n      "path": ${JSON.stringify(loaded.path)},\n      "words": ${words}\n    }`);
        break;
      }
    }
  }
  if (options.format === 'json') {
    const errs = errors.length === 0 ? '[]' : `[\n${errors.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]`;
    await write(`${documents === 0 ? ']' : '\n  ]'},\n  "errors": ${errs}\n}\n`);
  }
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}
