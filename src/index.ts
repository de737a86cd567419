// vnews as a library: the typed API the CLI wraps.
export * from './types.js';
export { extract, type ExtractOptions } from './extract.js';
export { normalize, foldKey, LineIndex } from './text/normalize.js';
export { readInputs, expandInputs, load, type Loaded, type Source } from './io/inputs.js';
export { segment, loadSegmenter, type Word } from './segment/index.js';
export {
  signature,
  createIndex,
  addArticle,
  mergeIndexes,
  compare,
  candidatePairs,
  nearDuplicatePairs,
  groups,
  DEFAULT_THRESHOLD,
  type ArticleSignature,
  type SimilarityIndex,
  type SimilarPair,
  type PairOptions,
} from './corpus/similar.js';
