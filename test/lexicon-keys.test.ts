// The Viet74K keys `npm run build` writes (dist/lexicon/viet74k-keys.bin, what a built vnews
// loads) are the word list folded as the sources fold it on first use: the same dictionary either way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWordList, KeyTable, readWordList } from '../src/lexicon/dictionary.js';
import { foldKey } from '../src/text/normalize.js';

const BUILT = new URL('../dist/lexicon/viet74k-keys.bin', import.meta.url);

describe('Viet74K keys', () => {
  it('are each entry of the list folded, once each', () => {
    const keys = foldWordList('Hoà bình\nhòa bình\n  Thuỷ  điện \nngoại giao\n\n');
    expect(keys).toEqual(['hòa bình', 'thủy điện', 'ngoại giao']);
    expect(keys.every((k) => foldKey(k) === k)).toBe(true);
  });

  it('written by the build are the ones the sources fold (npm run build first)', () => {
    expect(existsSync(BUILT), 'dist/lexicon/viet74k-keys.bin: run npm run build').toBe(true);
    expect(KeyTable.fromBuffer(readFileSync(BUILT)).keys()).toEqual(foldWordList(readWordList()));
  });

  it('are found as a phrase of syllable keys, and nothing else is', () => {
    const table = KeyTable.of(['hòa bình', 'thủy điện', 'ngoại giao', 'a']);
    const read = KeyTable.fromBuffer(table.toBuffer());
    for (const t of [table, read]) {
      expect(t.hasKeys(['hòa', 'bình'])).toBe(true);
      expect(t.hasKeys(['hòa bình'])).toBe(true);
      expect(t.hasKeys(['a'])).toBe(true);
      expect(t.hasKeys(['ngoại', 'giao'])).toBe(true);
      for (const no of [['hòa'], ['bình'], ['hòa', 'bình', 'a'], ['thủy', 'điện', ''], [''], ['ngoại giao', 'a'], ['b']]) expect(t.hasKeys(no)).toBe(false);
    }
  });

  it('say what a Set of the keys says, on the whole list', () => {
    const keys = foldWordList(readWordList());
    const table = KeyTable.of(keys);
    const set = new Set(keys);
    for (const k of keys.slice(0, 5000)) expect(table.hasKeys(k.split(' '))).toBe(true);
    const probes = keys.slice(0, 3000).flatMap((k) => [k.split(' ').slice(1), [...k.split(' '), 'của'], k.split(' ').reverse()]);
    for (const p of probes) expect(table.hasKeys(p)).toBe(set.has(p.join(' ')));
  });
});
