// `vnews merge`: the partial files that corpus commands wrote with --partial (one per shard of
// the inputs) folded into the answer one run over every shard's inputs gives, byte for byte. The
// partials must come from the same command with the same options; a file that is unreadable, not
// a partial, or from another command is reported (exit 2) and the others are still merged.
import type { Command } from 'commander';
import { FORMATS, type Format, type SummaryFormat } from '../../render/formats.js';
import type { Partial, Reducer } from '../partial.js';
import type { InputError } from '../../types.js';
import { formatOption, jsonOption, type Globals } from '../options.js';
import type { SummaryCommand } from '../summary.js';

export interface MergeCommandOptions {
  /** Print in this format instead of the one the partials were made with. */
  format?: Format;
  color: boolean;
}

export function defineMerge(program: Command, globals: () => Globals): void {
  program
    .command('merge')
    .description('the partial files of a sharded run (--partial) merged into the answer one run gives')
    .argument('<partials...>', 'partial files, all written by one command with the same options')
    .addOption(formatOption(FORMATS, 'output format (default: the one the partials were made with)', null))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Commands that write partials: officials, conferences, figures, check, dedupe, freq, ngrams,
keywords, collocations. The exit status is the command's, or 2 when a partial cannot be read.

Examples:
  vnews freq --format json --partial a.json corpus/baomoi-2017
  vnews freq --format json --partial b.json corpus/dantri-2020 corpus/crawl-2026
  vnews merge a.json b.json        # the same bytes as: vnews freq --format json corpus/`,
    )
    .action(async (partials: string[], opts: { format?: Format; json?: boolean }) => {
      const format = opts.json ? 'json' : opts.format;
      process.exitCode = await runMerge(partials, { color: globals().color, ...(format !== undefined ? { format } : {}) });
    });
}

/** The commands whose partials merge, each giving its reducer for the options its partials hold. */
const REDUCERS: Record<string, (options: never) => Promise<Reducer>> = {
  officials: async (o) => reducerOf((await import('./officials.js')).officialsCommand(o), o),
  conferences: async (o) => reducerOf((await import('./conferences.js')).conferencesCommand(o), o),
  check: async (o) => reducerOf((await import('./check.js')).checkCommand(o), o),
  dedupe: async (o) => reducerOf((await import('./dedupe.js')).dedupeCommand(o), o),
  freq: async (o) => reducerOf((await import('./freq.js')).freqCommand(o), o),
  ngrams: async (o) => reducerOf((await import('./ngrams.js')).ngramsCommand(o), o),
  keywords: async (o) => {
    const m = await import('./keywords.js');
    const options = o as Parameters<typeof m.keywordsCommand>[0];
    return options.tfidf ? reducerOf(m.tfidfCommand(options), o) : reducerOf(m.keywordsCommand(options), o);
  },
  collocations: async (o) => reducerOf((await import('./collocations.js')).collocationsCommand(o), o),
  figures: async (o) => (await import('./figures.js')).figuresReducer(o),
};

/** A summary command's reducer, printing in the format its options hold. */
async function reducerOf<P, I>(command: Promise<SummaryCommand<P, I>>, options: unknown): Promise<Reducer> {
  const { summaryReducer } = await import('../summary.js');
  return summaryReducer(await command, (options as { format: SummaryFormat }).format);
}

/** The options that must agree between partials: all but the output format. */
function sameRun(p: Partial): string {
  const { format: _f, ...rest } = p.options;
  return JSON.stringify([p.command, rest]);
}

export async function runMerge(files: string[], options: MergeCommandOptions): Promise<number> {
  const [{ escapeJsonOutput, escapeOutputOnTerminal, reportInputError, reportUsage }, { countInputs }, { readPartials }] = await Promise.all([import('../output.js'), import('../stats.js'), import('../partial-read.js')]);
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
