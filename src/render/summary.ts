// The output of a summary across articles (officials, conferences, check, dedupe, the word lists,
// collocations): one name→renderer map, each giving the text in pieces (ndjson a line an item, so
// that a long list is written as it is made, not held as one string).
import type { InputError } from '../types.js';
import type { SummaryFormat } from './formats.js';
import { indent } from './json.js';
import { ndjsonErrorLine } from './ndjson.js';

/** What a summary holds once every input is in, and how its command draws it. */
export interface SummaryOutput<I> {
  /** The JSON field the items go under: `officials`, `conferences`, `findings`. */
  field: string;
  items: readonly I[];
  errors: readonly InputError[];
  /** Figures about the whole run put in the JSON before the items. */
  totals: Record<string, unknown>;
  /** In ndjson, the errors were written as they came (an error line in place of each input). */
  errorsWritten: boolean;
  table(items: readonly I[]): string;
  csv?(items: readonly I[]): string;
}

/** A value in the summary's JSON, indented as a field of the top object. */
const block = (value: unknown) => indent(JSON.stringify(value, null, 2), '  ').trimStart();

/** `{ ...totals, "<field>": [items], "errors": [...] }`. */
export function summaryJson(field: string, items: readonly unknown[], errors: readonly InputError[], totals: Record<string, unknown> = {}): string {
  const head = Object.entries(totals).map(([k, v]) => `  "${k}": ${block(v)},\n`);
  return `{\n${head.join('')}  "${field}": ${block(items)},\n  "errors": ${block(errors)}\n}\n`;
}

/** The summary's output, in pieces; undefined when the command has no such format (csv). */
export const summaryRenderers: Record<SummaryFormat, <I>(s: SummaryOutput<I>) => Iterable<string> | undefined> = {
  table: (s) => [s.table(s.items)],
  json: (s) => [summaryJson(s.field, s.items, s.errors, s.totals)],
  ndjson: function* (s) {
    if (!s.errorsWritten) for (const { path, message } of s.errors) yield ndjsonErrorLine(path, message);
    for (const item of s.items) yield `${JSON.stringify(item)}\n`;
  },
  csv: (s) => (s.csv === undefined ? undefined : [s.csv(s.items)]),
};
