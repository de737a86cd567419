// Viterbi decoding of a linear-chain CRF, in the order CRFsuite's tagger computes it, so
// that ties and rounding resolve the same way: state scores are summed attribute by attribute
// in the order the attributes were given; at each step the first previous label with the
// strictly greatest score wins; the last label is the first with the greatest final score.

/**
 * The best label sequence. Item t's attribute ids, in order, are
 * `ids[starts[t]] … ids[starts[t + 1] - 1]`; `state[aid * L + label]` and
 * `trans[from * L + to]` are the model's weights.
 */
export function viterbi(ids: Int32Array, starts: Int32Array, state: Float64Array, trans: Float64Array, L: number): number[] {
  const T = starts.length - 1;
  if (T <= 0) return [];
  const score = new Float64Array(T * L);
  const back = new Int32Array(T * L);
  const st = new Float64Array(L);
  for (let t = 0; t < T; t++) {
    st.fill(0);
    for (let r = starts[t]!; r < starts[t + 1]!; r++) {
      const a = ids[r]!;
      for (let l = 0; l < L; l++) st[l] = st[l]! + state[a * L + l]!;
    }
    if (t === 0) {
      for (let j = 0; j < L; j++) score[j] = st[j]!;
      continue;
    }
    const prev = (t - 1) * L;
    for (let j = 0; j < L; j++) {
      let best = -Number.MAX_VALUE;
      let arg = -1;
      for (let i = 0; i < L; i++) {
        const s = score[prev + i]! + trans[i * L + j]!;
        if (best < s) {
          best = s;
          arg = i;
        }
      }
      if (arg >= 0) back[t * L + j] = arg;
      score[t * L + j] = best + st[j]!;
    }
  }
  const path = new Array<number>(T).fill(0);
  let best = -Number.MAX_VALUE;
  for (let i = 0; i < L; i++) {
    if (best < score[(T - 1) * L + i]!) {
      best = score[(T - 1) * L + i]!;
      path[T - 1] = i;
    }
  }
  for (let t = T - 2; t >= 0; t--) path[t] = back[(t + 1) * L + path[t + 1]!]!;
  return path;
}
