// vnews as a library: the typed API the CLI wraps.
export * from './types.js';
export { extract, extractPrepared, type ExtractOptions } from './extract.js';
export { normalize, foldKey, LineIndex } from './text/normalize.js';
export { readInputs, expandInputs, load, type Loaded, type ReadOptions, type Source } from './io/inputs.js';
export { runFiles, extractFiles, type FilesOptions } from './parallel/files.js';
export { TASKS, type TaskName, type TaskOptions, type TaskResult } from './parallel/tasks.js';
export type { Mapped } from './parallel/pool.js';
export { decode, decodeBytes, DecodeError, encodingNamed, ENCODING_NAMES, type Decoded, type Encoding, type EncodingChoice } from './io/decode.js';
export { segment, loadSegmenter, useSegmenter, segmenterInUse, SEGMENTERS, type SegmenterName, type Word } from './segment/index.js';
export {
  signature,
  signatureOf,
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
export {
  createDedupeIndex,
  addToDedupe,
  mergeDedupe,
  duplicatePairs,
  duplicateGroups,
  LEAD_SHINGLES,
  DEFAULT_MIN_LEAD,
  type DedupeIndex,
  type DuplicateOptions,
  type DuplicatePair,
  type DuplicateGroup,
  type DuplicateArticle,
} from './corpus/dedupe.js';
export { readArticle, figureInContext, type Article, type FigureInContext } from './corpus/article.js';
export { addDocument, mergeSummaries, officialsAcross, type OfficialsSummary, type OfficialAcross } from './corpus/officials.js';
export { addConferences, mergeConferences, conferencesAcross, type ConferencesSummary, type ConferenceAcross } from './corpus/conferences.js';
export { addToCheck, emptyCheckSummary, mergeCheck, findings, type CheckSummary, type Finding, type CheckSide } from './corpus/check/index.js';
export { claimOf, type Claim } from './corpus/claims.js';
export { findQuotes, type Quote, type QuoteKind, type QuoteOfficial } from './quotes/index.js';
export { findFurniture, maskFurniture, keptText, prepare, type Cut, type CutReason, type Prepared } from './clean/index.js';
export { compilePattern, findHits, kwic, sortKwic, kwicLine, dispersion, type Pattern, type Hit, type KwicLine, type KwicEntry, type KwicSort, type Dispersion } from './corpus/concordance.js';
export { emptyCollocations, addCollocations, addArticleCollocations, mergeCollocations, collocates, scores, type CollocationSummary, type Collocate, type Measure } from './corpus/collocations.js';
