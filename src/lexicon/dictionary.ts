// Vietnamese words from vntk's dictionary (@vntk/dictionary, Viet74K, MIT), held as a table of
// folded keys and loaded on first use: tells a compound (`ngoại giao`, `tỉnh ủy`) from two words.
//
// Folding 74,000 entries costs about 100 ms of CPU, and building a Set of them 40 more, more than
// the rest of a small run's start-up, so `npm run build` folds them once and writes them as a
// KeyTable (write-keys.ts: viet74k-keys.bin beside the built module), which a run (and each worker)
// reads in a millisecond or two. Run from the sources (tests, tsx), where no such file is written,
// the list is folded on first use as before: the same keys either way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldKey } from '../text/normalize.js';

/** Where the build writes the folded keys' table: next to this module (dist/lexicon/). */
export const KEYS_FILE = new URL('./viet74k-keys.bin', import.meta.url);

/** The path of Viet74K.txt in the installed @vntk/dictionary package. */
export function dictionaryPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@vntk/dictionary/package.json');
  return join(dirname(pkg), 'data', 'Viet74K.txt');
}

/** The word list's text: one entry a line. */
export function readWordList(): string {
  return readFileSync(dictionaryPath(), 'utf8');
}

/** The word list's folded keys (foldKey of each entry), each once, in the list's order. */
export function foldWordList(text: string): string[] {
  const set = new Set<string>();
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w) set.add(foldKey(w));
  }
  return [...set];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * A set of keys as one text (the keys one a line) and an open-addressing hash table of where each
 * starts in it: loads from one buffer with no string or object per key, and is asked about a
 * phrase as its syllables' keys, without joining them.
 */
export class KeyTable {
  private constructor(
    private readonly text: string,
    /** Each slot: where a key starts in `text`, plus one (0: empty); a power of two of them. */
    private readonly slots: Uint32Array,
  ) {}

  /** A table of these keys (none may hold a line break). */
  static of(keys: readonly string[]): KeyTable {
    let size = 1;
    while (size < keys.length * 1.5) size *= 2;
    const table = new KeyTable(keys.join('\n'), new Uint32Array(size));
    let at = 0;
    for (const key of keys) {
      if (!table.hasKeys([key])) table.slots[table.freeSlot(hashOf([key]))] = at + 1;
      at += key.length + 1;
    }
    return table;
  }

  /** A table written by `toBuffer`. */
  static fromBuffer(bytes: Uint8Array): KeyTable {
    // A Uint32Array needs its offset aligned; a file's buffer usually is.
    const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const head = new Uint32Array(buf.buffer, buf.byteOffset, 2);
    const [size, units] = [head[0] as number, head[1] as number];
    const slots = new Uint32Array(buf.buffer, buf.byteOffset + 8, size);
    const text = Buffer.from(buf.buffer, buf.byteOffset + 8 + size * 4, units * 2).toString('utf16le');
    return new KeyTable(text, slots);
  }

  /** Its size in slots and in the text's code units, the slots, then the text in UTF-16. */
  toBuffer(): Buffer {
    const head = Buffer.from(new Uint32Array([this.slots.length, this.text.length]).buffer);
    return Buffer.concat([head, Buffer.from(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength), Buffer.from(this.text, 'utf16le')]);
  }

  /** The keys, in the order they were given. */
  keys(): string[] {
    return this.text === '' ? [] : this.text.split('\n');
  }

  /** Is the phrase of these syllables' keys, joined by spaces, a key? */
  hasKeys(keys: readonly string[]): boolean {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(keys) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot] as number;
      if (at === 0) return false;
      if (this.matches(at - 1, keys)) return true;
    }
  }

  private freeSlot(hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  /** Does the key starting at `at` in the text read as these keys joined by spaces? */
  private matches(at: number, keys: readonly string[]): boolean {
    const { text } = this;
    let p = at;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (k > 0) {
        if (text.charCodeAt(p) !== SPACE) return false;
        p++;
      }
      if (!text.startsWith(key, p)) return false;
      p += key.length;
    }
    return p === text.length || text.charCodeAt(p) === NEWLINE;
  }
}

/** FNV-1a over the code units of the keys joined by spaces. */
function hashOf(keys: readonly string[]): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
    const key = keys[k] as string;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  }
  return hash >>> 0;
}

let words: KeyTable | undefined;

function load(): KeyTable {
  let built: Buffer | undefined;
  try {
    built = readFileSync(KEYS_FILE);
  } catch {
    built = undefined;
  }
  return built !== undefined && built.length > 0 ? KeyTable.fromBuffer(built) : KeyTable.of(foldWordList(readWordList()));
}

/** Is this sequence of folded syllables (tokens' keys) one dictionary word? */
export function isWordKeys(keys: readonly string[]): boolean {
  words ??= load();
  return words.hasKeys(keys);
}
