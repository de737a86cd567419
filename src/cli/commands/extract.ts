// `vnews extract`: officials, numbered conferences, dates and figures in each article; each
// document is rendered as soon as its article is read (a table is held for the end).
import type { Command } from 'commander';
import { KINDS, type Kind } from '../../types.js';
import type { Format } from '../../render/formats.js';
import type { RunOptions } from '../run.js';
import { choiceList, formatOf, formatOption, inputsArgument, jsonOption, type Globals } from '../options.js';

export interface ExtractCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  /** The kinds asked for (--only); all when not given. */
  only?: readonly Kind[];
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

export function defineExtract(program: Command, globals: () => Globals): void {
  program
    .command('extract')
    .description('officials, numbered conferences, dates and figures in each article')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .option('--only <kinds>', 'comma-separated kinds: officials,conferences,dates,figures', (v) => choiceList(v, KINDS, '--only') as Kind[])
    .addHelpText(
      'after',
      `
Examples:
  vnews extract fixtures/
  vnews extract --only figures --format csv 'corpus/**/*.txt'
  vnews extract --format ndjson fixtures/ | jq -r '.figures[]? | [.value, .unit] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean; only?: Kind[] }) => {
      process.exitCode = await runExtract(inputs, { format: formatOf(opts), ...globals(), ...(opts.only !== undefined ? { only: opts.only } : {}) });
    });
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions): Promise<number> {
  const [{ EXIT_INPUT_ERROR, missingInput, terminalWidth }, { renderInputs }, { countFound }, { task }] = await Promise.all([
    import('../output.js'),
    import('../run.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  const kinds = [...(options.only ?? KINDS)];
  if (missingInput(inputs, 'extract')) return EXIT_INPUT_ERROR;
  for (const k of kinds) countFound(k, 0);
  // NDJSON: each document is made JSON text where it is extracted (in a worker, a string to send
  // back); only the NDJSON writer is loaded (a run over a few files is mostly start-up).
  if (options.format === 'ndjson') {
    const { jsonTextNdjsonRenderer } = await import('../../render/ndjson.js');
    return renderInputs(inputs, jsonTextNdjsonRenderer<{ json: string; found: number[] }>(), task('extractJson', { kinds, clean: options.clean }), options, ({ found }) => {
      kinds.forEach((k, i) => countFound(k, found[i] as number));
    });
  }
  const [{ withLongTableHint }, { renderers }] = await Promise.all([import('../hints.js'), import('../../render/index.js')]);
  const table = options.format === 'table';
  const made = renderers[options.format]({ kinds, color: options.color, width: terminalWidth() });
  const renderer = table ? withLongTableHint(made) : made;
  // A table is written at the end: the progress bar shows while its rows are gathered.
  return renderInputs(
    inputs,
    renderer,
    task('extract', { kinds, clean: options.clean }),
    options,
    (doc) => {
      for (const k of kinds) countFound(k, doc[k].length);
    },
    table,
  );
}
