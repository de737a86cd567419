// The words of an article for the corpus tools (freq, ngrams, collocations, keywords, kwic, plot):
// vntk's segmentation (segment/) of the text with its site furniture blanked, punctuation and
// numbers left out, each word with the folded key it is counted by.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { prepare } from '../clean/index.js';
import { foldKey, normalize } from '../text/normalize.js';
import { segment, segmentLines, type Gap, type Word } from '../segment/index.js';

/** One word as the corpus tools count it. */
export interface CorpusWord {
  /** As written: `normalized.slice(start, end)`. */
  text: string;
  /** Lower case, tone placement folded: what words are counted and compared by (`Ngoại giao` = `ngoại giao`). */
  key: string;
  start: number;
  end: number;
  line: number;
}

const HAS_LETTER = /\p{L}/u;

/** Segment's text: one output line per input line; every space inside a word becomes `_`. No word crosses a gap (furniture blanked). */
export function segmentedText(text: string, gaps: readonly Gap[] = []): string {
  return segmentLines(normalize(text), gaps)
    .map((words) => words.map((w) => w.syllables.join('_')).join(' '))
    .join('\n');
}

/** An article's segmented words, furniture blanked unless `clean` is false; no word crosses the furniture (segment's json). */
export function segmentArticle(raw: string, clean: boolean): Word[] {
  const p = prepare(raw, clean);
  return segment(p.masked, p.cuts);
}

/** The words of one article, in order: segmented, furniture left out unless `clean` is false, only words with a letter. */
export function articleWords(raw: string, clean = true): CorpusWord[] {
  const out: CorpusWord[] = [];
  for (const w of segmentArticle(raw, clean)) {
    if (!HAS_LETTER.test(w.text)) continue;
    out.push({ text: w.text, key: keyOf(w.text), start: w.start, end: w.end, line: w.line });
  }
  return out;
}

/** foldKey, remembered: a corpus has far fewer distinct words than words (cleared past 200,000). */
const KEYS = new Map<string, string>();
function keyOf(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    if (KEYS.size >= 200_000) KEYS.clear();
    key = foldKey(text);
    KEYS.set(text, key);
  }
  return key;
}

/**
 * The words of one article (as `articleWords`) in runs that n-grams stay within: a run ends at a
 * line break, at a token without a letter (punctuation, a number) and at a gap of more than one
 * space (where furniture was blanked out).
 */
export function articleRuns(raw: string, clean = true): CorpusWord[][] {
  const runs: CorpusWord[][] = [];
  let run: CorpusWord[] = [];
  let last: { end: number; line: number } | undefined;
  for (const w of segmentArticle(raw, clean)) {
    const letter = HAS_LETTER.test(w.text);
    if (!letter || (last && (w.line !== last.line || w.start - last.end > 1))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    last = w;
    if (letter) run.push({ text: w.text, key: keyOf(w.text), start: w.start, end: w.end, line: w.line });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

export const STOPWORD_LISTS = ['vntk', 'iso'] as const;

/**
 * A stopword list as folded keys: `vntk` (vntk's 102 function words), `iso` (stopwords-iso's 645
 * Vietnamese words and phrases), or a file with one word a line.
 */
export function stopwords(name: string): Set<string> {
  const require = createRequire(import.meta.url);
  let words: string[];
  if (name === 'vntk') {
    words = readFileSync(require.resolve('vntk/lib/util/stopwords.txt'), 'utf8').split('\n');
  } else if (name === 'iso') {
    words = (require('stopwords-iso') as Record<string, string[]>).vi ?? [];
  } else {
    words = readFileSync(name, 'utf8').split('\n');
  }
  return new Set(words.map((w) => foldKey(w.trim())).filter((w) => w !== ''));
}

