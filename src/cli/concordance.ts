// The commander definitions of `kwic`, `collocations` and `plot` (the concordance tools); kept
// apart from cli.ts, which adds them. Each command's module is loaded only when it runs.
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatOption, isImageFile, partialOption, wholeNumber, type Format } from './options.js';
import type { EncodingChoice } from '../io/decode.js';

const INPUTS = 'files, directories (every *.txt below), glob patterns, or - for stdin';

/** `--window 5` (5 each side) or `--window 2,4` (2 before, 4 after). */
export function parseWindow(value: string): [number, number] {
  const m = /^\s*(\d+)\s*(?:,\s*(\d+)\s*)?$/.exec(value);
  if (!m) throw new InvalidArgumentError(`--window takes N or L,R (whole numbers of words); got ${value}`);
  const left = Number(m[1]);
  const right = m[2] === undefined ? left : Number(m[2]);
  if (left + right === 0) throw new InvalidArgumentError('--window: the window holds no word');
  return [left, right];
}

type Shared = () => { color: boolean; clean: boolean; jobs: number | 'auto'; progress: boolean; encoding: EncodingChoice };

export function addConcordanceCommands(program: Command, shared: Shared): void {
  program
    .command('kwic')
    .description('keyword in context: every place a word, phrase or pattern of words occurs, aligned (exit 1 when none, like grep)')
    .argument('<pattern>', 'a word or phrase (case and tone placement do not matter), or with --regex a regular expression over one word')
    .argument('[inputs...]', INPUTS)
    .addOption(formatOption())
    .option('--json', 'short for --format json')
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
    .action(async (pattern: string, inputs: string[], opts: { format: Format; json?: boolean; width: number; sort: 'none' | 'left' | 'right'; regex?: boolean }) => {
      const { runKwic } = await import('../commands/kwic.js');
      process.exitCode = await runKwic(pattern, inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(),
        width: opts.width,
        sort: opts.sort,
        regex: opts.regex === true,
      });
    });

  program
    .command('collocations')
    .description('the words found near a word or phrase more often than chance, by log-likelihood, PMI or t-score')
    .argument('<word>', 'a word or phrase (case and tone placement do not matter)')
    .argument('[inputs...]', INPUTS)
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .addOption(new Option('--window <n|l,r>', 'words either side (N), or before and after (L,R), within the line').argParser(parseWindow).default([5, 5], '5'))
    .addOption(new Option('--measure <measure>', 'association measure to rank by').choices(['ll', 'pmi', 'tscore']).default('ll'))
    .option('--min <n>', 'least co-occurrence count', (v) => wholeNumber(v, '--min'), 2)
    .option('--top <n>', 'show this many (0: all)', (v) => wholeNumber(v, '--top'), 50)
    .option('--stopwords <list>', "leave out collocates in this list: vntk, iso (stopwords-iso's Vietnamese) or a file, one word a line")
    .addOption(partialOption())
    .addHelpText(
      'after',
      `
Examples:
  vnews collocations 'Ngoại giao' corpus/
  vnews collocations 'hợp tác' --window 0,3 --measure tscore --stopwords vntk corpus/
  vnews collocations 'Việt Nam' --format csv corpus/ > collocates.csv`,
    )
    .action(
      async (
        word: string,
        inputs: string[],
        opts: { format: Format; json?: boolean; window: [number, number]; measure: 'll' | 'pmi' | 'tscore'; min: number; top: number; stopwords?: string; partial?: string },
      ) => {
        const { runCollocations } = await import('../commands/collocations.js');
        process.exitCode = await runCollocations(word, inputs, {
          format: opts.json ? 'json' : opts.format,
          ...shared(),
          left: opts.window[0],
          right: opts.window[1],
          measure: opts.measure,
          min: opts.min,
          ...(opts.top > 0 ? { top: opts.top } : {}),
          ...(opts.stopwords !== undefined ? { stopwords: opts.stopwords } : {}),
          ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        });
      },
    );

  program
    .command('plot')
    .description('a dispersion plot: where a word, phrase or pattern falls in each article (exit 1 when nowhere, like grep)')
    .argument('<pattern>', 'as for kwic: a word or phrase, or with --regex a regular expression over one word')
    .argument('[inputs...]', INPUTS)
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .option('--regex', 'PATTERN is a JavaScript regular expression tested against each word')
    .option('--top <n>', 'only the N articles with the most hits, most first (0: all); drawn plots leave out the articles without a hit', (v) => wholeNumber(v, '--top'))
    .addHelpText(
      'after',
      `
The global --out FILE writes the plot as an image when FILE ends in .svg or .png (DejaVu Sans,
an axis of the position in each article); other image formats are refused.

Exit status: 0 some hit, 1 no hit, 2 an input could not be read (or the file could not be written).

Examples:
  vnews plot 'Hội nghị' fixtures/seeds/
  vnews plot 'Biển Đông' corpus/baomoi-2017/ --out bien-dong.png
  vnews plot 'ASEAN' --format json corpus/ | jq '.articles[] | {path, n: (.hits | length)}'`,
    )
    .action(async (pattern: string, inputs: string[], opts: { format: Format; json?: boolean; regex?: boolean; top?: number }) => {
      const { runPlot } = await import('../commands/plot.js');
      const out = program.opts<{ out?: string }>().out;
      process.exitCode = await runPlot(pattern, inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(),
        regex: opts.regex === true,
        ...(opts.top !== undefined && opts.top > 0 ? { top: opts.top } : {}),
        ...(out !== undefined && isImageFile(out) ? { out } : {}),
      });
    });
}
