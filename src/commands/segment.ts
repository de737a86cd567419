// `vnews segment`: the words of each input, as vntk's word tokenizer gives them.
//   text:   each input line, words separated by spaces, a word's syllables joined by `_`
//   json:   { "documents": [{ "path", "words": [Word] }], "errors": [{ "path", "message" }] }
//   ndjson: one { "path", "words" } per input; { "type": "error", "path", "message" } in place
// A file that cannot be read is reported on stderr and the run goes on; exit 2 if any failed.
import { renderInputs, type RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { jsonRenderer, ndjsonRenderer, type Renderer } from '../render/index.js';
import { normalize } from '../text/normalize.js';
import { segmentLines, type Gap, type Word } from '../segment/index.js';
import { prepare } from '../clean/index.js';
import { countFound } from '../cli/stats.js';
import { segmentArticle } from '../corpus/words.js';

export const SEGMENT_FORMATS = ['text', 'json', 'ndjson'] as const;
export type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

export interface SegmentCommandOptions extends RunOptions {
  format: SegmentFormat;
  /** Leave out site furniture (true unless --no-clean): it is blanked, so offsets still hold. */
  clean: boolean;
  /** Several inputs (or a directory or pattern): text mode puts a `==> path <==` line before each. */
  many?: boolean;
}

/** Text mode: one output line per input line; every space inside a word becomes `_`. No word crosses a gap (furniture blanked). */
export function segmentedText(text: string, gaps: readonly Gap[] = []): string {
  return segmentLines(normalize(text), gaps)
    .map((words) => words.map((w) => w.syllables.join('_')).join(' '))
    .join('\n');
}

/** One input's words, as json and ndjson give them. */
export interface SegmentDocument {
  path: string;
  words: Word[];
}

/** In json, a document's words one to a line rather than one field to a line. */
function compactWords(doc: SegmentDocument, pad: string): string {
  const words = doc.words.length === 0 ? '[]' : `[\n${doc.words.map((w) => `${pad}    ${JSON.stringify(w)}`).join(',\n')}\n${pad}  ]`;
  return `{\n${pad}  "path": ${JSON.stringify(doc.path)},\n${pad}  "words": ${words}\n${pad}}`;
}

/** Text mode: the segmented lines of each input (with several, each after a `==> path <==` line, as `clean` and `head` do), errors on stderr only. */
function textRenderer(many: boolean): Renderer<{ path: string; out: string }> {
  let first = true;
  return {
    begin: () => '',
    document: ({ path, out }) => {
      const head = many ? `${first ? '' : '\n'}==> ${path} <==\n` : '';
      first = false;
      return head + (out.endsWith('\n') || out.length === 0 ? out : `${out}\n`);
    },
    error: () => '',
    end: () => '',
  };
}

export async function runSegment(inputs: string[], options: SegmentCommandOptions): Promise<number> {
  countFound('words', 0);
  const words = (doc: SegmentDocument) => countFound('words', doc.words.length);
  switch (options.format) {
    case 'text':
      // A line's words are separated by spaces (a word's own syllables are joined by `_`).
      return renderInputs(inputs, textRenderer(options.many === true), task(import.meta.url, segmentTextPart, { clean: options.clean }), options, ({ out }) =>
        countFound('words', out.split(/[ \n]+/).filter((w) => w !== '').length),
      );
    case 'json':
      return renderInputs(inputs, jsonRenderer<SegmentDocument>(compactWords), task(import.meta.url, segmentPart, { clean: options.clean }), options, words);
    case 'ndjson':
      return renderInputs(inputs, ndjsonRenderer<SegmentDocument>(), task(import.meta.url, segmentPart, { clean: options.clean }), options, words);
  }
}

/** One article's segmented lines (text mode). */
export function segmentTextPart(options: { clean: boolean }): ArticleFunction<{ path: string; out: string }> {
  return (text, path) => {
    const p = prepare(text, options.clean);
    return { path, out: segmentedText(p.masked, p.cuts) };
  };
}

/** One article's words (json and ndjson). */
export function segmentPart(options: { clean: boolean }): ArticleFunction<SegmentDocument> {
  return (text, path) => ({ path, words: segmentArticle(text, options.clean) });
}
