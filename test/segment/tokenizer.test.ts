// Our tokenizer against vntk's regular-expression tokenizer (plain JavaScript, no addon), and
// its linear time on the URL that makes vntk's regular expression backtrack.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/segment/tokenizer.js';
import { loadSegmenter, segmentLine } from '../../src/segment/index.js';

const vntkTokenizer = createRequire(import.meta.url)('vntk/lib/tokenizer/index.js') as {
  tokenize(text: string): string[];
};
const texts = (line: string): string[] => tokenize(line).map((t) => line.slice(t.start, t.end));

describe('tokenize', () => {
  it.each([
    ['Ngày 13/12/2023, giá 140.000đ / kg ==> giảm 20%', ['Ngày', '13/12/2023', ',', 'giá', '140.000', 'đ', '/', 'kg', '==>', 'giảm', '20', '%']],
    ['TP.HCM, Mr.Smith và ThS. Lan', ['TP.', 'HCM', ',', 'Mr.', 'Smith', 'và', 'ThS.', 'Lan']],
    ['123/456 và 1-2-2020 và 1_000,5', ['123', '/', '456', 'và', '1-2-2020', 'và', '1_000,5']],
    ['v.v... (xem thêm)', ['v', '.', 'v', '...', '(', 'xem', 'thêm', ')']],
    ['https://vnexpress.net/a-b.html', ['https://vnexpress.net/a-b.html']],
    ['xem https://vnexpress.net/a-b.html', ['xem', 'https', ':', '/', '/', 'vnexpress', '.', 'net', '/', 'a', '-', 'b', '.', 'html']],
    ['a@b.com', ['a@b.com']],
    ['  Ðà Nẵng\u00a0', ['Ð', 'à', 'Nẵng']],
  ])('%j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
    expect(texts(line)).toEqual(vntkTokenizer.tokenize(line));
  });

  it("gives vntk's tokens on every line of the seed fixtures", () => {
    for (const f of readdirSync('fixtures/seeds').filter((n) => n.endsWith('.txt'))) {
      for (const line of normalize(readFileSync(`fixtures/seeds/${f}`, 'utf8')).split('\n')) {
        expect(texts(line)).toEqual(vntkTokenizer.tokenize(line));
      }
    }
  });

  it("gives vntk's tokens on short URL lines vntk still finishes", () => {
    for (let digits = 0; digits <= 8; digits++) {
      for (const tail of ['', ' mình muốn chia sẻ', '"']) {
        const line = `https://www.facebook.com/photo.php?fbid=11111&set=a.${'1'.repeat(digits)}${tail}`;
        expect(texts(line)).toEqual(vntkTokenizer.tokenize(line));
      }
    }
  });

  it('segments a line holding a 10,000-character URL quickly', () => {
    const url = `https://www.facebook.com/photo.php?fbid=11111&set=a.${'1234567890'.repeat(1000)}`.slice(0, 10_000);
    const line = `${url} mình muốn chia sẻ bài viết`;
    loadSegmenter(); // time the segmentation, not reading the model
    segmentLine('Hà Nội');
    const t0 = performance.now();
    const words = segmentLine(line);
    const ms = performance.now() - t0;
    // vntk needs ~30 s at 22 digits and ×15 per 4 more; 10,000 characters would never end.
    expect(ms).toBeLessThan(2000);
    expect(words.at(-1)!.syllables).toEqual(['viết']);
    expect(texts(url)).toEqual([url]); // alone on its line it is one "web" token
  });

  it('reads each character of a line a bounded number of times', () => {
    // Count the tokenizer's reads of the line: 10x the URL-like text costs 10x the reads
    // (vntk's regular expression would take ~15x longer for every 4 more characters).
    const reads = (text: string): number => {
      let n = 0;
      const counted = {
        length: text.length,
        charCodeAt: (i: number) => (n++, text.charCodeAt(i)),
        startsWith: (s: string, at: number) => ((n += s.length), text.startsWith(s, at)),
      } as unknown as string;
      expect(tokenize(counted)).toEqual(tokenize(text));
      return n;
    };
    const url = (digits: number): string => `https://www.facebook.com/photo.php?fbid=11111&set=a.${'7'.repeat(digits)} mình`;
    const small = reads(url(1000));
    const large = reads(url(10_000));
    expect(large).toBeLessThan(11 * small);
    expect(large).toBeLessThan(5 * url(10_000).length);
  });
});
