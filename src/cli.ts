// The `vnews` command line: commander parses, each command's module is loaded only when that
// command runs (so `vnews --help` stays as fast as bare node), and sets process.exitCode.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { exitQuietlyOnClosedPipe, reportUsage } from './cli/output.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Options every command that reads articles shares. */
export interface CommonOptions {
  format: Format;
  color: boolean;
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table');
}

/** Whether to colour: a terminal, no NO_COLOR, no --no-color. */
export function useColor(flag: boolean): boolean {
  if (!flag) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return Boolean(process.stdout.isTTY);
}

/** The version in package.json, the one place it is written. */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command('vnews')
    .description('Corpus analysis of Vietnamese diplomatic and government news')
    .version(packageVersion())
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description('officials, numbered conferences, dates and figures in each article')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(formatOption())
    .option('--json', 'short for --format json')
    .option('--only <kinds>', 'comma-separated kinds: officials,conferences,dates,figures')
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
      const color = useColor(program.opts<{ color: boolean }>().color);
      process.exitCode = await runExtract(inputs, {
        format: opts.json ? 'json' : opts.format,
        color,
        only: opts.only,
      });
    });

  program
    .command('segment')
    .description('the words of each article (vntk\'s word segmentation, in TypeScript)')
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
      process.exitCode = await runSegment(inputs, { format: opts.json ? 'json' : opts.format });
    });

  program
    .command('officials')
    .description('people across all inputs: the titles each article gives them, and when')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson']).default('table'))
    .option('--json', 'short for --format json')
    .option('--name <name>', 'only people whose name contains this (case and tone placement do not matter)')
    .action(async (inputs: string[], opts: { format: 'table' | 'json' | 'ndjson'; json?: boolean; name?: string }) => {
      const { runOfficials } = await import('./commands/officials.js');
      process.exitCode = await runOfficials(inputs, {
        format: opts.json ? 'json' : opts.format,
        color: useColor(program.opts<{ color: boolean }>().color),
        ...(opts.name !== undefined ? { name: opts.name } : {}),
      });
    });

  program
    .command('figures')
    .description('every figure with its sentence, file:line and unit (exit 1 when none matches)')
    .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
    .addOption(formatOption())
    .option('--json', 'short for --format json')
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
    .action(async (inputs: string[], opts: { format: Format; json?: boolean; unit?: string[]; min?: string; max?: string; grep?: string }) => {
      const { runFigures } = await import('./commands/figures.js');
      const { json, format, ...filters } = opts;
      process.exitCode = await runFigures(inputs, {
        format: json ? 'json' : format,
        color: useColor(program.opts<{ color: boolean }>().color),
        ...filters,
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has printed the message (or the help); help and --version are not errors.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    reportUsage(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  }
}
