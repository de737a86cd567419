// The word list vntk's `is_in_dict` feature checks: @vntk/dictionary's Viet74K.txt, one entry
// a line. vntk lower-cases the whole file, splits it at `\n` and scans the array for the
// lower-cased word; a Set of the same lines answers the same question in constant time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The lower-cased entries, and the first one and two words of entries of several words. */
export interface Dictionary {
  words: Set<string>;
  firstWords: Set<string>;
  firstTwoWords: Set<string>;
}

let loaded: Dictionary | undefined;

/** The path of Viet74K.txt in the installed @vntk/dictionary package. */
export function dictionaryPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@vntk/dictionary/package.json');
  return join(dirname(pkg), 'data', 'Viet74K.txt');
}

/** Load the word list (once). */
export function dictionary(): Dictionary {
  if (!loaded) {
    const data = readFileSync(dictionaryPath(), 'utf8');
    const words = new Set(data.toLowerCase().split('\n'));
    words.delete(''); // vntk answers false for an empty word before looking
    const firstWords = new Set<string>();
    const firstTwoWords = new Set<string>();
    for (const w of words) {
      const one = w.indexOf(' ');
      if (one < 0) continue;
      firstWords.add(w.slice(0, one));
      const two = w.indexOf(' ', one + 1);
      if (two >= 0) firstTwoWords.add(w.slice(0, two));
    }
    loaded = { words, firstWords, firstTwoWords };
  }
  return loaded;
}

/** vntk's `dict.has(word)`. */
export function inDictionary(dict: Dictionary, word: string): boolean {
  return word.length > 0 && dict.words.has(word.toLowerCase());
}
