// One article as the corpus commands see it: what `extract` found, the normalized text and its
// sentences, so each figure, date or conference can be quoted with the sentence it stands in.
import type { Document, Figure, FigureQualifier, Kind } from '../types.js';
import { extractPrepared, prepare } from '../extract.js';
import type { Cut } from '../clean/index.js';
import { SentenceIndex } from '../text/sentences.js';

export interface Article {
  doc: Document;
  /**
   * The normalized text with the site furniture blanked by spaces (unless cleaning is off): every
   * offset in `doc` points into it as into the normalized text, and no sentence quotes a teaser.
   */
  text: string;
  /** The furniture blanked (clean/). */
  cuts: Cut[];
  sentences: SentenceIndex;
}

/** Extract one article (only the kinds asked for; furniture left out unless `clean` is false) and index its sentences. */
export function readArticle(raw: string, path: string, only?: readonly Kind[], clean = true): Article {
  const prepared = prepare(raw, clean);
  const doc = extractPrepared(prepared, { path, ...(only ? { only } : {}) });
  return { doc, text: prepared.masked, cuts: prepared.cuts, sentences: new SentenceIndex(prepared.masked) };
}

/** A figure with where it stands: the article, the line and the sentence. */
export interface FigureInContext {
  path: string;
  line: number;
  /** The figure as written. */
  text: string;
  value: number;
  value_max?: number;
  unit: string | null;
  qualifier: FigureQualifier | null;
  /** The sentence holding the figure. */
  sentence: string;
}

/** A document's figure, placed in its sentence. */
export function figureInContext(article: Article, f: Figure): FigureInContext {
  return {
    path: article.doc.path,
    line: f.line,
    text: f.text,
    value: f.value,
    ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
    unit: f.unit,
    qualifier: f.qualifier,
    sentence: article.sentences.at(f.start),
  };
}
