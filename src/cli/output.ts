// Writing a command's output and its messages: to stdout with back-pressure (a closed pipe ends
// the program quietly) or, with --out FILE, to a temporary file renamed over FILE when the run is
// done; article text never reaches a terminal raw; one-line input errors; and an interrupt that
// stops the run and leaves no half-written file behind.
import { once } from 'node:events';
import { closeSync, fstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { basename, dirname, join } from 'node:path';
import { escapeControls, escapeControlsKeepingCrlf, escapeJsonText } from '../text/controls.js';

let pipeClosed = false;

/** Writes `length` bytes of `buffer` from `offset` to `fd` and returns how many it wrote (writeSync's contract: a short count is allowed). */
export type Writer = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
const systemWriter: Writer = (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length);
let writer: Writer = systemWriter;

/** Write through `w` from now on (tests: a writer that returns short counts, as a full disk does); none: the system's again. */
export function useWriter(w?: Writer): void {
  writer = w ?? systemWriter;
}

/** A write that could not be completed (a full disk, /dev/full, an I/O error): the output is not the answer. */
export class WriteError extends Error {}

/** What a failed write says, in a few words: `no space left on device`. */
function describeWriteError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large';
    case 'EIO':
      return 'input/output error';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (e.message ?? String(err)).split('\n')[0] ?? 'write failed';
  }
}

/**
 * Write every byte of `data` to `fd`, in as many calls as it takes (a write may take fewer bytes
 * than it was given); a call that takes none, or fails, throws a WriteError naming `where`.
 */
export function writeFully(fd: number, data: string | Uint8Array, where: string, w: Writer = writer): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) {
    let n: number;
    try {
      n = w(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      throw new WriteError(`${where}: ${describeWriteError(err)}`);
    }
    if (!(n > 0)) throw new WriteError(`${where}: no space left on device (${offset} of ${bytes.length} bytes written)`);
    offset += n;
  }
}

/**
 * Whether stdout is a file or a device other than a terminal (`> out.json`, `> /dev/full`): then
 * it is written here, byte count checked, instead of through process.stdout (whose file stream
 * drops the count a short write returns, and throws a write error as an exception).
 */
let stdoutDirect: boolean | undefined;
function stdoutIsFile(): boolean {
  if (stdoutDirect === undefined) {
    try {
      const stat = fstatSync(1);
      stdoutDirect = stat.isFile() || (stat.isCharacterDevice() && !isatty(1));
    } catch {
      stdoutDirect = false;
    }
  }
  return stdoutDirect;
}

/** --out: the file asked for, the temporary file written meanwhile, and whether anything was. */
interface OutFile {
  target: string;
  temp: string;
  fd: number;
  written: boolean;
}
let outFile: OutFile | undefined;
/** The output is uncoloured text or CSV, in which article text is escaped when it goes to a terminal. */
let escapeOnTerminal = false;
/** The output is JSON: what JSON.stringify leaves raw of the C1 and bidi controls is escaped too. */
let jsonOutput = false;

/** The temporary file beside `file` that is renamed over it when complete. */
function tempFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * --out FILE: from now on the output goes to a temporary file beside FILE (created now, so a
 * folder that does not exist fails before the run), renamed over FILE by `finishOutput`.
 */
export function outputTo(file: string): void {
  const temp = tempFor(file);
  // A folder named as the file would fail on the rename, once the whole run is done: say so now.
  let isDir = false;
  try {
    isDir = statSync(file).isDirectory();
  } catch {
    // Not there yet: it will be.
  }
  if (isDir) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  outFile = { target: file, temp, fd: openSync(temp, 'w'), written: false };
}

/** Whether the output goes to a terminal (colour, table width, the progress bar and escaping follow). */
export function outputIsTerminal(): boolean {
  return outFile === undefined && Boolean(process.stdout.isTTY);
}

/**
 * The output is text or CSV, with no colour of ours in it: when it goes to a terminal, the
 * control characters and escape sequences of the articles are shown escaped (as in tables).
 * Through a pipe or to a file, they are kept as they are.
 */
export function escapeOutputOnTerminal(): void {
  escapeOnTerminal = true;
}

/** The output is JSON or NDJSON: DEL, C1 and bidi controls are written `\u009b`, wherever it goes (the same values). */
export function escapeJsonOutput(): void {
  jsonOutput = true;
}

/**
 * The run is over: rename the temporary --out file over FILE. When nothing was written and the
 * run failed (a usage error, say), FILE is left as it was.
 */
export function finishOutput(status: number): void {
  if (outFile === undefined) return;
  const { fd, temp, target, written } = outFile;
  outFile = undefined;
  closeSync(fd);
  if (!written && status === EXIT_INPUT_ERROR) rmSync(temp, { force: true });
  else renameSync(temp, target);
}

/** The run stopped short: remove the temporary --out file; FILE is left as it was. */
export function abandonOutput(): void {
  if (outFile === undefined) return;
  const { fd, temp } = outFile;
  outFile = undefined;
  try {
    closeSync(fd);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** What to undo when the run is interrupted (a progress bar to erase, say). */
const onInterrupt = new Set<() => void>();

/** Call `undo` if the run is interrupted; returns a function that forgets it. */
export function atInterrupt(undo: () => void): () => void {
  onInterrupt.add(undo);
  return () => void onInterrupt.delete(undo);
}

/**
 * Install once: Ctrl-C (SIGINT), SIGTERM or SIGHUP stops the run at once, erases the progress
 * bar, removes the temporary --out file (FILE keeps what it held), says so on stderr and exits
 * 128 + the signal's number, as a shell reports a command killed by it. What was already written
 * to stdout stays: whole lines, as every document is written in one piece.
 */
export function stopCleanlyOnSignals(): void {
  const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
  for (const [signal, number] of Object.entries(signals)) {
    process.once(signal, () => {
      for (const undo of onInterrupt) {
        try {
          undo();
        } catch {
          // Stopping matters more than tidying.
        }
      }
      stopping = true;
      try {
        abandonOutput();
      } finally {
        process.stderr.write(`vnews: ${signal === 'SIGINT' ? 'interrupted' : `stopped by ${signal}`}\n`);
        // A line handed to a slow reader's pipe and not all taken yet: let it go out whole (no new
        // one is written meanwhile), but never wait more than STOP_WAIT_MS for it.
        const exit = () => process.exit(128 + number);
        if (!stdoutIsFile() && process.stdout.writableLength > 0) {
          setTimeout(exit, STOP_WAIT_MS);
          process.stdout.once('drain', exit);
          process.stdout.once('error', exit);
        } else exit();
      }
    });
  }
}

/** Install once: a reader that closes our stdout (`| head -1`) ends the program with status 0. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      pipeClosed = true;
      process.exit(0);
    }
    // Any other write error: one line and exit 2, not a stack trace (and no half answer kept as --out FILE).
    try {
      abandonOutput();
    } finally {
      reportUsage(`standard output: ${describeWriteError(err)}`);
      process.exit(EXIT_INPUT_ERROR);
    }
  });
}

/** An interrupt came: nothing more is written (the run waits at its next write until the process ends). */
let stopping = false;
/** How long an interrupt waits for the line a slow reader is taking to go out whole. */
const STOP_WAIT_MS = 300;

/** Write to stdout, waiting when the reader is slower than we are. */
export async function write(text: string): Promise<void> {
  if (text.length === 0) return;
  if (stopping) return new Promise<void>(() => undefined);
  const chunk = jsonOutput ? escapeJsonText(text) : text;
  if (outFile !== undefined) {
    outFile.written = true;
    writeFully(outFile.fd, chunk, `--out ${outFile.target}`);
    return;
  }
  if (pipeClosed) return;
  if (stdoutIsFile()) {
    writeFully(1, chunk, 'standard output');
    return;
  }
  const shown = escapeOnTerminal && process.stdout.isTTY ? escapeControlsKeepingCrlf(chunk) : chunk;
  if (!process.stdout.write(shown)) await once(process.stdout, 'drain');
}

/** Report an input that failed: `vnews: PATH: MESSAGE` on one line of stderr (a path's control characters escaped). */
export function reportInputError(path: string, message: string): void {
  process.stderr.write(`vnews: ${escapeControls(oneLine(path))}: ${escapeControls(oneLine(message))}\n`);
}

/** Report a usage problem: `vnews: MESSAGE`. */
export function reportUsage(message: string): void {
  process.stderr.write(`vnews: ${escapeControls(oneLine(message))}\n`);
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
  return (outputIsTerminal() ? process.stdout.columns : undefined) ?? (Number(process.env.COLUMNS) || undefined);
}

/** Exit statuses, as in ripgrep and diff: 0 all inputs read, 2 some input failed. */
export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 2;

/**
 * Write a whole file through a temporary file in the same folder, renamed over the target when
 * complete: an interrupted run never leaves half a file.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const temp = tempFor(file);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeFully(fd, data, file);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err instanceof WriteError ? err : new WriteError(`${file}: ${describeWriteError(err)}`);
  }
}
