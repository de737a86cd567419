// src/text/tail.ts: a pattern that ends the text, matched on the text's last words only. Each
// example gives the text (the pattern is matched on all of it) and what must match, or null; the
// answer must be `re.exec(text)`'s, and the tail read must not grow with the text before it.
import { describe, expect, it } from 'vitest';
import { isSpace, mostWords, tailStart, TailPattern, type TailShape } from '../src/text/tail.js';

const VERB = '(?<![\\p{L}\\p{M}])(?:cho biết thêm|cho biết|nói)';
const links = new Set(['thêm', 'rằng']);

/** A name, the pattern and its shape, and examples: text → the match (its text and index) or null. */
const PATTERNS: { name: string; re: RegExp; shape: TailShape; examples: [text: string, match: [string, number] | null][] }[] = [
  {
    name: 'a verb of up to three words ending the text',
    re: new RegExp(`${VERB}\\s*$`, 'iu'),
    shape: { runs: mostWords(['cho biết thêm', 'nói']) },
    examples: [
      ['Bộ trưởng cho biết', ['cho biết', 10]],
      ['Bộ trưởng cho biết thêm  ', ['cho biết thêm  ', 10]],
      ['ông An nói', ['nói', 7]],
      ['nói', ['nói', 0]],
      ['ông An nói chuyện', null],
      ['ông An tuyên bố', null],
      ['ông Annói', null],
      ['', null],
      ['   ', null],
    ],
  },
  {
    name: 'a verb, its links and a colon or comma',
    re: new RegExp(`${VERB}((?:\\s+(?:thêm|rằng))*)\\s*[:,]?\\s*$`, 'iu'),
    shape: { runs: 3, trailing: ':,', chain: (text, a, b) => (links.has(text.slice(a, b).toLowerCase()) ? a : undefined) },
    examples: [
      ['Thứ trưởng nhấn mạnh và nói rằng: ', ['nói rằng: ', 24]],
      ['ông nói thêm rằng rằng rằng,', ['nói thêm rằng rằng rằng,', 4]],
      ['ông nói:', ['nói:', 4]],
      ['ông nói với báo chí:', null],
      ['ông khẳng định rằng:', null],
    ],
  },
  {
    name: 'a verb, at most 20 characters and a colon',
    re: new RegExp(`${VERB}(?![\\p{L}\\p{M}])([^.!?;\\n]{1,20}):\\s*$`, 'iu'),
    shape: { runs: 3, within: 21 },
    examples: [
      ['Bà Hằng nói với báo chí: ', ['nói với báo chí: ', 8]],
      ['Bà Hằng cho biết tại buổi họp báo:', ['cho biết tại buổi họp báo:', 8]],
      ['Bà Hằng nói tại buổi họp báo chiều nay ở Hà Nội:', null],
      ['Bà Hằng nói. Sau đó:', null],
      ['Bà Hằng nói', null],
    ],
  },
  {
    name: '(?:^|\\s) before the last word',
    re: /(?:^|\s)(?:đã|cũng)\s*,?\s*$/iu,
    shape: { runs: 1, trailing: ',' },
    examples: [
      ['ông An cũng', [' cũng', 6]],
      ['ông An đã ,', [' đã ,', 6]],
      ['đã', ['đã', 0]],
      ['ông An', null],
      ['ông Anđã', null],
    ],
  },
];

describe('TailPattern', () => {
  for (const { name, re, shape, examples } of PATTERNS) {
    const pattern = new TailPattern(re, shape);
    it.each(examples.map(([text, match]) => ({ text, match })))(`${name}: $text`, ({ text, match }) => {
      const m = pattern.exec(text, 0, text.length);
      expect(m && [m[0], m.index]).toEqual(match);
      const whole = re.exec(text);
      expect(m && [...m, m.index]).toEqual(whole && [...whole, whole.index]);
    });
    it(`${name}: in a longer text, the same match from \`from\`, reading only the tail`, () => {
      const lead = 'Trong cuộc gặp hôm qua tại Hà Nội, '.repeat(200);
      for (const [text] of examples) {
        const long = `xx ${lead}${text} yy`;
        const from = 3;
        const to = long.length - 3;
        const m = pattern.exec(long, from, to);
        const whole = re.exec(long.slice(from, to));
        expect(m && [...m, m.index]).toEqual(whole && [...whole, whole.index]);
        expect(to - tailStart(long, from, to, shape)).toBeLessThanOrEqual(text.length + 40);
      }
    });
  }
});

describe('isSpace', () => {
  it('is JavaScript’s \\s, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('mostWords', () => {
  it.each([
    [['nói', 'cho biết thêm', 'cho biết'], 3],
    [['ngày'], 1],
  ])('%j → %d', (phrases, n) => expect(mostWords(phrases)).toBe(n));
});
