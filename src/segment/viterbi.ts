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
  if (L === 2) return viterbi2(ids, starts, state, trans, T);
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

/** The same computation, unrolled for two labels (vntk's word model: BW, IW). */
function viterbi2(ids: Int32Array, starts: Int32Array, state: Float64Array, trans: Float64Array, T: number): number[] {
  const t00 = trans[0]!;
  const t01 = trans[1]!;
  const t10 = trans[2]!;
  const t11 = trans[3]!;
  const back = new Uint8Array(T * 2);
  let s0 = 0; // best score ending in label 0 / 1 at the previous item
  let s1 = 0;
  for (let t = 0; t < T; t++) {
    let st0 = 0;
    let st1 = 0;
    for (let r = starts[t]!; r < starts[t + 1]!; r++) {
      const a = ids[r]! * 2;
      st0 += state[a]!;
      st1 += state[a + 1]!;
    }
    if (t === 0) {
      s0 = st0;
      s1 = st1;
      continue;
    }
    // to label j: from 0 first, from 1 only if strictly better (CRFsuite's `max < score`)
    const a0 = s0 + t00;
    const b0 = s1 + t10;
    const a1 = s0 + t01;
    const b1 = s1 + t11;
    const best0 = b0 > a0 ? b0 : a0;
    const best1 = b1 > a1 ? b1 : a1;
    back[t * 2] = b0 > a0 ? 1 : 0;
    back[t * 2 + 1] = b1 > a1 ? 1 : 0;
    s0 = best0 + st0;
    s1 = best1 + st1;
  }
  const path = new Array<number>(T).fill(0);
  path[T - 1] = s1 > s0 ? 1 : 0;
  for (let t = T - 2; t >= 0; t--) path[t] = back[(t + 1) * 2 + path[t + 1]!]!;
  return path;
}
