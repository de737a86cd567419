// A reader for CRFsuite's first-order linear-chain CRF model file (crf1d, `lCRF`/`FOMC`).
//
// Layout (little-endian): a 48-byte header (magic `lCRF`, size, type `FOMC`, version, feature,
// label and attribute counts, then the offsets of the feature chunk, the label CQDB, the
// attribute CQDB, the label feature references and the attribute feature references). A
// feature is 20 bytes: type (0 state, 1 transition), src, dst (u32) and weight (f64). A
// reference chunk is a 12-byte chunk header then one u32 offset per label/attribute, each
// pointing at a count followed by that many feature ids.
import { readCqdb } from './cqdb.js';

export class ModelFormatError extends Error {}

/** The scores of a crf1d model, laid out for decoding. */
export interface CrfModel {
  /** Label names by label id. */
  labels: string[];
  /** Attribute string → attribute id. */
  attributes: Map<string, number>;
  /** State weights: `state[aid * L + label]`, 0 where the model has no such feature. */
  state: Float64Array;
  /** Transition weights: `trans[from * L + to]`. */
  trans: Float64Array;
}

const HEADER_SIZE = 48;
const CHUNK_HEADER = 12;
const FEATURE_SIZE = 20;

export function readCrfModel(buf: Buffer): CrfModel {
  if (buf.length < HEADER_SIZE) throw new ModelFormatError('model file is too short');
  if (buf.toString('latin1', 0, 4) !== 'lCRF' || buf.toString('latin1', 8, 12) !== 'FOMC') {
    throw new ModelFormatError('not a CRFsuite crf1d model (magic lCRF/FOMC not found)');
  }
  const u32 = (o: number): number => buf.readUInt32LE(o);
  const numLabels = u32(20);
  const numAttrs = u32(24);
  const offFeatures = u32(28);
  const offLabels = u32(32);
  const offAttrs = u32(36);
  const offLabelRefs = u32(40);
  const offAttrRefs = u32(44);

  const labelIds = readCqdb(buf, offLabels);
  const labels: string[] = new Array<string>(numLabels).fill('');
  for (const [name, id] of labelIds) {
    if (id >= numLabels) throw new ModelFormatError(`label id ${id} out of range`);
    labels[id] = name;
  }
  const attributes = readCqdb(buf, offAttrs);
  if (attributes.size !== numAttrs) {
    throw new ModelFormatError(`attribute table holds ${attributes.size} entries, header says ${numAttrs}`);
  }

  const numFeatures = u32(offFeatures + 8);
  const feature = (fid: number): { type: number; src: number; dst: number; weight: number } => {
    if (fid >= numFeatures) throw new ModelFormatError(`feature id ${fid} out of range`);
    const p = offFeatures + CHUNK_HEADER + fid * FEATURE_SIZE;
    return { type: u32(p), src: u32(p + 4), dst: u32(p + 8), weight: buf.readDoubleLE(p + 12) };
  };
  const refs = (chunk: number, id: number): number[] => {
    const p = u32(chunk + CHUNK_HEADER + id * 4);
    const n = u32(p);
    const fids: number[] = [];
    for (let r = 0; r < n; r++) fids.push(u32(p + 4 + r * 4));
    return fids;
  };

  const L = numLabels;
  const state = new Float64Array(numAttrs * L);
  for (let a = 0; a < numAttrs; a++) {
    for (const fid of refs(offAttrRefs, a)) {
      const f = feature(fid);
      if (f.type !== 0 || f.src !== a || f.dst >= L) throw new ModelFormatError(`bad state feature ${fid}`);
      // One feature per (attribute, label): the tagger adds weight × 1 per attribute.
      if (state[a * L + f.dst] !== 0) throw new ModelFormatError(`duplicate state feature for attribute ${a}`);
      state[a * L + f.dst] = f.weight;
    }
  }
  const trans = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    for (const fid of refs(offLabelRefs, i)) {
      const f = feature(fid);
      if (f.type !== 1 || f.src !== i || f.dst >= L) throw new ModelFormatError(`bad transition feature ${fid}`);
      trans[i * L + f.dst] = f.weight;
    }
  }
  return { labels, attributes, state, trans };
}
