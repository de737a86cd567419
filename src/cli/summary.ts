// The loop of the commands that summarize across articles (officials, conferences, check): add
// each article to a mergeable summary, report inputs that failed as they come (and as ndjson error
// lines), then print what the summary holds as a table, one JSON value, or one JSON line per item.
import { eachInput } from './run.js';
import { write } from './output.js';
import { indent } from '../render/index.js';
import type { InputError } from '../types.js';

export type SummaryFormat = 'table' | 'json' | 'ndjson' | 'csv';

export interface SummaryCommand<I> {
  /** The JSON field the items go under: `officials`, `conferences`, `findings`. */
  field: string;
  /** Add one article to the summary. */
  add(text: string, path: string): void;
  /** What the summary holds, once every input is in. */
  items(): I[];
  table(items: I[]): string;
  /** The items as CSV, header included (commands offering `--format csv`). */
  csv?(items: I[]): string;
  /** Figures about the whole run put in the JSON before the items (`{ "words": 1234, "documents": 5 }`). */
  totals?(): Record<string, unknown>;
}

/** Run a summarizing command; the exit status (0, or 2 when an input failed) and the items printed. */
export async function runSummary<I>(inputs: readonly string[], format: SummaryFormat, command: SummaryCommand<I>): Promise<{ status: number; items: I[] }> {
  const errors: InputError[] = [];
  const status = await eachInput(inputs, {
    document: (text, path) => command.add(text, path),
    error: async (path, message) => {
      errors.push({ path, message });
      if (format === 'ndjson') await write(`${JSON.stringify({ type: 'error', path, message })}\n`);
    },
  });
  const items = command.items();
  switch (format) {
    case 'table':
      await write(command.table(items));
      break;
    case 'json': {
      const block = (value: unknown) => indent(JSON.stringify(value, null, 2), '  ').trimStart();
      const totals = Object.entries(command.totals?.() ?? {}).map(([k, v]) => `  "${k}": ${block(v)},\n`);
      await write(`{\n${totals.join('')}  "${command.field}": ${block(items)},\n  "errors": ${block(errors)}\n}\n`);
      break;
    }
    case 'ndjson':
      for (const item of items) await write(`${JSON.stringify(item)}\n`);
      break;
    case 'csv':
      await write(command.csv?.(items) ?? '');
      break;
  }
  return { status, items };
}
