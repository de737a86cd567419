// Viterbi decoding against brute force over every label sequence of short random chains.
import { describe, expect, it } from 'vitest';
import { viterbi } from '../../src/segment/viterbi.js';

function bruteForce(ids: Int32Array, starts: Int32Array, state: Float64Array, trans: Float64Array, L: number): number[] {
  const T = starts.length - 1;
  let best = -Infinity;
  let bestPath: number[] = [];
  for (let code = 0; code < L ** T; code++) {
    const path = Array.from({ length: T }, (_, t) => Math.floor(code / L ** t) % L);
    let score = 0;
    for (let t = 0; t < T; t++) {
      for (let r = starts[t]!; r < starts[t + 1]!; r++) score += state[ids[r]! * L + path[t]!]!;
      if (t > 0) score += trans[path[t - 1]! * L + path[t]!]!;
    }
    if (score > best) {
      best = score;
      bestPath = path;
    }
  }
  return bestPath;
}

describe('viterbi', () => {
  it.each([2, 3])('finds the best sequence of %i labels', (L) => {
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 200; trial++) {
      const T = 1 + Math.floor(rand() * 6);
      const numAttrs = 8;
      const state = Float64Array.from({ length: numAttrs * L }, () => rand() * 2 - 1);
      const trans = Float64Array.from({ length: L * L }, () => rand() * 2 - 1);
      const lists = Array.from({ length: T }, () => Array.from({ length: Math.floor(rand() * 4) }, () => Math.floor(rand() * numAttrs)));
      const ids = Int32Array.from(lists.flat());
      const starts = new Int32Array(T + 1);
      lists.forEach((l, t) => (starts[t + 1] = starts[t]! + l.length));
      expect(viterbi(ids, starts, state, trans, L)).toEqual(bruteForce(ids, starts, state, trans, L));
    }
  });

  it('gives nothing for an empty line', () => {
    expect(viterbi(new Int32Array(0), new Int32Array(1), new Float64Array(4), new Float64Array(4), 2)).toEqual([]);
  });
});
