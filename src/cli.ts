// The `vnews` command line: commander parses, each command's module is loaded only when that
// command runs (so `vnews --help` stays as fast as bare node), and sets process.exitCode.
import { createRequire } from 'node:module';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { abandonOutput, escapeJsonOutput, escapeOutputOnTerminal, exitQuietlyOnClosedPipe, finishOutput, outputIsTerminal, outputTo, reportUsage, stopCleanlyOnSignals } from './cli/output.js';
import { summaryLine } from './cli/stats.js';
import { filesFrom } from './io/file-list.js';
import { parseSize, setInputLimits } from './io/limits.js';
import { addConcordanceCommands } from './cli/concordance.js';
import { choiceList, didYouMean, encodingChoice, formatOption, segmenterOption, isImageFile, isOtherImageFile, jobCount, partialOption, unitInterval, wholeNumber, type Format } from './cli/options.js';
import { KINDS } from './types.js';
import { FINDING_KINDS } from './corpus/check/types.js';
import type { EncodingChoice } from './io/decode.js';
import { useSegmenter, type SegmenterName } from './segment/choice.js';
import { addWordListCommands } from './cli/wordlists.js';
import { sendCountLinesTo } from './render/counts.js';

export { FORMATS, type Format } from './cli/options.js';

/** Options every command that reads articles shares. */
export interface CommonOptions {
  format: Format;
  color: boolean;
}

/** `--color WHEN`: always, never, or auto (the default: on a terminal, unless NO_COLOR); `--no-color` is `never`. */
export type ColorChoice = 'always' | 'never' | 'auto';
export const COLOR_CHOICES: readonly ColorChoice[] = ['always', 'never', 'auto'];

/** Whether to colour: `always` (for `| less -R`), never with `never`/--no-color, else on a terminal without NO_COLOR. */
export function useColor(flag: boolean | ColorChoice | undefined): boolean {
  if (flag === 'always') return true;
  if (flag === false || flag === 'never') return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return outputIsTerminal();
}

/** The options every command shares: colour (see useColor), cleaning (on unless --no-clean), worker threads (one per core unless --jobs), the progress bar and the input encoding. */
function shared(program: Command): { color: boolean; clean: boolean; jobs: number | 'auto'; progress: boolean; encoding: EncodingChoice } {
  const opts = program.opts<{ color?: boolean | ColorChoice; clean: boolean; jobs?: number; progress: boolean; encoding?: EncodingChoice }>();
  return { color: useColor(opts.color), clean: opts.clean, jobs: opts.jobs ?? 'auto', progress: opts.progress, encoding: opts.encoding ?? 'auto' };
}

/** The version in package.json, the one place it is written. */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command('vnews')
    .description('Corpus analysis of Vietnamese diplomatic and government news')
    .version(packageVersion())
    .addOption(new Option('--color <when>', 'colour the output: always (also through a pipe, for less -R), never, or auto: on a terminal unless NO_COLOR=1').choices(COLOR_CHOICES))
    .option('--no-color', 'never colour the output (--color never)')
    .option('--no-clean', 'keep site furniture (share buttons, bylines, photo credits, teasers) in the text read')
    .option('-j, --jobs <n>', 'threads that read articles: this one and N-1 workers (default: one per core once the inputs reach 6 MB; 1: all in one thread)', jobCount)
    .option('--files-from <list>', 'also read the files LIST names, one path a line (- : standard input), as they are needed')
    .option('--no-progress', 'no progress bar (shown on stderr, when it is a terminal, once a run lasts over a second)')
    .option('-o, --out <file>', 'write the output to FILE, through a temporary file renamed over it when the run is done (plot: FILE.svg or FILE.png draws an image)')
    .option('--summary', 'end with a line on stderr: files read, failed, and what was found (the default on a terminal)')
    .option('--no-summary', "no summary line, even on a terminal, and no table's count line (`8 hits`, written on stderr)")
    .option('--max-size <size>', 'largest input read, e.g. 64M, 1G, none (default 32M): a larger one is an error, and the run goes on', (v) => {
      const size = parseSize(v);
      if (size === undefined) throw new InvalidArgumentError(`expected a size such as 64M, 1G or none; got ${v}`);
      return size;
    })
    .option('--special-files', 'read FIFOs and devices named as inputs (refused by default: they may never end)')
    .option('--encoding <name>', 'encoding of the inputs: auto (default: UTF-8, UTF-16 with a BOM, else Windows-1258 or TCVN3 if one reads as Vietnamese), utf-8, utf-16le, utf-16be, windows-1258 (cp1258), tcvn3 (vn3, abc)', encodingChoice)
    .addOption(segmenterOption())
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ outputError: (message, write) => write(usageError(message, process.argv, program)) })
    .exitOverride()
    .hook('preAction', (_program, command) => {
      const opts = program.opts<{ filesFrom?: string; out?: string; summary?: boolean; segmenter: SegmenterName; maxSize?: number; specialFiles?: boolean }>();
      useSegmenter(opts.segmenter);
      setInputLimits({ ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}), special: opts.specialFiles === true });
      // A table's count line (`8 hits`) is a message, not output: on stderr, unless --no-summary.
      sendCountLinesTo(opts.summary === false ? undefined : (line) => void process.stderr.write(`${line}\n`));
      // --files-from: the list goes after the inputs typed (merge reads partial files, not articles).
      const inputs = command.processedArgs.at(-1) as unknown;
      if (opts.filesFrom !== undefined && command.name() !== 'merge' && Array.isArray(inputs)) inputs.push(filesFrom(opts.filesFrom));
      // Text and CSV carry no colour of ours: article text in them is escaped on a terminal (tables escape their cells).
      const local = command.opts<{ format?: string; json?: boolean; show?: boolean; partial?: string }>();
      if (!local.json && (local.format === 'csv' || (local.format === 'text' && !local.show))) escapeOutputOnTerminal();
      if (local.json || local.format === 'json' || local.format === 'ndjson' || local.partial === '-') escapeJsonOutput();
      if (opts.out !== undefined && command.name() === 'plot' && isOtherImageFile(opts.out)) throw new Error(`--out ${opts.out}: plot writes .svg or .png images (or, to any other name, the text it prints)`);
      if (opts.out !== undefined && !(command.name() === 'plot' && isImageFile(opts.out))) {
        try {
          outputTo(opts.out);
        } catch (err) {
          const e = err as NodeJS.ErrnoException;
          throw new Error(`--out ${opts.out}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
        }
      }
    });

  program
    .command('extract')
    .description('officials, numbered conferences, dates and figures in each article')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .option('--only <kinds>', 'comma-separated kinds: officials,conferences,dates,figures', (v) => choiceList(v, KINDS, '--only').join(','))
    .addHelpText(
      'after',
      `
Examples:
  vnews extract fixtures/
  vnews extract --only figures --format csv 'corpus/**/*.txt'
  vnews extract --format ndjson fixtures/ | jq -r '.figures[]? | [.value, .unit] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean; only?: string }) => {
      const { runExtract } = await import('./commands/extract.js');
      process.exitCode = await runExtract(inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(program),
        only: opts.only,
      });
    });

  program
    .command('segment')
    .description('the words of each article (RDRsegmenter\'s word segmentation by default, or vntk\'s: --segmenter)')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'ndjson']).default('text'))
    .option('--json', 'short for --format json')
    .addHelpText(
      'after',
      `
Examples:
  vnews segment fixtures/seeds/
  echo 'Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị' | vnews segment
  vnews segment --format ndjson 'corpus/**/*.txt' | jq -r '.words[].text'`,
    )
    .action(async (inputs: string[], opts: { format: 'text' | 'json' | 'ndjson'; json?: boolean }) => {
      const { runSegment } = await import('./commands/segment.js');
      const { clean, jobs, progress, encoding } = shared(program);
      const many = inputs.length > 1 || inputs.some((i) => !i.endsWith('.txt') && i !== '-');
      process.exitCode = await runSegment(inputs, { format: opts.json ? 'json' : opts.format, clean, jobs, progress, encoding, many });
    });

  program
    .command('clean')
    .description('the text of each article without its site furniture; --show marks what was cut and why')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'ndjson']).default('text'))
    .option('--json', 'short for --format json')
    .option('--show', 'print every line, the cuts marked with their reason')
    .addHelpText(
      'after',
      `
Examples:
  vnews clean fixtures/seeds/002_021c48eba725d1ab.txt
  vnews clean --show fixtures/seeds/003_e1e8b47241fbfe42.txt
  vnews clean --format ndjson corpus/ | jq -r '[.path, .lines_cut, .chars_cut] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: 'text' | 'json' | 'ndjson'; json?: boolean; show?: boolean }) => {
      const { runClean } = await import('./commands/clean.js');
      process.exitCode = await runClean(inputs, {
        format: opts.json ? 'json' : opts.format,
        show: opts.show === true,
        color: shared(program).color,
        jobs: shared(program).jobs,
        progress: shared(program).progress,
        encoding: shared(program).encoding,
        many: inputs.length > 1 || inputs.some((i) => !i.endsWith('.txt') && i !== '-'),
      });
    });

  program
    .command('officials')
    .description('people across all inputs: the titles each article gives them, and when')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson']).default('table'))
    .option('--json', 'short for --format json')
    .addOption(partialOption())
    .option('--name <name>', 'only people whose name contains this (case and tone placement do not matter)')
    .action(async (inputs: string[], opts: { format: 'table' | 'json' | 'ndjson'; json?: boolean; name?: string; partial?: string }) => {
      const { runOfficials } = await import('./commands/officials.js');
      process.exitCode = await runOfficials(inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(program),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.name !== undefined ? { name: opts.name } : {}),
      });
    });

  program
    .command('conferences')
    .description('numbered conferences across all inputs: the articles, how each writes it, the dates stated with it')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson']).default('table'))
    .option('--json', 'short for --format json')
    .addOption(partialOption())
    .option('--series <text>', 'only series whose name contains this (case and tone placement do not matter; without any diacritic, none are needed)')
    .option('--number <n>', 'only conferences with this number', (v) => wholeNumber(v, '--number'))
    .addHelpText(
      'after',
      `
Examples:
  vnews conferences fixtures/seeds/
  vnews conferences --series 'Kỳ họp Quốc hội' --number 3 --json corpus/ | jq '.conferences[].dates'`,
    )
    .action(async (inputs: string[], opts: { format: 'table' | 'json' | 'ndjson'; json?: boolean; series?: string; number?: number; partial?: string }) => {
      const { runConferences } = await import('./commands/conferences.js');
      process.exitCode = await runConferences(inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(program),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.series !== undefined ? { series: opts.series } : {}),
        ...(opts.number !== undefined ? { number: opts.number } : {}),
      });
    });

  program
    .command('figures')
    .description('every figure with its sentence, file:line and unit (exit 1 when none matches)')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .addOption(partialOption())
    .option('--unit <units>', 'only these units, comma-separated or repeated (case and tone placement do not matter)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--min <number>', 'only figures whose value (or range) reaches this: 300, 1e6')
    .option('--max <number>', 'only figures whose value (or range) is at most this')
    .option('--grep <pattern>', 'only figures whose sentence or text matches this regular expression (case-insensitive)')
    .addHelpText(
      'after',
      `
Examples:
  vnews figures fixtures/
  vnews figures --unit 'đại biểu' --min 100 'corpus/**/*.txt'
  vnews figures --unit USD,đồng --grep 'xuất khẩu' --format ndjson corpus/ | jq -r '[.path, .line, .value, .unit] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean; unit?: string[]; min?: string; max?: string; grep?: string; partial?: string }) => {
      const { runFigures } = await import('./commands/figures.js');
      const { json, format, ...filters } = opts;
      process.exitCode = await runFigures(inputs, {
        format: json ? 'json' : format,
        ...shared(program),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...filters,
      });
    });

  program
    .command('check')
    .description('facts and figures that disagree between articles (exit 1 when some do, like diff)')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (html: one self-contained page, with --out FILE)').choices(['table', 'json', 'ndjson', 'html']).default('table'))
    .option('--json', 'short for --format json')
    .addOption(partialOption())
    .option('--all', 'show agreements too')
    .option('--min-score <x>', 'the alignment score (0 to 1) from which an event\'s figures that disagree are reported (default 0.2)', (v) => unitInterval(v, '--min-score'))
    .option('--events', 'the table lists the events compared (groups of articles reporting one event) first')
    .option('--kind <kinds>', `comma-separated kinds of finding: ${FINDING_KIND_NAMES.join(',')}`, (v) => findingKinds(v))
    .addHelpText(
      'after',
      `
Exit status: 0 no disagreement, 1 some disagreement, 2 an input could not be read.

Examples:
  vnews check fixtures/seeds/ --all
  vnews check --format ndjson corpus/ | jq -r 'select(.agree | not) | .subject'`,
    )
    .action(async (inputs: string[], opts: { format: 'table' | 'json' | 'ndjson' | 'html'; json?: boolean; all?: boolean; kind?: string[]; partial?: string; minScore?: number; events?: boolean }) => {
      const { runCheck } = await import('./commands/check.js');
      process.exitCode = await runCheck(inputs, {
        format: opts.json ? 'json' : opts.format,
        ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
        events: opts.events === true,
        ...shared(program),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        all: opts.all === true,
        ...(opts.kind !== undefined ? { kinds: opts.kind as never } : {}),
      });
    });

  program
    .command('dedupe')
    .description('groups of duplicate articles: the same story twice (exit 1 when none, like grep)')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson']).default('table'))
    .option('--json', 'short for --format json')
    .addOption(partialOption())
    .option('--threshold <x>', 'least share of the smaller article found in the larger, 0..1 (default 0.5)', (v) => unitInterval(v, '--threshold'))
    .option('--min-lead <x>', "least share of each article's opening found in the other, 0..1 (default 0.125; 0: off)", (v) => unitInterval(v, '--min-lead'))
    .addHelpText(
      'after',
      `
Exit status: 0 some group, 1 no group, 2 an input could not be read.

Examples:
  vnews dedupe fixtures/seeds/
  vnews dedupe --format ndjson corpus/ | jq -r '[.articles[].path] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: 'table' | 'json' | 'ndjson'; json?: boolean; threshold?: number; minLead?: number; partial?: string }) => {
      const { runDedupe } = await import('./commands/dedupe.js');
      process.exitCode = await runDedupe(inputs, {
        format: opts.json ? 'json' : opts.format,
        ...shared(program),
        ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
        ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
        ...(opts.minLead !== undefined ? { minLead: opts.minLead } : {}),
      });
    });

  program
    .command('quotes')
    .description('who said what: quotations, interview answers and reported speech, with speaker, verb and file:line')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .addHelpText(
      'after',
      `
Examples:
  vnews quotes fixtures/seeds/
  vnews quotes --format ndjson corpus/ | jq -r 'select(.official) | [.speaker, .verb, .text] | @tsv'`,
    )
    .action(async (inputs: string[], opts: { format: Format; json?: boolean }) => {
      const { runQuotes } = await import('./commands/quotes.js');
      process.exitCode = await runQuotes(inputs, { format: opts.json ? 'json' : opts.format, ...shared(program) });
    });

  program
    .command('merge')
    .description('the partial files of a sharded run (--partial) merged into the answer one run gives')
    .argument('<partials...>', 'partial files, all written by one command with the same options')
    .addOption(new Option('-f, --format <format>', 'output format (default: the one the partials were made with)').choices(['table', 'json', 'ndjson', 'csv']))
    .option('--json', 'short for --format json')
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
      const { runMerge } = await import('./commands/merge.js');
      const format = opts.json ? 'json' : opts.format;
      process.exitCode = await runMerge(partials, { color: shared(program).color, ...(format !== undefined ? { format } : {}) });
    });

  addConcordanceCommands(program, () => shared(program));
  addWordListCommands(program, () => shared(program));

  program
    .command('completions')
    .description('a completion script for bash, zsh or fish, generated from this program (so it never drifts from --help)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      `
Examples:
  vnews completions bash > ~/.local/share/bash-completion/completions/vnews
  vnews completions zsh > "\${fpath[1]}/_vnews"
  vnews completions fish > ~/.config/fish/completions/vnews.fish`,
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completions } = await import('./cli/completions.js');
      const { write } = await import('./cli/output.js');
      await write(completions(program, shell));
    });

  program
    .command('man')
    .description('the man page, vnews(1), in roff, generated from this program: vnews man | man -l -')
    .action(async () => {
      const { manPage } = await import('./cli/completions.js');
      const { write } = await import('./cli/output.js');
      await write(manPage(program, packageVersion()));
    });

  return program;
}

/** The kinds of finding `check --kind` accepts (from check's types module, which loads nothing: --help does not load the checker). */
const FINDING_KIND_NAMES: readonly string[] = FINDING_KINDS;

function findingKinds(value: string): string[] {
  return choiceList(value, FINDING_KIND_NAMES, '--kind');
}

/** Global options that take a value, to skip when looking for the command's name. */
const VALUE_OPTIONS = new Set(['-j', '--jobs', '--files-from', '-o', '--out', '--encoding', '--color', '--max-size', '--segmenter']);

/** The command a command line runs: its first word that names one (undefined for `vnews --bad`). */
export function commandIn(argv: readonly string[], program: Command): string | undefined {
  const names = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-') && names.has(arg)) return arg;
    else if (!arg.startsWith('-')) return undefined;
  }
  return undefined;
}

/**
 * A usage error as ripgrep gives it: commander's message on one line (its `Did you mean` folded
 * in, and one for a value that is not among an option's choices), then where to read more,
 * naming the command the line runs, even when the bad option is a global one.
 */
export function usageError(message: string, argv: readonly string[], program: Command): string {
  let line = message
    .replace(/^error:\s*/, '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => s.replace(/^\(Did you mean (.*)\)$/, '(did you mean $1)'))
    .join(' ');
  const choice = /argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(line);
  if (choice) line += didYouMean(choice[1] as string, (choice[2] as string).split(/,\s*/));
  const command = commandIn(argv, program);
  return `error: ${line}\nsee '${command === undefined ? 'vnews --help' : `vnews ${command} --help`}'\n`;
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  // A reader that closes our stderr (`2>&1 | head -1`, a log pipe gone) loses the messages, not the run: its status stays.
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'EBADF') throw err;
  });
  stopCleanlyOnSignals();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has printed the message (or the help); help and --version are not errors.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else {
      // Something went wrong mid-run (a disk that is full, say): what --out holds is not the answer.
      abandonOutput();
      reportUsage(err instanceof Error ? err.message : String(err));
      process.exitCode = 2;
    }
  }
  try {
    finishOutput(Number(process.exitCode ?? 0));
  } catch (err) {
    reportUsage(`--out: ${(err as Error).message}`);
    process.exitCode = 2;
  }
  const summary = program.opts<{ summary?: boolean }>().summary ?? Boolean(process.stderr.isTTY);
  const line = summary ? summaryLine() : undefined;
  if (line !== undefined) process.stderr.write(`${line}\n`);
}
