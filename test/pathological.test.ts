// Issue 8: every extractor on pathological inputs at the sizes (100,000 digits separated
// by dots and commas; 50,000 capitalised syllables; 100,000 opening quotes; a 10 MB line without
// spaces), in most shapes of test/support/pathological.ts (the benchmark runs them all). Not a
// timed test (`npm run bench` shows the time is linear): it checks that each call ends, that every
// span is a slice of the normalized text, and what is found. A line made only of one-character
// words is 1 MB, not 10, and so is a line of spaces (V8's regular expressions run out of
// backtracking stack on some 10 million spaces).
import { describe, expect, it } from 'vitest';
import { addToCheck, emptyCheckSummary, extract, findQuotes, normalize, prepare, readArticle, segment, type Document, type Quote, type Word } from '../src/index.js';
import type { Cut } from '../src/clean/index.js';
import { COMMAND_SHAPES, personName, SHAPES, type Shape } from './support/pathological.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';

/** Generous: the whole file takes well under a minute, but the machine may be busy. */
const TIMEOUT = 300_000;

interface Output {
  text: string;
  cuts: Cut[];
  doc: Document;
  quotes: Quote[];
  words: Word[];
}

const spans = (doc: Document) => [
  ...doc.officials.flatMap((o) => o.mentions),
  ...doc.conferences.flatMap((c) => c.mentions),
  ...doc.dates,
  ...doc.figures,
];

/** The spans whose text is not `text.slice(start, end)` (a million `expect`s would take minutes). */
const notSlices = (text: string, list: readonly { text: string; start: number; end: number }[]) => list.filter((s) => s.text !== text.slice(s.start, s.end));

/** Every extractor on the shape at its size, with the checks that hold for any input. */
function run(shape: Shape): Output {
  const raw = shape.make(shape.size);
  const text = normalize(raw);
  const { cuts, masked } = prepare(raw);
  expect(masked.length).toBe(text.length);
  // Sorted, apart, inside the text.
  expect(cuts.filter((c, k) => c.end <= c.start || c.start < (cuts[k - 1]?.end ?? 0) || c.end > text.length)).toEqual([]);

  const doc = extract(raw);
  expect(notSlices(text, spans(doc))).toEqual([]);

  const quotes = findQuotes(readArticle(raw, '-', ['officials']));
  expect(notSlices(text, quotes)).toEqual([]);
  expect(notSlices(text, quotes.map((q) => q.speaker_text))).toEqual([]);

  // Words in order, each a slice, and together every character but spaces.
  const words = segment(raw);
  expect(notSlices(text, words)).toEqual([]);
  expect(words.filter((w, k) => w.end <= w.start || w.start < (words[k - 1]?.end ?? 0))).toEqual([]);
  let covered = 0;
  for (const w of words) covered += w.text.replace(/\s/gu, '').length;
  expect(covered).toBe(text.replace(/\s/gu, '').length);
  return { text, cuts, doc, quotes, words };
}

const shape = (input: Shape['input'], name: string): Shape => {
  const s = SHAPES.find((x) => x.input === input && x.name === name);
  if (!s) throw new Error(`no shape ${input} ${name}`);
  return s;
};

/** Nothing found but words. */
function nothing(o: Output): void {
  expect(o.cuts).toEqual([]);
  expect(spans(o.doc)).toEqual([]);
  expect(o.quotes).toEqual([]);
}

/** One word: the whole line. */
function oneWord(o: Output): void {
  expect(o.words.map((w) => [w.start, w.end])).toEqual([[0, o.text.length]]);
}

describe('100,000 digits separated by dots and commas', () => {
  // One token of 100,000 digits is no number, and without a unit no figure; nor a date or a session.
  for (const name of ['1.2.3', '1,2,3', '1.2,3.4', '1.234,5.678', '1/2-3/4']) {
    it(`${name}…: nothing found, one word`, { timeout: TIMEOUT }, () => {
      const o = run(shape('digits', name));
      nothing(o);
      oneWord(o);
    });
  }
  // Single digits between marks: numbers, but with no unit no figure.
  it('1 . 2 , 3…: nothing found, a word per digit and per mark', { timeout: TIMEOUT }, () => {
    const o = run(shape('digits', '1 . 2 , 3'));
    nothing(o);
    expect(o.words).toHaveLength(2 * 100_000 - 1);
  });
  it('tăng 34,82% …, one sentence with no end: 25,000 figures, and check keeps each quoted around its figure (issue 15)', { timeout: TIMEOUT }, () => {
    const raw = shape('digits', 'tăng 34,82% …').make(100_000);
    const article = readArticle(raw, '-');
    expect(article.doc.figures).toHaveLength(25_000);
    expect(article.doc.figures.filter((f) => f.text !== '34,82%' || f.value !== 34.82 || f.unit !== '%')).toEqual([]);
    const summary = emptyCheckSummary();
    addToCheck(summary, article);
    const digest = Object.values(summary.near.articles)[0];
    expect(digest?.figures).toHaveLength(25_000);
    expect(Math.max(...(digest?.sentences ?? []).map((s) => s.length))).toBeLessThan(700);
  });
  it('1.000 người, …: 25,000 figures of 1000 người, no more', { timeout: TIMEOUT }, () => {
    const o = run(shape('digits', '1.000 người, …'));
    expect(o.doc.figures).toHaveLength(25_000);
    expect(o.doc.figures.filter((f) => f.text !== '1.000 người' || f.value !== 1000 || f.unit !== 'người' || f.qualifier !== null)).toEqual([]);
    expect([o.doc.officials, o.doc.conferences, o.doc.dates, o.quotes]).toEqual([[], [], [], []]);
  });
});

describe('50,000 capitalised syllables', () => {
  for (const name of ['Nguyễn Văn An …', 'ông Nguyễn …', 'NGUYỄN VĂN AN …']) {
    it(`${name}: no official without a title, nothing else found`, { timeout: TIMEOUT }, () => {
      const o = run(shape('capitals', name));
      nothing(o);
      expect(o.words.length).toBeGreaterThan(0);
    });
  }
  // After a title, the run's last words are read as the name and the rest as the organization.
  for (const [name, title, last] of [
    ['Bộ trưởng Nguyễn …', 'Bộ trưởng', 'Tuấn Anh'],
    ['Tổng thống Angela …', 'Tổng thống', 'Olaf Scholz Justin Trudeau'],
  ] as const) {
    it(`${name}: one official, named by the run's last words`, { timeout: TIMEOUT }, () => {
      const o = run(shape('capitals', name));
      expect(o.doc.officials).toHaveLength(1);
      const official = o.doc.officials[0] as Document['officials'][number];
      expect([official.name, official.role, official.mentions.length]).toEqual([last, title, 1]);
      expect(official.mentions[0]).toMatchObject({ start: 0, end: o.text.length });
      expect([o.doc.conferences, o.doc.dates, o.doc.figures, o.quotes]).toEqual([[], [], [], []]);
    });
  }
  it('Bộ trưởng X, × 12,500 names: 12,500 officials, each once, by name', { timeout: TIMEOUT }, () => {
    const o = run(shape('capitals', 'Bộ trưởng X, (n/4 names)'));
    expect(o.doc.officials.map((x) => x.name)).toEqual(Array.from({ length: 12_500 }, (_, k) => personName(k)));
    expect(o.doc.officials.filter((x) => x.titles.join() !== 'Bộ trưởng' || x.mentions.length !== 1)).toEqual([]);
    expect([o.doc.conferences, o.doc.dates, o.doc.figures, o.quotes]).toEqual([[], [], [], []]);
  });
});

describe('100,000 opening quotes', () => {
  // Opening quotes that never close quote nothing.
  for (const [name, words] of [
    ['“““', 100_000],
    ['« « «', 100_000],
    ['‘‘‘', 100_000],
    ['(((', 1], // vntk's tokenizer takes a line of URL characters whole
  ] as const) {
    it(`${name}…: nothing found`, { timeout: TIMEOUT }, () => {
      const o = run(shape('quotes', name));
      nothing(o);
      expect(o.words).toHaveLength(words);
    });
  }
  it('""" …: straight quotes pair up, but an empty quotation is none', { timeout: TIMEOUT }, () => {
    nothing(run(shape('quotes', '"""')));
  });
  it('“ông An nói rằng: … (never closed): no quotation, no reported speech', { timeout: TIMEOUT }, () => {
    nothing(run(shape('quotes', '“ông An nói rằng: ')));
  });
  it('“Chúng tôi đồng ý”, ông An nói. × 50,000 on one line: 50,000 quotations', { timeout: TIMEOUT }, () => {
    const o = run(shape('quotes', '“a b c”, ông An nói.'));
    expect(o.quotes).toHaveLength(50_000);
    expect(o.quotes.filter((q) => q.kind !== 'direct' || q.speaker !== 'An' || q.verb !== 'nói' || q.text !== 'Chúng tôi đồng ý' || q.official !== null)).toEqual([]);
    expect(spans(o.doc)).toEqual([]);
  });
});

describe('a 10 MB line without spaces', () => {
  for (const name of ['nguyễnvănan', '0123456789']) {
    it(`${name}…: nothing found, one word`, { timeout: TIMEOUT }, () => {
      const o = run(shape('line', name));
      expect(o.text).toHaveLength(10 * 1024 * 1024);
      nothing(o);
      oneWord(o);
    });
  }
  it('punctuation, 1 MB: nothing found, a word per mark', { timeout: TIMEOUT }, () => {
    const o = run(shape('line', '.,;:!?-/()“”'));
    nothing(o);
    expect(o.words).toHaveLength(o.text.length);
  });
  it('end marks and a word, 1 MB: nothing found', { timeout: TIMEOUT }, () => {
    const o = run(shape('line', '.!?… x'));
    nothing(o);
    expect(o.words).toHaveLength(o.text.length - 1);
  });
  it('1 MB of spaces before a source: the source is cut', { timeout: TIMEOUT }, () => {
    const o = run(shape('line', 'x.␣␣␣Nguồn: a |'));
    expect(o.cuts).toEqual([{ start: o.text.length - 10, end: o.text.length, reason: 'source' }]);
    expect([spans(o.doc), o.quotes]).toEqual([[], []]);
    expect(o.words.map((w) => w.text)).toEqual(['x', '.', 'Nguồn', ':', 'a', '|']);
  });
});

/**
 * Issue 15: every command on the one-line shapes that once made a command's output (or time) grow
 * with the square of the line. Each ends with its usual status, and what it prints stays within a
 * fixed multiple of the input: before, figures gave 1,000 times its input at these sizes (every
 * figure with the whole line), conferences 400 times (every date with the whole line).
 */
describe('every command on one line without a sentence end', () => {
  const COMMANDS: [string, ...string[]][] = [
    ['extract', '--format', 'ndjson'],
    ['segment', '--format', 'ndjson'],
    ['clean', '--format', 'ndjson'],
    ['quotes', '--format', 'ndjson'],
    ['figures', '--format', 'ndjson'],
    ['officials', '--format', 'json'],
    ['conferences', '--format', 'json'],
    ['check', '--format', 'json', '--all'],
    ['dedupe', '--format', 'json'],
    ['freq', '--format', 'json'],
    ['ngrams', '-n', '2', '--format', 'json'],
    ['keywords', '--tfidf', '--format', 'json'],
    ['kwic', 'Việt Nam', '--format', 'json'],
    ['collocations', 'Việt Nam', '--format', 'json'],
    ['plot', 'Việt Nam'],
  ];
  /** At most this many bytes of output per byte of input (measured after: figures 175, conferences 45). */
  const MOST = 250;
  const SIZE = 40 * 1024;
  let dir: string;
  const files: Record<string, string> = {};
  it.each(COMMAND_SHAPES.map((s) => s.name))('%s', { timeout: TIMEOUT }, (name) => {
    dir ??= mkdtempSync(join(tmpdir(), 'vnews-pathological-'));
    const shape = COMMAND_SHAPES.find((s) => s.name === name) as Shape;
    const file = (files[name] ??= join(dir, `${COMMAND_SHAPES.indexOf(shape)}.txt`));
    const text = shape.make(SIZE);
    writeFileSync(file, `Tin\n${text}\n`);
    const bytes = Buffer.byteLength(text);
    try {
      for (const [command, ...args] of COMMANDS) {
        // --no-clean: cleaning cuts a line that repeats itself as site furniture; --no-summary: no
        // table's count line on stderr, so stderr holds errors only.
        const r = runCli(['--no-clean', '--no-summary', '-j', '1', command, ...args, file]);
        expect(r.stderr, command).toBe('');
        expect([0, 1], command).toContain(r.status);
        expect(Buffer.byteLength(r.stdout), command).toBeLessThan(MOST * bytes);
      }
      if (name.startsWith('Việt Nam')) {
        const lines = (JSON.parse(runCli(['--no-clean', 'kwic', 'Việt Nam', '--format', 'json', file]).stdout) as { lines: { left: string; right: string }[] }).lines;
        expect(lines).toHaveLength(text.split('Việt Nam').length - 1);
        expect(lines.every((l) => l.left.length <= 40 && l.right.length <= 40)).toBe(true);
        expect(lines[100]).toMatchObject({ left: 'Nam Việt Nam Việt Nam Việt Nam Việt Nam', right: 'Việt Nam Việt Nam Việt Nam Việt Nam Việt' });
      }
    } finally {
      if (Object.keys(files).length === COMMAND_SHAPES.length && name === COMMAND_SHAPES.at(-1)?.name) rmSync(dir, { recursive: true, force: true });
    }
  });
});
