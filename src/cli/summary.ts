// The loop of the commands that summarize across articles (officials, conferences, check, dedupe,
// freq, ngrams, keywords, collocations): each article's part (worked out by the command's task,
// in a worker with --jobs) is folded into a mergeable summary in input order; inputs that failed
// are reported as they come (and as ndjson error lines). Then what the summary holds is printed
// as a table, one JSON value, one JSON line per item or CSV; or, with --partial, the summary is
// written to a partial file for `vnews merge`, which folds the shards' summaries and prints the
// same answer through `summaryReducer`.
import { eachInput, type RunOptions } from './run.js';
import { EXIT_INPUT_ERROR, EXIT_OK, reportUsage, write, WriteError } from './output.js';
import { countFound } from './stats.js';
import { writePartial, type Reducer } from './partial.js';
import { summaryRenderers } from '../render/summary.js';
import { ndjsonErrorLine } from '../render/ndjson.js';
import type { SummaryFormat } from '../render/formats.js';
import type { Task } from '../parallel/tasks.js';
import type { InputError } from '../types.js';

export type { SummaryFormat } from '../render/formats.js';

export interface SummaryCommand<P, I> {
  /** The command's name and the options its answer depends on, written in partial files. */
  name: string;
  options: Record<string, unknown>;
  /** The JSON field the items go under: `officials`, `conferences`, `findings`. */
  field: string;
  /** What the items are, in the plural, for the summary line on stderr (default: `field`). */
  noun?: string;
  /** What the command keeps of one article. */
  task: Task<P>;
  /** Fold one article's part into the summary. */
  add(part: P, path: string): void;
  /** The summary so far, as plain JSON (for partial files). */
  state(): unknown;
  /** Fold another shard's summary (a partial file's state) into this one. */
  merge(state: unknown): void;
  /** What the summary holds, once every input is in. */
  items(): I[];
  table(items: I[]): string;
  /** The items as CSV, header included (commands offering `--format csv`). */
  csv?(items: I[]): string;
  /** Figures about the whole run put in the JSON before the items (`{ "words": 1234, "documents": 5 }`). */
  totals?(): Record<string, unknown>;
  /** The exit status when every input was read (0 unless given: check gives 1 on a disagreement). */
  exit?(items: I[]): number;
}

/**
 * `add`, `state` and `merge` of a command whose summary is folded by an in-place merge (the same
 * merge its task folds batches with in the workers).
 */
export function foldedSummary<S>(summary: S, mergeInto: (into: S, from: S) => S): Pick<SummaryCommand<S, unknown>, 'add' | 'state' | 'merge'> {
  return { add: (part) => void mergeInto(summary, part), state: () => summary, merge: (state) => void mergeInto(summary, state as S) };
}

/**
 * Options of a command that go in its partial file: all but colour, jobs, the progress bar, the
 * input encoding (shards of one corpus may be in different encodings) and the partial file itself.
 */
export function partialOptions(options: object): Record<string, unknown> {
  const { color: _c, jobs: _j, partial: _p, progress: _g, encoding: _e, ...rest } = options as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

/** Run a summarizing command; the exit status (2 when an input failed, else the command's). */
export async function runSummary<P, I>(inputs: readonly string[], format: SummaryFormat, command: SummaryCommand<P, I>, run: RunOptions = {}): Promise<number> {
  const errors: InputError[] = [];
  let read = 0;
  await eachInput(
    inputs,
    command.task,
    {
      document: (part, path, files) => {
        read += files;
        command.add(part, path);
      },
      error: async (path, message) => {
        read++;
        errors.push({ path, message });
        if (format === 'ndjson' && run.partial === undefined) await write(ndjsonErrorLine(path, message));
      },
    },
    run,
    true,
  );
  if (run.partial !== undefined) {
    try {
      await writePartial(run.partial, { command: command.name, options: command.options, inputs: read, errors, state: command.state() });
    } catch (err) {
      reportUsage(err instanceof WriteError ? err.message : `${run.partial}: ${(err as Error).message}`);
      return EXIT_INPUT_ERROR;
    }
    return errors.length > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
  }
  return printSummary(command, format, errors, format === 'ndjson');
}

/** `merge` for a summarizing command: fold the shards' states, then print as one run would. */
export function summaryReducer<P, I>(command: SummaryCommand<P, I>, format: SummaryFormat): Reducer {
  return { merge: (state) => command.merge(state), finish: (errors) => printSummary(command, format, errors, false) };
}

async function printSummary<P, I>(command: SummaryCommand<P, I>, format: SummaryFormat, errors: InputError[], errorsWritten: boolean): Promise<number> {
  const items = command.items();
  countFound(command.noun ?? command.field, items.length);
  const output = summaryRenderers[format]({
    field: command.field,
    items,
    errors,
    totals: command.totals?.() ?? {},
    errorsWritten,
    table: (rows) => command.table(rows as I[]),
    ...(command.csv !== undefined ? { csv: (rows: readonly I[]) => (command.csv as (items: I[]) => string)(rows as I[]) } : {}),
  });
  if (output === undefined) {
    reportUsage(`${command.name} has no ${format} format`);
    return EXIT_INPUT_ERROR;
  }
  for (const piece of output) await write(piece);
  return errors.length > 0 ? EXIT_INPUT_ERROR : (command.exit?.(items) ?? EXIT_OK);
}
