// Vietnamese words from vntk's dictionary (@vntk/dictionary, Viet74K, MIT), held as a Set of
// folded keys and loaded on first use: tells a compound (`ngoại giao`, `tỉnh ủy`) from two words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldKey } from '../text/normalize.js';

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data', 'Viet74K.txt');
  const set = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.trim();
    if (w) set.add(foldKey(w));
  }
  return set;
}

/** Is this sequence of syllables one dictionary word? Case and tone placement do not matter. */
export function isWord(syllables: readonly string[]): boolean {
  words ??= load();
  return words.has(foldKey(syllables.join(' ')));
}

/** `isWord` for tokens, whose keys are already folded. */
export function isWordKeys(keys: readonly string[]): boolean {
  words ??= load();
  return words.has(keys.join(' '));
}
