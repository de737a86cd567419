// The Viet74K keys `npm run build` writes (dist/lexicon/viet74k-keys.txt, what a built vnews
// loads) are the word list folded as the sources fold it on first use: the same dictionary either way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWordList, readWordList } from '../src/lexicon/dictionary.js';
import { foldKey } from '../src/text/normalize.js';

const BUILT = new URL('../dist/lexicon/viet74k-keys.txt', import.meta.url);

describe('Viet74K keys', () => {
  it('are each entry of the list folded, once each', () => {
    const keys = foldWordList('Hoà bình\nhòa bình\n  Thuỷ  điện \nngoại giao\n\n');
    expect(keys).toEqual(['hòa bình', 'thủy điện', 'ngoại giao']);
    expect(keys.every((k) => foldKey(k) === k)).toBe(true);
  });

  it('written by the build are the ones the sources fold (npm run build first)', () => {
    expect(existsSync(BUILT), 'dist/lexicon/viet74k-keys.txt: run npm run build').toBe(true);
    expect(readFileSync(BUILT, 'utf8')).toBe(foldWordList(readWordList()).join('\n'));
  });
});
