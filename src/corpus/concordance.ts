// Where a pattern falls in an article's words (corpus/words.ts, numbers included), for `kwic`,
// `collocations` and `plot`: a word or a phrase matched by folded spelling on word boundaries
// (without diacritics when the pattern has none), or a regular expression tested against each
// word's key; each hit with its context (kwic) or its word position (plot).
import { prepare } from '../clean/index.js';
import { foldKey, unaccented, withoutDiacritics } from '../text/normalize.js';
import { segmentArticle, type CorpusWord } from './words.js';

/**
 * What to look for: a word or phrase (`keys` its words as segmented, `folded` its spelling: see
 * `spelling`; `plain` when it has no diacritic, so that it matches the text's words without
 * theirs), or a regular expression over one word's key.
 */
export type Pattern = { kind: 'words'; keys: string[]; folded: string; plain: boolean; text: string } | { kind: 'regex'; regex: RegExp; text: string };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words the concordance tools look through: the article's segmented words with a letter or a
 * digit (`APEC`, `2017`, `34,82`), furniture left out unless `clean` is false. Unlike the word lists
 * (`articleWords`), numbers are words here: `APEC 2017` and `Covid-19` are patterns like any other.
 */
export function concordanceWords(raw: string, clean = true): CorpusWord[] {
  const out: CorpusWord[] = [];
  for (const w of segmentArticle(raw, clean)) {
    if (WORD_CHAR.test(w.text)) out.push({ text: w.text, key: foldKey(w.text), start: w.start, end: w.end, line: w.line });
  }
  return out;
}

/**
 * How a word or pattern is spelled for matching: its folded key with every run of characters
 * other than letters, marks and digits as one space (`Covid-19` → `covid 19`, which the text's
 * `Covid` `-` `19` spell too; `34,82` → `34 82`), as a search engine ignores punctuation.
 */
export function spelling(text: string): string {
  return foldKey(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

/**
 * A pattern from the command line: with `regex` a JavaScript regular expression (Unicode, case
 * ignored) tested against each word's key; else a word or phrase. A phrase matches whole words of
 * the text whose keys, one space apart, spell it: `Bộ Ngoại giao` matches `Bộ` + `Ngoại giao`, and
 * `hội nghị` matches `Hội nghị` although the segmenter, given the lower-case phrase alone, splits it.
 */
export function compilePattern(text: string, regex = false): Pattern {
  if (regex) {
    try {
      return { kind: 'regex', regex: new RegExp(text, 'iu'), text };
    } catch (err) {
      throw new Error(`not a regular expression: ${text} (${(err as Error).message})`);
    }
  }
  const folded = spelling(text);
  if (folded === '') throw new Error(`the pattern holds no word or number: ${JSON.stringify(text)}`);
  const keys = concordanceWords(text, false).map((w) => w.key);
  return { kind: 'words', keys: keys.length > 0 ? keys : [folded], folded, plain: withoutDiacritics(folded), text };
}

/** One place the pattern matches: the index of its first word and how many words it spans. */
export interface Hit {
  /** Index of the first matched word in the article's words. */
  word: number;
  /** Number of words matched (1 for a word or a regex, more for a phrase). */
  length: number;
}

/**
 * Every hit of the pattern in these words, in text order, not overlapping; a phrase stays within
 * a line. A word or phrase matches the words whose spellings, one space apart, are the pattern's
 * (punctuation between them does not count); a pattern without diacritics matches them without theirs.
 */
export function findHits(words: readonly CorpusWord[], pattern: Pattern): Hit[] {
  const hits: Hit[] = [];
  if (pattern.kind === 'regex') {
    words.forEach((w, i) => {
      if (pattern.regex.test(w.key)) hits.push({ word: i, length: 1 });
    });
    return hits;
  }
  const target = pattern.folded;
  const spell = spellings(pattern.plain);
  for (let i = 0; i < words.length; i++) {
    const line = (words[i] as CorpusWord).line;
    let spelled = '';
    for (let k = i; k < words.length && words[k]?.line === line; k++) {
      spelled += (k > i ? ' ' : '') + spell((words[k] as CorpusWord).key);
      if (spelled === target) {
        hits.push({ word: i, length: k - i + 1 });
        i = k;
        break;
      }
      if (!target.startsWith(`${spelled} `)) break;
    }
  }
  return hits;
}

/** A word key's spelling (`spelling`), unaccented when `plain`: remembered, as a corpus has far fewer distinct words than words. */
const SPELLINGS = [new Map<string, string>(), new Map<string, string>()];
function spellings(plain: boolean): (key: string) => string {
  const cache = SPELLINGS[plain ? 1 : 0] as Map<string, string>;
  return (key) => {
    let s = cache.get(key);
    if (s === undefined) {
      if (cache.size >= 200_000) cache.clear();
      s = spelling(key);
      if (plain) s = unaccented(s);
      cache.set(key, s);
    }
    return s;
  };
}

/** One line of a concordance. */
export interface KwicLine {
  path: string;
  line: number;
  /** Offsets of the match in the normalized text. */
  start: number;
  end: number;
  /** Up to `width` characters of the line before the match (spaces collapsed). */
  left: string;
  /** The match as written. */
  match: string;
  /** Up to `width` characters of the line after the match. */
  right: string;
}

/** A concordance line and what it sorts by: the keys of the words before it (nearest first) and after it. */
export interface KwicEntry extends KwicLine {
  leftKeys: string[];
  rightKeys: string[];
}

export const DEFAULT_WIDTH = 40;

/** Words of context a concordance line is sorted by, on either side (AntConc sorts by three levels); lines that agree on all of them keep text order. */
export const SORT_WORDS = 24;

/** Whitespace within a line (as `\s` matches, but not the line feed that ends it). */
const isSpace = (c: string) => c !== '\n' && /\s/.test(c);

/**
 * The `width` characters of the line before `at`, spaces collapsed and trimmed (what
 * `squeeze(line.slice(0, at)).trim()` would end with), read back from `at` only as far as they
 * reach: each hit costs its context, not its line (a one-line article of 0.5 MB took 11 s).
 */
function leftContext(text: string, at: number, width: number): string {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i] as string)) i--;
  const out: string[] = [];
  while (i >= 0 && text[i] !== '\n' && out.length <= width) {
    if (isSpace(text[i] as string)) {
      while (i >= 0 && isSpace(text[i] as string)) i--;
      out.push(' ');
    } else out.push(text[i--] as string);
  }
  const s = out.reverse().join('');
  return (out.length > width ? s.slice(s.length - width) : s).trimStart();
}

/** The `width` characters of the line after `at`, spaces collapsed and trimmed, read only as far as they reach. */
function rightContext(text: string, at: number, width: number): string {
  let i = at;
  while (i < text.length && isSpace(text[i] as string)) i++;
  const out: string[] = [];
  while (i < text.length && text[i] !== '\n' && out.length < width) {
    if (isSpace(text[i] as string)) {
      while (i < text.length && isSpace(text[i] as string)) i++;
      out.push(' ');
    } else out.push(text[i++] as string);
  }
  return out.join('').trimEnd();
}

/** The concordance of one article: every hit with `width` characters of its line on either side. */
export function kwic(raw: string, path: string, pattern: Pattern, options: { width?: number; clean?: boolean } = {}): KwicEntry[] {
  const width = options.width ?? DEFAULT_WIDTH;
  const text = prepare(raw, options.clean ?? true).masked;
  const words = concordanceWords(raw, options.clean ?? true);
  return findHits(words, pattern).map(({ word, length }) => {
    const first = words[word] as CorpusWord;
    const last = words[word + length - 1] as CorpusWord;
    return {
      path,
      line: first.line,
      start: first.start,
      end: last.end,
      left: leftContext(text, first.start, width),
      match: text.slice(first.start, last.end),
      right: rightContext(text, last.end, width),
      leftKeys: lineKeys(words, word - 1, -1, first.line),
      rightKeys: lineKeys(words, word + length, 1, first.line),
    };
  });
}

/** The keys of up to SORT_WORDS words from `from` on in direction `step` (1 or -1), while they are on `line`. */
function lineKeys(words: readonly CorpusWord[], from: number, step: 1 | -1, line: number): string[] {
  const keys: string[] = [];
  for (let i = from; keys.length < SORT_WORDS && words[i] !== undefined && words[i]?.line === line; i += step) keys.push((words[i] as CorpusWord).key);
  return keys;
}

export const SORTS = ['none', 'left', 'right'] as const;
export type KwicSort = (typeof SORTS)[number];

const collator = new Intl.Collator('vi');

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = collator.compare(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Concordance lines sorted AntConc-style: `left` by the word just before the match, then the one
 * before that…; `right` by the word just after, then the next…; ties keep text order. `none`: as found.
 */
export function sortKwic<E extends KwicEntry>(entries: readonly E[], sort: KwicSort): E[] {
  if (sort === 'none') return [...entries];
  const by = sort === 'left' ? (e: E) => e.leftKeys : (e: E) => e.rightKeys;
  return [...entries].sort((a, b) => compareKeys(by(a), by(b)));
}

/** The JSON of a concordance line: the entry without its sort keys. */
export function kwicLine(e: KwicEntry): KwicLine {
  return { path: e.path, line: e.line, start: e.start, end: e.end, left: e.left, match: e.match, right: e.right };
}

/** Where the pattern falls in one article, for a dispersion plot. */
export interface Dispersion {
  path: string;
  /** The article's length in words. */
  words: number;
  /** Each hit: the index of its first word (0-based), its line and offsets. */
  hits: { word: number; line: number; start: number; end: number }[];
}

export function dispersion(raw: string, path: string, pattern: Pattern, clean = true): Dispersion {
  const words = concordanceWords(raw, clean);
  const hits = findHits(words, pattern).map(({ word, length }) => {
    const first = words[word] as CorpusWord;
    return { word, line: first.line, start: first.start, end: (words[word + length - 1] as CorpusWord).end };
  });
  return { path, words: words.length, hits };
}
