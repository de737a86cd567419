// The word list vntk's `is_in_dict` feature checks: @vntk/dictionary's Viet74K.txt, one entry
// a line. vntk lower-cases the whole file, splits it at `\n` and scans the array for the
// lower-cased word; a Set of the same lines answers the same question in constant time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: Set<string> | undefined;

/** The path of Viet74K.txt in the installed @vntk/dictionary package. */
export function dictionaryPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@vntk/dictionary/package.json');
  return join(dirname(pkg), 'data', 'Viet74K.txt');
}

/** Load the word list (once). */
export function dictionary(): Set<string> {
  if (!words) {
    const data = readFileSync(dictionaryPath(), 'utf8');
    words = new Set(data.toLowerCase().split('\n'));
    words.delete(''); // vntk answers false for an empty word before looking
  }
  return words;
}

/** vntk's `dict.has(word)`. */
export function inDictionary(dict: Set<string>, word: string): boolean {
  return word.length > 0 && dict.has(word.toLowerCase());
}
