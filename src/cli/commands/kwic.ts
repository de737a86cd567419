// `vnews kwic`: keyword in context over words. Unsorted, each article's lines are rendered as soon
// as it is read; sorted (--sort left|right), every line is held and sorted first.
// Exit status as in grep: 0 some line printed, 1 none, 2 an input failed (or a bad option).
import { Option, type Command } from 'commander';
import type { Format } from '../../render/formats.js';
import type { KwicEntry, KwicSort } from '../../corpus/concordance.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, jsonOption, wholeNumber, type Globals } from '../options.js';

export const EXIT_NO_MATCH = 1;

export interface KwicCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  width: number;
  sort: KwicSort;
  regex: boolean;
}

export function defineKwic(program: Command, globals: () => Globals): void {
  program
    .command('kwic')
    .description('keyword in context: every place a word, phrase or pattern of words occurs, aligned (exit 1 when none, like grep)')
    .argument('<pattern>', 'a word or phrase (case and tone placement do not matter), or with --regex a regular expression over one word')
    .addArgument(inputsArgument())
    .addOption(formatOption())
    .addOption(jsonOption())
    .option('--width <n>', 'characters of context either side', (v) => wholeNumber(v, '--width'), 40)
    .addOption(new Option('--sort <by>', 'sort by the words to the left (nearest first) or to the right').choices(['none', 'left', 'right']).default('none'))
    .option('--regex', 'PATTERN is a JavaScript regular expression tested against each word (lower case, case ignored)')
    .addHelpText(
      'after',
      `
Exit status: 0 some hit, 1 no hit, 2 an input could not be read.

Examples:
  vnews kwic 'Hội nghị' fixtures/seeds/
  vnews kwic 'Bộ Ngoại giao' --sort right --width 30 corpus/
  vnews kwic --regex '^ngoại ' --format ndjson corpus/ | jq -r .match | sort | uniq -c`,
    )
    .action(async (pattern: string, inputs: string[], opts: { format: Format; json?: boolean; width: number; sort: KwicSort; regex?: boolean }) => {
      process.exitCode = await runKwic(pattern, inputs, { format: formatOf(opts), ...globals(), width: opts.width, sort: opts.sort, regex: opts.regex === true });
    });
}

export async function runKwic(patternText: string, inputs: string[], options: KwicCommandOptions): Promise<number> {
  const [{ compilePattern, kwicLine, sortKwic }, { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, write }, { eachInput, renderInputs }, { kwicRenderers }, { countFound }, { task }] = await Promise.all([
    import('../../corpus/concordance.js'),
    import('../output.js'),
    import('../run.js'),
    import('../../render/kwic.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  try {
    compilePattern(patternText, options.regex);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'kwic')) return EXIT_INPUT_ERROR;
  const renderer = kwicRenderers[options.format]({ color: options.color, width: options.width });
  const concordance = task('kwic', { pattern: patternText, regex: options.regex, width: options.width, clean: options.clean });
  let printed = 0;
  let status: number;
  if (options.sort === 'none') {
    const lines = { ...renderer, document: (entries: KwicEntry[]) => renderer.document(entries.map(kwicLine)) };
    status = await renderInputs(inputs, lines, concordance, options, (entries) => (printed += entries.length));
  } else {
    const entries: KwicEntry[] = [];
    await write(renderer.begin());
    status = await eachInput(
      inputs,
      concordance,
      {
        document: (lines) => {
          entries.push(...lines);
        },
        error: (path, message) => write(renderer.error({ path, message })),
      },
      options,
    );
    printed = entries.length;
    await write(renderer.document(sortKwic(entries, options.sort).map(kwicLine)));
    await write(renderer.end());
  }
  countFound('lines', printed);
  if (status !== EXIT_OK) return status;
  return printed > 0 ? EXIT_OK : EXIT_NO_MATCH;
}
