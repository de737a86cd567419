// Inputs: files, directories (every *.txt below them), glob patterns and standard input,
// read one at a time, in the order given, each yielding its text or a one-line error.
import { constants, createReadStream, lstatSync, openSync, promises as fs, readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeControls } from '../text/controls.js';
import type FastGlob from 'fast-glob';
import { decodeBytes, DecodeError, type Encoding, type EncodingChoice } from './decode.js';

/**
 * Where one article comes from, or why an input named nothing readable. `raw`: the path's bytes,
 * when the name is not UTF-8 (`path` then shows the stray bytes as `\xff`), to open it by.
 */
export type Source =
  | { kind: 'file'; path: string; raw?: Buffer }
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

export { DEFAULT_MAX_SIZE, formatSize, inputLimits, parseSize, setInputLimits, type InputLimits } from './limits.js';
import { formatSize, limits } from './limits.js';

/** An input over the size limit. */
class TooLarge extends Error {
  constructor(size: number | undefined) {
    super(`${size !== undefined ? `${formatSize(size)}: ` : ''}over the ${formatSize(limits.maxSize)} limit for one input (raise it with --max-size)`);
  }
}

/** What a special file is, for a message: `a FIFO (named pipe)`. */
function specialKind(stat: Stats): string | undefined {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return undefined;
}

/** A path's bytes as text: UTF-8, the bytes that are not UTF-8 shown as `\xff`. */
export function showPath(raw: Buffer): string {
  const text = raw.toString('utf8');
  if (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(raw)) return text;
  // The well-formed sequences kept, each stray byte escaped.
  // eslint-disable-next-line no-control-regex -- every byte value is matched
  return raw.toString('latin1').replace(/[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}|([\x80-\xff])/g, (seq: string, stray?: string) =>
    stray !== undefined ? `\\x${stray.charCodeAt(0).toString(16)}` : Buffer.from(seq, 'latin1').toString('utf8'),
  );
}

/** Called with a note about the inputs (a file named twice, a directory linked into itself): not an error. */
export type Note = (message: string) => void;

export const STDIN_PATH = '-';

// Node's modules that only a stream needs (standard input, a FIFO, a list of files), loaded then:
// loading them cost every run about 2 ms.
const requireBuiltin = createRequire(import.meta.url);
const net = (): typeof import('node:net') => requireBuiltin('node:net') as typeof import('node:net');
const readline = (): typeof import('node:readline') => requireBuiltin('node:readline') as typeof import('node:readline');

export { filesFrom, isFileList } from './file-list.js';
import { isFileList } from './file-list.js';

/** Each path a list names, one a line (blank lines skipped, a trailing CR dropped). */
async function* listedFiles(list: string): AsyncGenerator<string | Source> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = list === STDIN_PATH ? process.stdin : createReadStream(list);
    for await (const line of readline().createInterface({ input: stream, crlfDelay: Infinity })) {
      const path = line.replace(/\r$/, '');
      if (path.trim() !== '') yield path;
    }
  } catch (err) {
    yield { kind: 'error', path: list, message: `--files-from: ${describeFsError(err)}` };
  }
}

/** A note on stderr: `vnews: note: MESSAGE` (control characters escaped). */
const noteOnStderr: Note = (message) => void process.stderr.write(`vnews: note: ${escapeControls(message)}\n`);

/**
 * The files already handed on, by device and inode: a file named twice (`f f`, a folder and a
 * folder inside it, a link to it) is read once. Numbers, not paths, so that a list of millions
 * costs little.
 */
class SeenFiles {
  private readonly byDevice = new Map<number, Set<number>>();
  private twice = 0;
  private first: string | undefined;

  /** Whether the file is new (and now seen). */
  add(stat: Stats, path: string): boolean {
    let inodes = this.byDevice.get(stat.dev);
    if (inodes === undefined) this.byDevice.set(stat.dev, (inodes = new Set()));
    if (!inodes.has(stat.ino)) {
      inodes.add(stat.ino);
      return true;
    }
    this.twice++;
    this.first ??= path;
    return false;
  }

  report(note: Note): void {
    if (this.twice === 0) return;
    note(this.twice === 1 ? `${this.first}: named twice (the same file): read once` : `${this.twice} inputs named files already read (the first: ${this.first}): each file read once`);
  }
}

/**
 * Expand what the user typed into sources, in order. A directory gives its `*.txt` files
 * (recursively, sorted; each real directory visited once, whatever links lead to it; what cannot
 * be read below it is an error each, and the rest is still read); a pattern gives what it
 * matches (sorted). A file named twice is given once (`note` says so, once the inputs are all
 * expanded). A FIFO or a device is an error unless the limits allow them. With no inputs,
 * standard input is read when it is not a terminal.
 */
export async function* expandInputs(
  inputs: readonly string[],
  stdinIsTTY?: boolean,
  note: Note = noteOnStderr,
  listed?: (bytes: number) => boolean,
): AsyncGenerator<Source> {
  // Sizes of the files listed, for `listed`, until it says it has heard enough.
  let counting = listed !== undefined;
  const count = (bytes: number | undefined) => {
    if (counting && bytes !== undefined) counting = (listed as (bytes: number) => boolean)(bytes);
  };
  const sizeOf = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return undefined; // not there any more: its read will say so
    }
  };
  if (inputs.length === 0) {
    if (stdinIsTTY ?? Boolean(process.stdin.isTTY)) {
      yield { kind: 'error', path: '(none)', message: 'no input: give files, directories or glob patterns, or pipe text to standard input' };
    } else {
      yield { kind: 'stdin', path: STDIN_PATH };
    }
    return;
  }
  const seen = new SeenFiles();
  const directories = new Set<string>();
  for (const input of inputs) {
    if (input === STDIN_PATH) {
      yield { kind: 'stdin', path: STDIN_PATH };
      continue;
    }
    if (isFileList(input)) {
      for await (const listed of listedFiles(input.slice(1))) {
        if (typeof listed !== 'string') yield listed;
        else {
          const source = named(listed, seen, false);
          if (source !== undefined) yield source;
        }
      }
      continue;
    }
    let stat: Stats | undefined;
    try {
      // Synchronous, as the files are read (below): a stat is one system call, and a trip to
      // libuv's thread pool for it cost more CPU than the call (and, first, starting the pool).
      stat = statSync(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        yield { kind: 'error', path: input, message: describeFsError(err) };
        continue;
      }
      if (isLink(input)) {
        yield { kind: 'error', path: input, message: 'dangling symbolic link (what it points to does not exist)' };
        continue;
      }
    }
    if (stat?.isDirectory()) {
      if (directories.has(`${stat.dev}:${stat.ino}`)) {
        note(`${input}: a directory already read: not read again`);
        continue;
      }
      const found = await walk(input, directories, note);
      if (found.length === 0) {
        yield { kind: 'error', path: input, message: 'directory holds no .txt files' };
        continue;
      }
      if (counting) for (const f of found) if (f.kind === 'file') count(f.stat?.size);
      for (const f of found) {
        if (f.kind !== 'file' || f.stat === undefined) yield f.source;
        else if (seen.add(f.stat, f.source.path)) yield f.source;
      }
    } else if (stat) {
      count(stat.size);
      const source = checked(input, stat, seen);
      if (source !== undefined) yield source;
    } else if ((await fastGlob()).isDynamicPattern(input)) {
      const files = await (await fastGlob())(input, { onlyFiles: true, dot: false });
      if (files.length === 0) {
        yield { kind: 'error', path: input, message: 'pattern matched no files' };
        continue;
      }
      files.sort(compareNames);
      if (counting) for (const f of files) count(sizeOf(f));
      for (const f of files) {
        const source = named(f, seen, true);
        if (source !== undefined) yield source;
      }
    } else {
      yield { kind: 'error', path: input, message: 'no such file or directory' };
    }
  }
  seen.report(note);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A path named one by one (a list's, a pattern's match): the file, or the error reading it would
 * give (not there, a directory, a FIFO), or nothing when it was read already.
 */
function named(path: string, seen: SeenFiles, matched: boolean): Source | undefined {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (err) {
    // Left to the reading, which names the problem as before (no such file, permission denied).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && isLink(path)) return { kind: 'error', path, message: 'dangling symbolic link (what it points to does not exist)' };
    return { kind: 'file', path };
  }
  if (stat.isDirectory()) return matched ? undefined : { kind: 'error', path, message: 'is a directory' };
  return checked(path, stat, seen);
}

/** A file named as an input: itself, an error for a FIFO or device (unless allowed), or nothing when it was read already. */
function checked(path: string, stat: Stats, seen: SeenFiles, raw?: Buffer): Source | undefined {
  const special = specialKind(stat);
  if (special !== undefined && !limits.special) return { kind: 'error', path, message: `${special}, not a file: not read (it may never end; --special-files reads it)` };
  if (!seen.add(stat, path)) return undefined;
  return raw !== undefined ? { kind: 'file', path, raw } : { kind: 'file', path };
}

/** What a directory gives: a file (with its stat, to tell one read already), or an error in its place. */
type Found = { kind: 'file'; source: Source & { kind: 'file' }; stat?: Stats; rel: string } | { kind: 'error'; source: Source; rel: string };

/**
 * Every `*.txt` file below `root` (not those whose name or folder begins with a dot), sorted by
 * path, as fast-glob's `**\/*.txt` gives them; symbolic links are followed, each real directory
 * read once (`visited`, by device and inode, across the inputs); a directory that cannot be read,
 * a link that leads nowhere or round in a loop, a `.txt` that is a FIFO or a device: an error in
 * its place. Names are read as bytes, so that a name that is not UTF-8 can still be opened.
 */
async function walk(root: string, visited: Set<string>, note: Note): Promise<Found[]> {
  const found: Found[] = [];
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const rootStat = await fs.stat(root);
  visited.add(`${rootStat.dev}:${rootStat.ino}`);
  const pending: { raw: Buffer; rel: string }[] = [{ raw: Buffer.from(prefix), rel: '' }];
  const error = (rel: string, message: string) => found.push({ kind: 'error', source: { kind: 'error', path: prefix + rel.replace(/\/$/, ''), message }, rel });
  while (pending.length > 0) {
    const dir = pending.pop() as { raw: Buffer; rel: string };
    let entries: import('node:fs').Dirent<Buffer>[];
    try {
      entries = await fs.readdir(dir.raw, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      error(dir.rel, `cannot read directory: ${describeFsError(err)}`);
      continue;
    }
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name[0] === 0x2e) return; // a dot file or folder
        const name = showPath(entry.name);
        const raw = Buffer.concat([dir.raw, entry.name]);
        const rel = dir.rel + name;
        const isText = name.endsWith('.txt');
        let stat: Stats | undefined;
        if (entry.isSymbolicLink() || entry.isDirectory() || (isText && !entry.isFile())) {
          try {
            stat = await fs.stat(raw);
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (code === 'ELOOP') error(rel, 'symbolic link loop (it leads back to itself)');
            else if (code === 'ENOENT') error(rel, 'dangling symbolic link (what it points to does not exist)');
            else error(rel, describeFsError(err));
            return;
          }
        }
        if (stat?.isDirectory()) {
          const key = `${stat.dev}:${stat.ino}`;
          if (visited.has(key)) {
            if (entry.isSymbolicLink()) note(`${prefix}${rel}: a link to a directory already read: not read again`);
            return;
          }
          visited.add(key);
          pending.push({ raw: Buffer.concat([raw, Buffer.from('/')]), rel: `${rel}/` });
          return;
        }
        if (!isText) return;
        if (stat !== undefined && specialKind(stat) !== undefined) {
          error(rel, `${specialKind(stat)}, not a file: not read`);
          return;
        }
        stat ??= await fs.stat(raw).catch(() => undefined);
        const path = prefix + rel;
        const source: Source & { kind: 'file' } = raw.toString('utf8') === path ? { kind: 'file', path } : { kind: 'file', path, raw };
        found.push({ kind: 'file', source, rel, ...(stat !== undefined ? { stat } : {}) });
      }),
    );
  }
  found.sort((a, b) => compareNames(a.rel, b.rel));
  return found;
}

/** fast-glob, loaded when a pattern is first listed (a run on files and directories alone, and --help, never load it). */
let fastGlobModule: typeof FastGlob | undefined;
async function fastGlob(): Promise<typeof FastGlob> {
  return (fastGlobModule ??= (await import('fast-glob')).default);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read one source into text (in `encoding`, or told from its bytes), or say why it could not be read. */
export async function load(source: Source, stdin?: NodeJS.ReadableStream, encoding: EncodingChoice = 'auto'): Promise<Loaded> {
  if (source.kind === 'error') return { path: source.path, error: source.message };
  try {
    // process.stdin is made on first use (a stream, and about 2 ms), so only for standard input.
    const bytes = source.kind === 'stdin' ? await readStream(stdin ?? process.stdin) : await readFile(source.raw ?? source.path);
    return { path: source.path, ...decodeBytes(bytes, encoding), bytes: bytes.length };
  } catch (err) {
    if (err instanceof DecodeError || err instanceof TooLarge) return { path: source.path, error: err.message };
    return { path: source.path, error: describeFsError(err) };
  }
}

/**
 * A file's bytes, at most the size limit. A file over it is refused before it is read. A FIFO is
 * opened without blocking and read as a pipe (so no thread waits in open() for a writer that
 * never comes: an interrupt still ends the run); a device is read until the limit.
 */
async function readFile(path: string | Buffer): Promise<Uint8Array> {
  // A regular file is read in synchronous calls: measured, fs.promises.readFile (open, stat, read
  // and close, each a trip to libuv's thread pool) took 4 to 10 times the CPU of readFileSync, a
  // tenth of a run's time on the corpus; the reads ahead (READ_AHEAD) are then simply done early.
  // A stat never waits for a writer, so a FIFO is still told apart before anything blocks.
  const stat = statSync(path);
  if (stat.isFile()) {
    if (stat.size > limits.maxSize) throw new TooLarge(stat.size);
    const bytes = readFileSync(path);
    if (bytes.length > limits.maxSize) throw new TooLarge(bytes.length);
    return bytes;
  }
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (stat.isFIFO()) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    return readStream(new (net().Socket)({ fd, readable: true, writable: false }));
  }
  const handle = await fs.open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(1 << 20), 0, 1 << 20, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxSize) throw new TooLarge(undefined);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
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
    // Files are read synchronously, so without this turn of the event loop a run would never
    // leave its promise chain: no signal (Ctrl-C) handled, no timer, no background count.
    await new Promise<void>((resolve) => setImmediate(resolve));
    seen?.(loaded);
    return loaded;
  };
  for await (const source of expandInputs(inputs, undefined, undefined, options.listed)) {
    // Standard input is read alone, in its turn.
    if (source.kind === 'stdin') {
      while (pending.length > 0) yield await next(pending.shift() as Promise<Loaded>);
      yield await next(load(source, undefined, encoding));
      continue;
    }
    pending.push(load(source, undefined, encoding));
    if (pending.length > READ_AHEAD) yield await next(pending.shift() as Promise<Loaded>);
  }
  while (pending.length > 0) yield await next(pending.shift() as Promise<Loaded>);
}

/** A stream's bytes, at most the size limit (over it, the stream is left and an error thrown). */
async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > limits.maxSize) throw new TooLarge(undefined);
      chunks.push(buffer);
    }
  } finally {
    if (stream instanceof net().Socket) stream.destroy();
  }
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
