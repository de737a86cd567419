// `vnews merge`: the partial files that corpus commands wrote with --partial (one per shard of
// the inputs) folded into the answer one run over every shard's inputs gives, byte for byte. The
// partials must come from the same command with the same options; a file that is unreadable, not
// a partial, or from another command is reported (exit 2) and the others are still merged.
import type { Format } from '../cli/options.js';
import { escapeJsonOutput, escapeOutputOnTerminal, reportInputError, reportUsage } from '../cli/output.js';
import { countInputs } from '../cli/stats.js';
import { readPartials, type Partial, type Reducer } from '../cli/partial.js';
import { summaryReducer, type SummaryFormat } from '../cli/summary.js';
import type { InputError } from '../types.js';

export interface MergeCommandOptions {
  /** Print in this format instead of the one the partials were made with. */
  format?: Format;
  color: boolean;
}

/** The commands whose partials merge, each giving its reducer for the options its partials hold. */
const REDUCERS: Record<string, (options: never) => Promise<Reducer>> = {
  officials: async (o) => summaryReducer((await import('./officials.js')).officialsCommand(o), (o as { format: SummaryFormat }).format),
  conferences: async (o) => summaryReducer((await import('./conferences.js')).conferencesCommand(o), (o as { format: SummaryFormat }).format),
  check: async (o) => summaryReducer((await import('./check.js')).checkCommand(o), (o as { format: SummaryFormat }).format),
  dedupe: async (o) => summaryReducer((await import('./dedupe.js')).dedupeCommand(o), (o as { format: SummaryFormat }).format),
  freq: async (o) => summaryReducer((await import('./freq.js')).freqCommand(o), (o as { format: SummaryFormat }).format),
  ngrams: async (o) => summaryReducer((await import('./freq.js')).ngramsCommand(o), (o as { format: SummaryFormat }).format),
  keywords: async (o) => {
    const m = await import('./freq.js');
    const options = o as Parameters<typeof m.keywordsCommand>[0];
    return options.tfidf ? summaryReducer(m.tfidfCommand(options), options.format) : summaryReducer(m.keywordsCommand(options), options.format);
  },
  collocations: async (o) => summaryReducer((await import('./collocations.js')).collocationsCommand(o), (o as { format: SummaryFormat }).format),
  figures: async (o) => (await import('./figures.js')).figuresReducer(o),
};

/** The options that must agree between partials: all but the output format. */
function sameRun(p: Partial): string {
  const { format: _f, ...rest } = p.options;
  return JSON.stringify([p.command, rest]);
}

export async function runMerge(files: string[], options: MergeCommandOptions): Promise<number> {
  if (files.length === 0) {
    reportUsage('merge: name the partial files to merge (written by a corpus command with --partial FILE)');
    return 2;
  }
  let first: Partial | undefined;
  let reducer: Reducer | undefined;
  let failed = false;
  const errors: InputError[] = [];
  for (const file of files) {
    try {
      for await (const partial of readPartials(file)) {
        const make = REDUCERS[partial.command];
        if (make === undefined) throw new Error(`partial of '${partial.command}', which merge does not know`);
        if (first === undefined) {
          first = partial;
          const format = options.format ?? partial.options.format;
          if (format === 'csv') escapeOutputOnTerminal();
          if (format === 'json' || format === 'ndjson') escapeJsonOutput();
          reducer = await make({ ...partial.options, format: options.format ?? partial.options.format, color: options.color } as never);
        } else if (sameRun(partial) !== sameRun(first)) {
          throw new Error(`made by '${partial.command}' with other options than the first partial (${JSON.stringify(partial.options)})`);
        }
        (reducer as Reducer).merge(partial.state);
        countInputs(partial.inputs, partial.errors.length);
        for (const e of partial.errors) reportInputError(e.path, e.message);
        errors.push(...partial.errors);
      }
    } catch (err) {
      failed = true;
      countInputs(0, 1);
      const e = err as NodeJS.ErrnoException;
      reportInputError(file, e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message);
    }
  }
  if (reducer === undefined) return 2;
  const status = await reducer.finish(errors);
  return failed ? 2 : status;
}
