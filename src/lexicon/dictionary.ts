// Vietnamese words from vntk's dictionary (@vntk/dictionary, Viet74K, MIT), held as a Set of
// folded keys and loaded on first use: tells a compound (`ngoại giao`, `tỉnh ủy`) from two words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldKey } from '../text/normalize.js';

let words: Set<string> | undefined;

/** The path of Viet74K.txt in the installed @vntk/dictionary package. */
export function dictionaryPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@vntk/dictionary/package.json');
  return join(dirname(pkg), 'data', 'Viet74K.txt');
}

/** The word list's text: one entry a line. */
export function readWordList(): string {
  return readFileSync(dictionaryPath(), 'utf8');
}

function load(): Set<string> {
  const set = new Set<string>();
  for (const line of readWordList().split('\n')) {
    const w = line.trim();
    if (w) set.add(foldKey(w));
  }
  return set;
}

/** Is this sequence of folded syllables (tokens' keys) one dictionary word? */
export function isWordKeys(keys: readonly string[]): boolean {
  words ??= load();
  return words.has(keys.join(' '));
}
