// Word segmentation, by one of two models over the same syllable tokens (vntk's tokenizer):
// RDRsegmenter's (rdr/, the default) or vntk's CRF word tokenizer (its model file and its
// features re-implemented in TypeScript, with identical output, in linear time and with no native
// addon). choice.ts says which; each model is read once, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalize } from '../text/normalize.js';
import { dictionary } from './dictionary.js';
import { TEMPLATE, attributeIndex, lineAttributes, type AttributeIndex } from './features.js';
import { readCrfModel } from './model.js';
import { tokenize } from './tokenizer.js';
import { viterbi } from './viterbi.js';
import { segmenterInUse, type SegmenterName } from './choice.js';
import { rdrModel } from './rdr/model.js';
import { rdrTags, I } from './rdr/index.js';

export { SEGMENTERS, DEFAULT_SEGMENTER, useSegmenter, segmenterInUse, type SegmenterName } from './choice.js';

/** One word: `text` is `normalize(input).slice(start, end)`; `line` is 1-based. */
export interface Word {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** One word of a line, with the syllable tokens it joins (offsets into the line). */
export interface LineWord {
  start: number;
  end: number;
  syllables: string[];
}

interface Tagger {
  /** The model's attribute ids by template and value. */
  index: AttributeIndex;
  state: Float64Array;
  trans: Float64Array;
  L: number;
  /** The label id of "inside a word" (vntk joins a token to the previous one on `IW`). */
  inside: number;
}

let tagger: Tagger | undefined;

/** The path of vntk's word-segmentation model in the installed vntk package. */
export function modelPath(): string {
  const pkg = createRequire(import.meta.url).resolve('vntk/package.json');
  return join(dirname(pkg), 'lib', 'word_tokenizer', 'model.bin');
}

function load(): Tagger {
  if (tagger) return tagger;
  const model = readCrfModel(readFileSync(modelPath()));
  const index = new Map<string, number>(TEMPLATE.map((name, j) => [name, j]));
  const byTemplate = TEMPLATE.map(() => new Map<string, number>());
  for (const [attr, aid] of model.attributes) {
    const eq = attr.indexOf('=');
    const j = eq < 0 ? undefined : index.get(attr.slice(0, eq));
    // An attribute of another template could never be generated; it is simply not used.
    if (j !== undefined) byTemplate[j]!.set(attr.slice(eq + 1), aid);
  }
  const inside = model.labels.indexOf('IW');
  if (inside < 0) throw new Error(`${modelPath()}: model has no IW label (labels: ${model.labels.join(', ')})`);
  tagger = { index: attributeIndex(byTemplate), state: model.state, trans: model.trans, L: model.labels.length, inside };
  return tagger;
}

/** Load the segmenter's model (by default the one in use) now rather than on first use. */
export function loadSegmenter(name: SegmenterName = segmenterInUse()): void {
  if (name === 'rdr') {
    rdrModel();
    return;
  }
  load();
  dictionary();
}

const NEEDS_CLEANING = /[\0\uD800-\uDFFF]/;

/**
 * The attribute CRFsuite looks up for a value: the native binding passes the string as UTF-8
 * (a lone surrogate becomes U+FFFD) and as a C string (cut at the first NUL).
 */
function asAttributeValue(v: string): string {
  if (!NEEDS_CLEANING.test(v)) return v;
  const nul = v.indexOf('\0');
  const cut = nul < 0 ? v : v.slice(0, nul);
  return (cut as unknown as { toWellFormed(): string }).toWellFormed();
}

/** The words of a line by the segmenter in use (segmenterInUse), with offsets into `line`. */
export function segmentLine(line: string): LineWord[] {
  return segmenterInUse() === 'rdr' ? rdrSegmentLine(line) : vntkSegmentLine(line);
}

/** The words RDRsegmenter gives for the line's syllable tokens, with offsets into `line`. */
export function rdrSegmentLine(line: string): LineWord[] {
  const tokens = tokenize(line);
  if (tokens.length === 0) return [];
  const texts = tokens.map((tok) => line.slice(tok.start, tok.end));
  const tags = rdrTags(texts);
  const words: LineWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const last = words[words.length - 1];
    if (tags[i] === I && last) {
      last.end = tok.end;
      last.syllables.push(texts[i]!);
    } else {
      words.push({ start: tok.start, end: tok.end, syllables: [texts[i]!] });
    }
  }
  return words;
}

/** The words vntk's `wordTokenizer().tag(line)` gives, with offsets into `line`. */
export function vntkSegmentLine(line: string): LineWord[] {
  const tokens = tokenize(line);
  if (tokens.length === 0) return [];
  const t = load();
  const texts = tokens.map((tok) => line.slice(tok.start, tok.end));
  const clean = NEEDS_CLEANING.test(line) ? asAttributeValue : undefined;
  const { ids, starts } = lineAttributes(texts, dictionary(), t.index, clean);
  const labels = viterbi(ids, starts, t.state, t.trans, t.L);
  const words: LineWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const last = words[words.length - 1];
    if (labels[i] === t.inside && last) {
      last.end = tok.end;
      last.syllables.push(texts[i]!);
    } else {
      words.push({ start: tok.start, end: tok.end, syllables: [texts[i]!] });
    }
  }
  return words;
}

/** A span of the normalized text no word may cross: site furniture blanked by clean/. */
export interface Gap {
  start: number;
  end: number;
}

/**
 * The words of each line of a normalized text (offsets into the line). The stretches of a line
 * on either side of a gap are tagged apart, as two lines would be: no word joins syllables across
 * furniture that was blanked out (`đại(Ảnh: Tuấn Anh) dịch` is `đại` and `dịch`).
 */
export function segmentLines(normalized: string, gaps: readonly Gap[] = []): LineWord[][] {
  const sorted = gaps.length > 1 ? [...gaps].sort((a, b) => a.start - b.start) : gaps;
  const out: LineWord[][] = [];
  let g = 0;
  for (let lineStart = 0; ; ) {
    const nl = normalized.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? normalized.length : nl;
    while (g < sorted.length && (sorted[g] as Gap).end <= lineStart) g++;
    if (g >= sorted.length || (sorted[g] as Gap).start >= lineEnd) {
      out.push(segmentLine(normalized.slice(lineStart, lineEnd)));
    } else {
      const words: LineWord[] = [];
      let from = lineStart;
      for (let k = g; from < lineEnd; k++) {
        const gap = sorted[k];
        const to = gap === undefined || gap.start >= lineEnd ? lineEnd : Math.max(from, gap.start);
        for (const w of segmentLine(normalized.slice(from, to))) words.push({ ...w, start: w.start + from - lineStart, end: w.end + from - lineStart });
        if (gap === undefined || gap.start >= lineEnd) break;
        from = Math.max(from, gap.end);
      }
      out.push(words);
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

/**
 * The words of a text, line by line as vntk tags them, with UTF-16 offsets into
 * `normalize(text)`. A word's `text` keeps the text between its syllables as written (one
 * space, several, or none as in `TP.HCM`). `gaps` (spans of the normalized text, such as the
 * furniture `prepare` found) are never inside a word: the text on each side is tagged apart.
 */
export function segment(text: string, gaps: readonly Gap[] = []): Word[] {
  const normalized = normalize(text);
  const words: Word[] = [];
  let lineStart = 0;
  segmentLines(normalized, gaps).forEach((line, i) => {
    for (const w of line) {
      const start = lineStart + w.start;
      const end = lineStart + w.end;
      words.push({ text: normalized.slice(start, end), start, end, line: i + 1 });
    }
    const nl = normalized.indexOf('\n', lineStart);
    lineStart = nl + 1;
  });
  return words;
}
