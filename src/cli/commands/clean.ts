// `vnews clean`: the text of each article without its site furniture.
//   text:   the kept text (with several inputs, each after a `==> path <==` line, as `head` does)
//   --show: every line, the furniture marked with why it was cut
//   json:   { "documents": [{ path, lines, lines_cut, chars, chars_cut, cuts: [{ start, end, line, text, reason }] }], "errors" }
//   ndjson: one such document per line; { "type": "error", ... } in place of an input that failed
import type { Command } from 'commander';
import { TEXT_FORMATS, type TextFormat } from '../../render/formats.js';
import type { CleanDocument } from '../../clean/report.js';
import type { Cut } from '../../clean/index.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, jsonOption, severalInputs, type Globals } from '../options.js';

export interface CleanCommandOptions extends RunOptions {
  format: TextFormat;
  show: boolean;
  color: boolean;
  /** More than one input: text mode heads each with its path. */
  many: boolean;
}

export function defineClean(program: Command, globals: () => Globals): void {
  program
    .command('clean')
    .description('the text of each article without its site furniture; --show marks what was cut and why')
    .addArgument(inputsArgument())
    .addOption(formatOption(TEXT_FORMATS))
    .addOption(jsonOption())
    .option('--show', 'print every line, the cuts marked with their reason')
    .addHelpText(
      'after',
      `
Examples:
  vnews clean fixtures/seeds/002_021c48eba725d1ab.txt
  vnews clean --show fixtures/seeds/003_e1e8b47241fbfe42.txt
  vnews clean --format ndjson corpus/ | jq -r '[.path, .lines_cut, .chars_cut] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: TextFormat; json?: boolean; show?: boolean }) => {
      const { color, jobs, progress, encoding } = globals();
      process.exitCode = await runClean(inputs, { format: formatOf(opts), show: opts.show === true, color, jobs, progress, encoding, many: severalInputs(inputs) });
    });
}

export async function runClean(inputs: string[], options: CleanCommandOptions): Promise<number> {
  const [{ renderInputs }, { jsonRenderer, ndjsonRenderer, showCuts, textRenderer }, { keptText }, { countFound }, { task }] = await Promise.all([
    import('../run.js'),
    import('../../render/index.js'),
    import('../../clean/index.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  countFound('cuts', 0);
  const cuts = (doc: { cuts: unknown[] }) => countFound('cuts', doc.cuts.length);
  switch (options.format) {
    case 'text': {
      // The kept text, or (--show) every line with the cuts marked.
      const text = textRenderer(options.many);
      const renderer = { ...text, document: ({ path, text: t, cuts: c }: { path: string; text: string; cuts: Cut[] }) => text.document({ path, out: options.show ? showCuts(t, c, options.color) : keptText(t, c) }) };
      return renderInputs(inputs, renderer, task('cleanText', {}), options, cuts);
    }
    case 'json':
      return renderInputs(inputs, jsonRenderer<CleanDocument>(), task('cleanDocument', {}), options, cuts);
    case 'ndjson':
      return renderInputs(inputs, ndjsonRenderer<CleanDocument>(), task('cleanDocument', {}), options, cuts);
  }
}
