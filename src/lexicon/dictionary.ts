// Vietnamese words from vntk's dictionary (@vntk/dictionary, Viet74K, MIT), held as a Set of
// folded keys and loaded on first use: tells a compound (`ngoại giao`, `tỉnh ủy`) from two words.
//
// Folding 74,000 entries costs about 100 ms of CPU, more than the rest of a small run's start-up,
// so `npm run build` folds them once (write-keys.ts) into viet74k-keys.txt beside the built
// module, and a run reads that file (about 20 ms). Run from the sources (tests, tsx), where no
// such file is written, the list is folded on first use as before: the same keys either way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldKey } from '../text/normalize.js';

let words: Set<string> | undefined;

/** Where the build writes the folded keys: next to this module (dist/lexicon/). */
export const KEYS_FILE = new URL('./viet74k-keys.txt', import.meta.url);

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

function load(): Set<string> {
  let built: string | undefined;
  try {
    built = readFileSync(KEYS_FILE, 'utf8');
  } catch {
    built = undefined;
  }
  return new Set(built !== undefined && built !== '' ? built.split('\n') : foldWordList(readWordList()));
}

/** Is this sequence of folded syllables (tokens' keys) one dictionary word? */
export function isWordKeys(keys: readonly string[]): boolean {
  words ??= load();
  return words.has(keys.join(' '));
}
