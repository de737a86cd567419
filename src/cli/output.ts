// Writing to stdout and stderr from a command: back-pressure, a closed pipe that ends the
// program quietly, and one-line input errors.
import { once } from 'node:events';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let pipeClosed = false;

/** Install once: a reader that closes our stdout (`| head -1`) ends the program with status 0. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      pipeClosed = true;
      process.exit(0);
    }
    throw err;
  });
}

/** Write to stdout, waiting when the reader is slower than we are. */
export async function write(chunk: string): Promise<void> {
  if (pipeClosed || chunk.length === 0) return;
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Report an input that failed: `vnews: PATH: MESSAGE` on one line of stderr. */
export function reportInputError(path: string, message: string): void {
  process.stderr.write(`vnews: ${path}: ${oneLine(message)}\n`);
}

/** Report a usage problem: `vnews: MESSAGE`. */
export function reportUsage(message: string): void {
  process.stderr.write(`vnews: ${oneLine(message)}\n`);
}

/**
 * No inputs and nothing piped in: say so (naming the command's help) and return true, so the
 * command exits 2 instead of waiting on a terminal for text that will not come.
 */
export function missingInput(inputs: readonly string[], command: string): boolean {
  if (inputs.length > 0 || !process.stdin.isTTY) return false;
  reportUsage(`no input: give files, directories or glob patterns, or pipe text to standard input (see vnews ${command} --help)`);
  return true;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Columns to lay tables out to: the terminal's, else COLUMNS, else unknown. */
export function terminalWidth(): number | undefined {
  return process.stdout.columns ?? (Number(process.env.COLUMNS) || undefined);
}

/** Exit statuses, as in ripgrep and diff: 0 all inputs read, 2 some input failed. */
export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 2;

/**
 * Write a whole file through a temporary file in the same folder, renamed over the target when
 * complete: an interrupted run never leaves half a file.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
