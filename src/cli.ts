// The `vnews` command line: commander parses, each command's module is loaded only when that
// command runs (so `vnews --help` stays as fast as bare node), and sets process.exitCode.
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

export function buildProgram(): Command {
  const program = new Command('vnews')
    .description('Corpus analysis of Vietnamese diplomatic and government news')
    .version(process.env.npm_package_version ?? '0.1.0')
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
