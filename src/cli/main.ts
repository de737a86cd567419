// The `vnews` command line: the global options, the commands (one file each in commands/, in the
// order --help lists them), usage errors as ripgrep gives them, and main(). Commander parses; a
// command's file loads the code that does its work only when it runs (so `vnews --help` stays
// about as fast as bare node), and sets process.exitCode.
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { abandonOutput, escapeJsonOutput, escapeOutputOnTerminal, exitQuietlyOnClosedPipe, finishOutput, outputIsTerminal, outputTo, reportUsage, stopCleanlyOnSignals } from './output.js';
import { summaryLine } from './stats.js';
import { filesFrom } from '../io/file-list.js';
import { parseSize, setInputLimits } from '../io/limits.js';
import { didYouMean, encodingChoice, segmenterOption, isImageFile, isOtherImageFile, jobCount, type CommandDefinition, type Globals } from './options.js';
import { useSegmenter, type SegmenterName } from '../segment/choice.js';
import { sendCountLinesTo } from '../render/counts.js';
import { defineExtract } from './commands/extract.js';
import { defineSegment } from './commands/segment.js';
import { defineClean } from './commands/clean.js';
import { defineOfficials } from './commands/officials.js';
import { defineConferences } from './commands/conferences.js';
import { defineFigures } from './commands/figures.js';
import { defineCheck } from './commands/check.js';
import { defineDedupe } from './commands/dedupe.js';
import { defineQuotes } from './commands/quotes.js';
import { defineMerge } from './commands/merge.js';
import { defineKwic } from './commands/kwic.js';
import { defineCollocations } from './commands/collocations.js';
import { definePlot } from './commands/plot.js';
import { defineFreq } from './commands/freq.js';
import { defineNgrams } from './commands/ngrams.js';
import { defineKeywords } from './commands/keywords.js';
import { defineCompletions } from './commands/completions.js';
import { defineMan } from './commands/man.js';

/** Every command, in the order --help lists them. */
const COMMANDS: readonly CommandDefinition[] = [
  defineExtract,
  defineSegment,
  defineClean,
  defineOfficials,
  defineConferences,
  defineFigures,
  defineCheck,
  defineDedupe,
  defineQuotes,
  defineMerge,
  defineKwic,
  defineCollocations,
  definePlot,
  defineFreq,
  defineNgrams,
  defineKeywords,
  defineCompletions,
  defineMan,
];

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
function shared(program: Command): Globals {
  const opts = program.opts<{ color?: boolean | ColorChoice; clean: boolean; jobs?: number; progress: boolean; encoding?: Globals['encoding'] }>();
  return { color: useColor(opts.color), clean: opts.clean, jobs: opts.jobs ?? 'auto', progress: opts.progress, encoding: opts.encoding ?? 'auto' };
}

/** The version in package.json, the one place it is written. */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
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

  for (const define of COMMANDS) define(program, () => shared(program));

  return program;
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
