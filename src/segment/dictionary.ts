// The word list vntk's `is_in_dict` feature checks: @vntk/dictionary's Viet74K.txt, one entry
// a line. vntk lower-cases the whole file, splits it at `\n` and scans the array for the
// lower-cased word; a Set of the same lines answers the same question in constant time.
import { readWordList } from '../lexicon/dictionary.js';

/**
 * The lower-cased entries; and the entries of exactly two and three space-separated parts,
 * nested by part, so that a pair or triple of tokens is looked up without joining them
 * (tokens hold no spaces, so `has(a + ' ' + b)` is `pairs.get(a)?.has(b)`).
 */
export interface Dictionary {
  words: Set<string>;
  pairs: Map<string, Set<string>>;
  triples: Map<string, Map<string, Set<string>>>;
}

/** `has(a + ' ' + b)` for lower-cased a and b without spaces. */
export function hasPair(dict: Dictionary, a: string, b: string): boolean {
  return dict.pairs.get(a)?.has(b) ?? false;
}

/** `has(a + ' ' + b + ' ' + c)` for lower-cased a, b and c without spaces. */
export function hasTriple(dict: Dictionary, a: string, b: string, c: string): boolean {
  return dict.triples.get(a)?.get(b)?.has(c) ?? false;
}

let loaded: Dictionary | undefined;

/** Load the word list (once). */
export function dictionary(): Dictionary {
  if (!loaded) {
    const data = readWordList();
    const words = new Set(data.toLowerCase().split('\n'));
    words.delete(''); // vntk answers false for an empty word before looking
    const pairs = new Map<string, Set<string>>();
    const triples = new Map<string, Map<string, Set<string>>>();
    for (const w of words) {
      const parts = w.split(' ');
      if (parts.length === 2) {
        let second = pairs.get(parts[0]!);
        if (!second) pairs.set(parts[0]!, (second = new Set()));
        second.add(parts[1]!);
      } else if (parts.length === 3) {
        let second = triples.get(parts[0]!);
        if (!second) triples.set(parts[0]!, (second = new Map()));
        let third = second.get(parts[1]!);
        if (!third) second.set(parts[1]!, (third = new Set()));
        third.add(parts[2]!);
      }
    }
    loaded = { words, pairs, triples };
  }
  return loaded;
}

/** vntk's `dict.has(word)`. */
export function inDictionary(dict: Dictionary, word: string): boolean {
  return word.length > 0 && dict.words.has(word.toLowerCase());
}
