// segment() with --segmenter vntk against vntk's own output on the seed fixtures, recorded by
// test/scripts/record-segment-fixtures.ts with vntk's native tagger.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { segment, segmentLine, useSegmenter } from '../../src/segment/index.js';

beforeAll(() => useSegmenter('vntk'));
afterAll(() => useSegmenter('rdr'));

const recorded = readdirSync('fixtures/segment')
  .filter((f) => f.endsWith('.json') && f !== 'edge-cases.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(`fixtures/segment/${f}`, 'utf8')) as { source: string; lines: string[][] });

describe('segment on the seed fixtures', () => {
  it('has a recording for every seed', () => {
    expect(recorded.map((r) => r.source)).toEqual(
      readdirSync('fixtures/seeds')
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => `fixtures/seeds/${f}`),
    );
  });

  for (const { source, lines } of recorded) {
    it(`gives vntk's words on every line of ${source}`, () => {
      const text = normalize(readFileSync(source, 'utf8'));
      const ours = text.split('\n').map((line) => segmentLine(line).map((w) => w.syllables.join(' ')));
      expect(ours).toEqual(lines);
    });

    it(`gives honest offsets and line numbers for ${source}`, () => {
      const raw = readFileSync(source, 'utf8');
      const text = normalize(raw);
      const words = segment(raw);
      expect(words.map((w) => w.text.replace(/\s+/g, ' '))).toEqual(
        lines.flat().map((w) => w.replace(/ /g, ' ')),
      );
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      let prevEnd = 0;
      for (const w of words) {
        expect(w.text).toBe(text.slice(w.start, w.end));
        expect(w.start).toBeGreaterThanOrEqual(prevEnd);
        expect(starts[w.line - 1]).toBeLessThanOrEqual(w.start);
        expect(w.end).toBeLessThanOrEqual(starts[w.line] ?? text.length + 1);
        prevEnd = w.end;
      }
    });
  }
});

describe('segment', () => {
  it('joins the syllables of multi-syllable words', () => {
    expect(segment('Bộ trưởng Bộ Ngoại giao chủ trì').map((w) => w.text)).toEqual([
      'Bộ trưởng',
      'Bộ',
      'Ngoại giao',
      'chủ trì',
    ]);
  });

  it('gives offsets into the normalized text, with line numbers', () => {
    const raw = 'Bộ trưởng\r\n\r\nHà  Nội'; // CRLF becomes LF; the double space is kept
    expect(segment(raw)).toEqual([
      { text: 'Bộ trưởng', start: 0, end: 9, line: 1 },
      { text: 'Hà  Nội', start: 11, end: 18, line: 3 },
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t\n')).toEqual([]);
  });

  it('joins tokens vntk joins even across punctuation, as vntk does', () => {
    // vntk: ["Giá","140.000","đ","/","kg","==> giảm","20","%"]
    expect(segmentLine('Giá 140.000đ / kg  ==> giảm 20%').map((w) => w.syllables.join(' '))).toEqual([
      'Giá', '140.000', 'đ', '/', 'kg', '==> giảm', '20', '%',
    ]);
  });
});

describe('segment on odd lines', () => {
  const { cases } = JSON.parse(readFileSync('fixtures/segment/edge-cases.json', 'utf8')) as {
    cases: { line: string; words: string[] }[];
  };

  it.each(cases.map((c) => [c.line, c.words] as const))("gives vntk's words for %j", (line, words) => {
    expect(segmentLine(line).map((w) => w.syllables.join(' '))).toEqual(words);
  });
});
