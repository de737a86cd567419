// `vnews clean`: the text of each article without its site furniture.
//   text:   the kept text (with several inputs, each after a `==> path <==` line, as `head` does)
//   --show: every line, the furniture marked with why it was cut
//   json:   { "documents": [{ path, lines, lines_cut, chars, chars_cut, cuts: [{ start, end, line, text, reason }] }], "errors" }
//   ndjson: one such document per line; { "type": "error", ... } in place of an input that failed
import { renderInputs, type RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { findFurniture, keptText, type Cut, type CutReason } from '../clean/index.js';
import { jsonRenderer, ndjsonRenderer, type Renderer } from '../render/index.js';
import { pathHeader, showCuts } from '../render/clean.js';
import { LineIndex, normalize } from '../text/normalize.js';
import { countFound } from '../cli/stats.js';

export const CLEAN_FORMATS = ['text', 'json', 'ndjson'] as const;
export type CleanFormat = (typeof CLEAN_FORMATS)[number];

export interface CleanCommandOptions extends RunOptions {
  format: CleanFormat;
  show: boolean;
  color: boolean;
  /** More than one input: text mode heads each with its path. */
  many: boolean;
}

/** One cut as JSON: offsets into the normalized text, its 1-based line, the text cut and why. */
export interface CutJson {
  start: number;
  end: number;
  line: number;
  text: string;
  reason: CutReason;
}

/** What `clean` reports of one input in json and ndjson. */
export interface CleanDocument {
  path: string;
  /** Non-empty lines, and of them those cut whole. */
  lines: number;
  lines_cut: number;
  /** Characters other than spaces, and of them those cut. */
  chars: number;
  chars_cut: number;
  cuts: CutJson[];
}

/** Count what a text loses to its cuts. */
export function cleanDocument(path: string, raw: string): CleanDocument {
  const text = normalize(raw);
  const cuts = findFurniture(text);
  const index = new LineIndex(text);
  const nonSpace = (s: string) => s.replace(/\s/g, '').length;
  let lines = 0;
  let linesCut = 0;
  let start = 0;
  for (const line of text.split('\n')) {
    const a = start + line.length - line.trimStart().length;
    const b = start + line.trimEnd().length;
    if (b > a) {
      lines++;
      if (cuts.some((c: Cut) => c.start <= a && b <= c.end)) linesCut++;
    }
    start += line.length + 1;
  }
  return {
    path,
    lines,
    lines_cut: linesCut,
    chars: nonSpace(text),
    chars_cut: cuts.reduce((n, c) => n + nonSpace(text.slice(c.start, c.end)), 0),
    cuts: cuts.map((c) => ({ start: c.start, end: c.end, line: index.lineOf(c.start), text: text.slice(c.start, c.end), reason: c.reason })),
  };
}

function textRenderer(options: CleanCommandOptions): Renderer<{ path: string; out: string; cuts: number }> {
  let first = true;
  return {
    begin: () => '',
    document: ({ path, out }) => {
      const head = options.many ? `${first ? '' : '\n'}${pathHeader(path)}\n` : '';
      first = false;
      return head + out;
    },
    error: () => '',
    end: () => '',
  };
}

export async function runClean(inputs: string[], options: CleanCommandOptions): Promise<number> {
  countFound('cuts', 0);
  const cuts = (doc: { cuts: unknown[] | number }) => countFound('cuts', typeof doc.cuts === 'number' ? doc.cuts : doc.cuts.length);
  switch (options.format) {
    case 'text':
      return renderInputs(inputs, textRenderer(options), task(import.meta.url, cleanTextPart, { show: options.show, color: options.color }), options, cuts);
    case 'json':
      return renderInputs(inputs, jsonRenderer<CleanDocument>(), task(import.meta.url, cleanDocumentPart, {}), options, cuts);
    case 'ndjson':
      return renderInputs(inputs, ndjsonRenderer<CleanDocument>(), task(import.meta.url, cleanDocumentPart, {}), options, cuts);
  }
}

/** One article's kept text, or (show) every line with the cuts marked. */
export function cleanTextPart(options: { show: boolean; color: boolean }): ArticleFunction<{ path: string; out: string; cuts: number }> {
  return (raw, path) => {
    const text = normalize(raw);
    const cuts = findFurniture(text);
    return { path, out: options.show ? showCuts(text, cuts, options.color) : keptText(text, cuts), cuts: cuts.length };
  };
}

/** One article's cuts, counted (json and ndjson). */
export function cleanDocumentPart(_options: object): ArticleFunction<CleanDocument> {
  return (raw, path) => cleanDocument(path, raw);
}
