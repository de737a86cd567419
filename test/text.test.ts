// The text model (SPEC.md) and the number readings every kind relies on.
import { describe, expect, it } from 'vitest';
import { foldKey, LineIndex, normalize } from '../src/index.js';
import { decode, firstInvalidUtf8 } from '../src/io/decode.js';
import { parseDigits, parseRoman, parseSpelled } from '../src/text/numbers.js';
import { tokenize } from '../src/text/tokens.js';
import { SentenceIndex, splitSentences } from '../src/text/sentences.js';
import { classify, classTable, fromRuns, LETTER, LOWER, OTHER, SPACE, TABLE_SIZE, UPPER, DIGIT } from '../src/text/char-class-table.js';
import { CHAR_CLASS_RUNS } from '../src/text/char-classes.js';

describe('normalize', () => {
  it.each([
    ['NFD to NFC', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['CRLF and CR to LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['Ð (U+00D0) to Đ (U+0110)', '\u00D0ại hội', 'Đại hội'],
    ['no-break and other spaces to a plain space', 'a\u00A0b\u2009c\u3000d', 'a b c d'],
    ['runs of spaces kept', 'a   b', 'a   b'],
  ])('%s', (_, input, expected) => expect(normalize(input)).toBe(expected));
});

describe('foldKey', () => {
  it.each([
    ['Hoà Bình', 'hòa bình'],
    ['THUỶ', 'thủy'],
    ['Uỷ ban  nhân dân', 'ủy ban nhân dân'],
    ['khoẻ', 'khỏe'],
    ['quý', 'quý'],
    ['hoàn', 'hoàn'],
  ])('%s → %s', (input, expected) => expect(foldKey(input)).toBe(expected));
});

describe('the character-class table', () => {
  it('char-classes.ts holds what Unicode properties give (else: npm run char-classes)', () => {
    expect(fromRuns(CHAR_CLASS_RUNS)).toEqual(classTable());
  });
  it('every code unit below the table size has the class classify gives it', () => {
    const table = fromRuns(CHAR_CLASS_RUNS);
    const wrong = [];
    for (let c = 0; c < TABLE_SIZE; c++) if (table[c] !== classify(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
  it.each([
    [' ', SPACE],
    ['\n', SPACE],
    ['a', LOWER],
    ['ệ', LOWER],
    ['Đ', UPPER],
    ['Ư', UPPER],
    ['\u0301', LETTER], // a combining acute accent
    ['7', DIGIT],
    ['²', DIGIT],
    ['%', OTHER],
    ['«', OTHER],
    ['–', OTHER],
    ['’', OTHER],
    ['\u2002', SPACE],
  ])('%j is class %i', (ch, cls) => expect(fromRuns(CHAR_CLASS_RUNS)[ch.charCodeAt(0)]).toBe(cls));
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines', () => {
    const idx = new LineIndex('ab\ncd\n\ne');
    expect([0, 2, 3, 5, 6, 7].map((o) => idx.lineOf(o))).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('numbers', () => {
  it.each([
    ['2.000', 2000],
    ['21.000', 21000],
    ['1.234.567', 1234567],
    ['34,82', 34.82],
    ['5,5', 5.5],
    ['300', 300],
    ['1.5', 1.5],
  ])('digits %s → %d', (s, v) => expect(parseDigits(s)).toBe(v));
  it.each(['Covid-19', '112/2025', '2-3', 'U23'])('digits %s → nothing', (s) => expect(parseDigits(s)).toBeUndefined());
  it.each([
    ['XIII', 13],
    ['XIV', 14],
    ['IV', 4],
    ['XC', 90],
  ])('roman %s → %d', (s, v) => expect(parseRoman(s)).toBe(v));
  it.each(['IIII', 'ABC', 'xiii', ''])('roman %s → nothing', (s) => expect(parseRoman(s)).toBeUndefined());
  it.each([
    ['ba', 3],
    ['mười', 10],
    ['mười hai', 12],
    ['hai mươi mốt', 21],
    ['một trăm linh năm', 105],
  ])('spelled %s → %d', (s, v) => expect(parseSpelled(tokenize(s, 0), 0)?.value).toBe(v));
});

describe('decode', () => {
  it('UTF-8, dropping a BOM', () => expect(decode(Buffer.from('\uFEFFNgày', 'utf8'))).toBe('Ngày'));
  it('UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Đại', 'utf16le')]))).toBe('Đại');
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Đại', 'utf16le').swap16()]))).toBe('Đại');
  });
  it('rejects NUL bytes and invalid UTF-8, saying where', () => {
    expect(() => decode(Buffer.from([0x61, 0x00]))).toThrow('binary file (NUL byte at offset 1)');
    expect(() => decode(Buffer.from([0x61, 0x62, 0xe0, 0x41]))).toThrow('invalid UTF-8 at byte 2');
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from('Việt', 'utf8'))).toBe(6);
  });
});

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['Hội nghị khai mạc. Bộ trưởng phát biểu.', ['Hội nghị khai mạc.', 'Bộ trưởng phát biểu.']],
    ['Có 2.000 người. 300 đại biểu dự!', ['Có 2.000 người.', '300 đại biểu dự!']],
    ['Ông nói: “Tốt lắm.” Sau đó về.', ['Ông nói: “Tốt lắm.”', 'Sau đó về.']],
    ['Tới TP. Hồ Chí Minh và gặp Donald J. Trump hôm qua.', ['Tới TP. Hồ Chí Minh và gặp Donald J. Trump hôm qua.']],
    ['v.v. và các nội dung khác.', ['v.v. và các nội dung khác.']],
    ['Dòng một\n\n  Dòng hai. Câu ba', ['Dòng một', 'Dòng hai.', 'Câu ba']],
    ['Tăng 5,5%... Giảm 3%.', ['Tăng 5,5%...', 'Giảm 3%.']],
    ['Gồm hai ý. - Một là mở rộng. * Hai là đổi mới.', ['Gồm hai ý.', '- Một là mở rộng.', '* Hai là đổi mới.']],
    ['Từ 24 - 25/3 và 2 - 3 ngày.', ['Từ 24 - 25/3 và 2 - 3 ngày.']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
    });
  }

  it('finds the sentence holding an offset', () => {
    const text = 'Câu một. Câu hai có 300 đại biểu.\nCâu ba.';
    const index = new SentenceIndex(text);
    expect(index.at(text.indexOf('300'))).toBe('Câu hai có 300 đại biểu.');
    expect(index.indexOf(text.indexOf('ba'))).toBe(2);
    expect(index.indexOf(0)).toBe(0);
  });
});
