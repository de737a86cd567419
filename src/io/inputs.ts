// Inputs: files, directories (every *.txt below them), glob patterns and standard input,
// read one at a time, in the order given, each yielding its text or a one-line error.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import fg from 'fast-glob';
import { decodeBytes, DecodeError, type Encoding, type EncodingChoice } from './decode.js';

/** Where one article comes from, or why an input named nothing readable. */
export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; message: string };

/** One input read: its decoded text and the encoding it was read as, or the error that stopped it. */
export type Loaded = { path: string; text: string; bytes: number; encoding: Encoding } | { path: string; error: string };

/** How inputs are read. */
export interface ReadOptions {
  /** The encoding of every input, or `auto` (the default): see decodeBytes. */
  encoding?: EncodingChoice;
  /** Called with each input read, in input order, as it is handed on. */
  seen?: (loaded: Loaded) => void;
}

export const STDIN_PATH = '-';

/**
 * The input that stands for `--files-from LIST`: the paths in LIST (`-`: standard input), one a
 * line, read as they are needed (a list of millions is never held). It begins with a NUL, which
 * no path can hold, so it cannot be taken for a file.
 */
export function filesFrom(list: string): string {
  return `\0${list}`;
}

/** Whether an input stands for a --files-from list. */
export function isFileList(input: string): boolean {
  return input.startsWith('\0');
}

/** Each path a list names, one a line (blank lines skipped, a trailing CR dropped). */
async function* listedFiles(list: string): AsyncGenerator<Source> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = list === STDIN_PATH ? process.stdin : createReadStream(list);
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      const path = line.replace(/\r$/, '');
      if (path.trim() !== '') yield { kind: 'file', path };
    }
  } catch (err) {
    yield { kind: 'error', path: list, message: `--files-from: ${describeFsError(err)}` };
  }
}

/**
 * Expand what the user typed into sources, in order. A directory gives its `*.txt` files
 * (recursively, sorted); a pattern gives what it matches (sorted). With no inputs, standard
 * input is read when it is not a terminal.
 */
export async function* expandInputs(
  inputs: readonly string[],
  stdinIsTTY = Boolean(process.stdin.isTTY),
): AsyncGenerator<Source> {
  if (inputs.length === 0) {
    if (stdinIsTTY) {
      yield { kind: 'error', path: '(none)', message: 'no input: give files, directories or glob patterns, or pipe text to standard input' };
    } else {
      yield { kind: 'stdin', path: STDIN_PATH };
    }
    return;
  }
  for (const input of inputs) {
    if (input === STDIN_PATH) {
      yield { kind: 'stdin', path: STDIN_PATH };
      continue;
    }
    if (isFileList(input)) {
      yield* listedFiles(input.slice(1));
      continue;
    }
    let stat: import('node:fs').Stats | undefined;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        yield { kind: 'error', path: input, message: describeFsError(err) };
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const files = await fg('**/*.txt', { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (files.length === 0) {
        yield { kind: 'error', path: input, message: 'directory holds no .txt files' };
        continue;
      }
      files.sort(compareNames);
      const prefix = input.endsWith('/') ? input : `${input}/`;
      for (const f of files) yield { kind: 'file', path: prefix + f };
    } else if (stat) {
      yield { kind: 'file', path: input };
    } else if (fg.isDynamicPattern(input)) {
      const files = await fg(input, { onlyFiles: true, dot: false });
      if (files.length === 0) {
        yield { kind: 'error', path: input, message: 'pattern matched no files' };
        continue;
      }
      files.sort(compareNames);
      for (const f of files) yield { kind: 'file', path: f };
    } else {
      yield { kind: 'error', path: input, message: 'no such file or directory' };
    }
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read one source into text (in `encoding`, or told from its bytes), or say why it could not be read. */
export async function load(source: Source, stdin: NodeJS.ReadableStream = process.stdin, encoding: EncodingChoice = 'auto'): Promise<Loaded> {
  if (source.kind === 'error') return { path: source.path, error: source.message };
  try {
    const bytes = source.kind === 'stdin' ? await readAll(stdin) : await fs.readFile(source.path);
    return { path: source.path, ...decodeBytes(bytes, encoding), bytes: bytes.length };
  } catch (err) {
    if (err instanceof DecodeError) return { path: source.path, error: err.message };
    return { path: source.path, error: describeFsError(err) };
  }
}

/** How many files are read ahead of the one being processed. */
const READ_AHEAD = 4;

/**
 * Expand and read every input, in order. A few files are read ahead while the caller works on
 * the current one, so memory holds at most READ_AHEAD + 1 files.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Loaded> {
  const { encoding = 'auto', seen } = options;
  const pending: Promise<Loaded>[] = [];
  const next = async (loading: Promise<Loaded>): Promise<Loaded> => {
    const loaded = await loading;
    seen?.(loaded);
    return loaded;
  };
  for await (const source of expandInputs(inputs)) {
    // Standard input is read alone, in its turn.
    if (source.kind === 'stdin') {
      while (pending.length > 0) yield await next(pending.shift() as Promise<Loaded>);
      yield await next(load(source, process.stdin, encoding));
      continue;
    }
    pending.push(load(source, process.stdin, encoding));
    if (pending.length > READ_AHEAD) yield await next(pending.shift() as Promise<Loaded>);
  }
  while (pending.length > 0) yield await next(pending.shift() as Promise<Loaded>);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e.message ? e.message.split('\n')[0] ?? 'read failed' : 'read failed';
  }
}
