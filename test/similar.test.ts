// Near-duplicate articles (src/corpus/similar.ts) on the seed fixtures: 000 and 002 are one
// story from two sites (002 with related-article teasers after it); no other seed pair is.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLD,
  addArticle,
  candidatePairs,
  candidatesAmong,
  compare,
  createIndex,
  fnv1a,
  groups,
  mergeIndexes,
  mergeIndexesInto,
  nearDuplicatePairs,
  packMinhash,
  signature,
  unpackMinhash,
  type SimilarityIndex,
} from '../src/corpus/similar.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));
const text = (path: string) => readFileSync(path, 'utf8');
const [s000, s001, s002, s003, s004] = seeds as [string, string, string, string, string];

function indexOf(paths: string[]): SimilarityIndex {
  const index = createIndex();
  for (const p of paths) addArticle(index, p, text(p));
  return index;
}

describe('near-duplicate seeds', () => {
  const pairs = nearDuplicatePairs(indexOf(seeds));

  it('000 and 002 are one story, and no other seed pair is a near-duplicate', () => {
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[s000, s002]]);
  });

  it('000 is mostly contained in 002, though 002 is twice as long: containment high, Jaccard low', () => {
    const [pair] = pairs;
    expect(pair?.containment).toBeGreaterThan(0.65);
    expect(pair?.jaccard).toBeLessThan(0.45);
    expect(pair?.containment).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('unrelated seeds score low', () => {
    for (const [a, b] of [[s001, s004], [s001, s003], [s003, s004], [s000, s004]] as const) {
      const score = compare(signature(text(a)), signature(text(b)));
      expect(score.containment, `${a} ${b}`).toBeLessThan(0.2);
    }
    expect(nearDuplicatePairs(indexOf([s001, s003, s004]), { threshold: 0.2 })).toEqual([]);
  });
});

describe('edited copies', () => {
  const original = text(s003);
  const paragraphs = original.split('\n');
  const long = paragraphs.map((p, i) => [p.length, i] as const).sort((x, y) => y[0] - x[0]);

  it('an article with one paragraph rewritten still matches itself', () => {
    const edited = [...paragraphs];
    const i = long[1]?.[1] as number;
    edited[i] = text(s004).split('\n')[1] as string; // a paragraph of another story in its place
    const index = createIndex();
    addArticle(index, 'original.txt', original);
    addArticle(index, 'edited.txt', edited.join('\n'));
    const [pair] = nearDuplicatePairs(index);
    expect(pair).toMatchObject({ a: 'edited.txt', b: 'original.txt' });
    expect(pair?.containment).toBeGreaterThan(0.75);
  });

  it('a copy whose figures differ matches (what vnews check looks for)', () => {
    const changed = original.replace(/\d+/g, (d) => String(Number(d) + 1));
    expect(changed).not.toBe(original);
    expect(compare(signature(original), signature(changed)).containment).toBeGreaterThan(0.6);
  });

  it('case, old tone placement and punctuation do not matter', () => {
    const a = 'Hội nghị Ngoại vụ toàn quốc lần thứ 20 bàn về hoà bình, hợp tác và phát triển của khu vực.';
    const b = 'HỘI NGHỊ NGOẠI VỤ toàn quốc - lần thứ 20 - bàn về hòa bình; hợp tác và phát triển của khu vực';
    expect(signature(a)).toEqual(signature(b));
  });

  it('an article that is only a title is not paired, even with itself', () => {
    const index = createIndex();
    addArticle(index, 'a.txt', 'Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ');
    addArticle(index, 'b.txt', 'Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ');
    expect(nearDuplicatePairs(index)).toEqual([]);
    expect(nearDuplicatePairs(index, { minShingles: 1 })).toHaveLength(1);
  });

  it('empty texts are never near-duplicates', () => {
    expect(compare(signature(''), signature(''))).toEqual({ jaccard: 0, containment: 0 });
  });
});

describe('the index', () => {
  it('shards indexed apart and merged (through JSON) give the same pairs as one index', () => {
    const shard1 = JSON.parse(JSON.stringify(indexOf([s002, s004]))) as SimilarityIndex;
    const shard2 = JSON.parse(JSON.stringify(indexOf([s000, s001, s003]))) as SimilarityIndex;
    const merged = mergeIndexes(shard1, shard2);
    const whole = indexOf(seeds);
    expect(nearDuplicatePairs(merged)).toEqual(nearDuplicatePairs(whole));
    expect(nearDuplicatePairs(mergeIndexes(shard2, shard1))).toEqual(nearDuplicatePairs(whole));
    expect(Object.keys(merged.articles).sort()).toEqual(seeds);
  });

  it('keeps a small signature per article, not its text', () => {
    const sig = indexOf([s002]).articles[s002];
    expect(sig?.minhash).toHaveLength(128);
    expect(sig?.shingles).toBeGreaterThan(1000);
    expect(JSON.stringify(sig).length).toBeLessThan(text(s002).length / 4);
    expect(sig?.minhash.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it('will not merge indexes built with other parameters', () => {
    expect(() => mergeIndexes(createIndex(), { ...createIndex(), shingleSize: 3 })).toThrow(/different parameters/);
    expect(() => mergeIndexesInto(createIndex(), { ...createIndex(), signatureSize: 64 })).toThrow(/different parameters/);
  });

  it('mergeIndexesInto folds one index into another in place, the later winning for a path in both', () => {
    const into = indexOf([s000, s001]);
    const before = JSON.stringify(indexOf([s002]));
    mergeIndexesInto(into, indexOf([s002, s003, s004]));
    expect(nearDuplicatePairs(into)).toEqual(nearDuplicatePairs(indexOf(seeds)));
    const other = createIndex();
    addArticle(other, s000, text(s004));
    mergeIndexesInto(into, other);
    expect(into.articles[s000]).toEqual(signature(text(s004)));
    expect(JSON.stringify(indexOf([s002]))).toBe(before);
  });

  it('a signature packs into base64 and back unchanged, in a third of the JSON', () => {
    const sig = signature(text(s003));
    const packed = packMinhash(sig.minhash);
    expect(Array.from(unpackMinhash(packed))).toEqual(sig.minhash);
    expect(packed.length).toBeLessThan(JSON.stringify(sig.minhash).length / 2);
    expect(compare({ shingles: sig.shingles, minhash: unpackMinhash(packed) }, sig)).toEqual({ jaccard: 1, containment: 1 });
  });

  it('candidatesAmong finds the pairs candidatePairs finds, by position', () => {
    const index = indexOf(seeds);
    const paths = Object.keys(index.articles).sort();
    const found = candidatesAmong(paths.map((p) => index.articles[p] as ReturnType<typeof signature>), index.signatureSize, 20);
    expect(found.map(([i, j]) => [paths[i], paths[j]])).toEqual(candidatePairs(index));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('hashing and groups', () => {
  it('fnv1a is FNV-1a over the UTF-16LE bytes (values from an independent implementation)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5); // the offset basis
    expect(fnv1a('a')).toBe(0x2b24d044); // bytes 61 00
    expect(fnv1a('ạ')).toBe(0xb0863f76); // U+1EA1: bytes a1 1e
  });

  it('groups are connected components, largest first', () => {
    const pairs = [
      { a: 'd', b: 'e' },
      { a: 'b', b: 'c' },
      { a: 'a', b: 'b' },
    ];
    expect(groups(pairs)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(groups([])).toEqual([]);
  });
});
