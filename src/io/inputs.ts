// Inputs: files, directories (every *.txt below them), glob patterns and standard input,
// read one at a time, in the order given, each yielding its text or a one-line error.
import { createReadStream, promises as fs, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type FastGlob from 'fast-glob';
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
  /** Called with the size of each file a directory, pattern or argument names, as they are listed, while it returns true. */
  listed?: (bytes: number) => boolean;
}

export const STDIN_PATH = '-';

export { filesFrom, isFileList } from './file-list.js';
import { isFileList } from './file-list.js';

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
  listed?: (bytes: number) => boolean,
): AsyncGenerator<Source> {
  // Sizes of the files listed, for `listed`, until it says it has heard enough.
  let counting = listed !== undefined;
  const count = (paths: readonly string[]) => {
    for (let i = 0; counting && i < paths.length; i++) {
      try {
        counting = (listed as (bytes: number) => boolean)(statSync(paths[i] as string).size);
      } catch {
        // Not there any more: its read will say so.
      }
    }
  };
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
      const fg = await fastGlob();
      const files = await fg('**/*.txt', { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (files.length === 0) {
        yield { kind: 'error', path: input, message: 'directory holds no .txt files' };
        continue;
      }
      files.sort(compareNames);
      const prefix = input.endsWith('/') ? input : `${input}/`;
      if (counting) count(files.map((f) => prefix + f));
      for (const f of files) yield { kind: 'file', path: prefix + f };
    } else if (stat) {
      if (counting) counting = (listed as (bytes: number) => boolean)(stat.size);
      yield { kind: 'file', path: input };
    } else if ((await fastGlob()).isDynamicPattern(input)) {
      const files = await (await fastGlob())(input, { onlyFiles: true, dot: false });
      if (files.length === 0) {
        yield { kind: 'error', path: input, message: 'pattern matched no files' };
        continue;
      }
      files.sort(compareNames);
      if (counting) count(files);
      for (const f of files) yield { kind: 'file', path: f };
    } else {
      yield { kind: 'error', path: input, message: 'no such file or directory' };
    }
  }
}

/** fast-glob, loaded when a directory or a pattern is first listed (a run on files alone, and --help, never load it). */
let fastGlobModule: typeof FastGlob | undefined;
async function fastGlob(): Promise<typeof FastGlob> {
  return (fastGlobModule ??= (await import('fast-glob')).default);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read one source into text (in `encoding`, or told from its bytes), or say why it could not be read. */
export async function load(source: Source, stdin: NodeJS.ReadableStream = process.stdin, encoding: EncodingChoice = 'auto'): Promise<Loaded> {
  if (source.kind === 'error') return { path: source.path, error: source.message };
  try {
    // A file is read in one synchronous call: measured, fs.promises.readFile (open, stat, read and
    // close, each a trip to libuv's thread pool) took 4 to 10 times the CPU of readFileSync, a
    // tenth of a run's time on the corpus; the reads ahead (READ_AHEAD) are then simply done early.
    const bytes = source.kind === 'stdin' ? await readAll(stdin) : readFileSync(source.path);
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
  for await (const source of expandInputs(inputs, undefined, options.listed)) {
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
