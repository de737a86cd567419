// `vnews kwic`, `collocations` and `plot`: concordance lines, collocates and dispersion over the
// words of corpus/words.ts. Expected values counted by hand (see each comment).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePattern, dispersion, kwic, sortKwic } from '../src/corpus/concordance.js';
import { addArticleCollocations, collocates, emptyCollocations, mergeCollocations, scores } from '../src/corpus/collocations.js';
import { articleWords } from '../src/corpus/words.js';
import { plotSvg, plotText, tickX } from '../src/render/plot.js';
import { kwicText } from '../src/render/kwic.js';
import { sendCountLinesTo } from '../src/render/counts.js';
import { parseWindow } from '../src/cli/commands/collocations.js';
import { runCli } from './support/cli.js';

const SEED_000 = 'fixtures/seeds/000_dcd3b87138fbd1a3.txt';
const seed000 = readFileSync(SEED_000, 'utf8');
const lines = (pattern: string, regex = false, width = 40) => kwic(seed000, SEED_000, compilePattern(pattern, regex), { width });

describe('kwic on seed 000', () => {
  // `node bin/vnews.js segment fixtures/seeds/000_*.txt`: Hội_nghị twice on lines 1, 3 and 7, once on 5 and 8.
  it('Hội nghị: 8 hits, on the lines counted from the segmentation', () => {
    expect(lines('Hội nghị').map((l) => l.line)).toEqual([1, 1, 3, 3, 5, 7, 7, 8]);
  });

  it('case and tone placement do not matter; the lower-case phrase matches too', () => {
    expect(lines('hội nghị')).toHaveLength(8);
    expect(lines('HỘI NGHỊ')).toHaveLength(8);
  });

  it('the first hit: the line before it and 30 characters after it', () => {
    const [first] = lines('Hội nghị', false, 60);
    expect(first).toMatchObject({ line: 1, start: 46, end: 54, left: 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì', match: 'Hội nghị' });
    expect(lines('Hội nghị', false, 30)[0]?.right).toBe('với sự tham dự trực tiếp của h');
    expect(seed000.normalize('NFC').slice(46, 54)).toBe('Hội nghị');
  });

  it('a phrase: Bộ + Ngoại giao, 4 times (lines 1, 2, 6 and 10), never Bộ trưởng Ngoại giao', () => {
    const hits = lines('Bộ Ngoại giao');
    expect(hits.map((l) => [l.line, l.match])).toEqual([
      [1, 'Bộ Ngoại giao'],
      [2, 'Bộ Ngoại giao'],
      [6, 'Bộ Ngoại giao'],
      [10, 'Bộ Ngoại giao'],
    ]);
  });

  it('a regex over one word\'s key: ngoại_vụ 5 times (grep -o -i ngoại_vụ on the segmentation)', () => {
    expect(lines('^ngoại vụ$', true).map((l) => [l.line, l.match])).toEqual([
      [1, 'ngoại vụ'],
      [3, 'Ngoại vụ'],
      [5, 'Ngoại vụ'],
      [6, 'ngoại vụ'],
      [8, 'ngoại vụ'],
    ]);
    expect(() => compilePattern('(', true)).toThrow(/not a regular expression/);
  });

  it('--sort left: by the word before (chủ trì < của < dự < đề nghị < khai mạc < khẳng định < nước ngoài < tại), then the one before', () => {
    const sorted = sortKwic(lines('Hội nghị'), 'left');
    expect(sorted.map((l) => l.leftKeys[0])).toEqual(['chủ trì', 'của', 'dự', 'đề nghị', 'khai mạc', 'khẳng định', 'nước ngoài', 'tại']);
    expect(sorted.map((l) => l.line)).toEqual([1, 7, 5, 7, 3, 3, 1, 8]);
  });

  it('--sort right: by the word after (punctuation is no word), then the next; a shorter context first', () => {
    const sorted = sortKwic(lines('Hội nghị'), 'right');
    expect(sorted.map((l) => l.rightKeys[0])).toEqual(['bộ trưởng', 'bộ trưởng', 'đại diện', 'được', 'ngoại vụ', 'ngoại vụ', 'tập trung', 'với']);
    // Bộ trưởng Bùi (7) < Bộ trưởng Ngoại giao (3); … lần thứ 20 (5, end of line) < … lần thứ 20 là (3).
    expect(sorted.map((l) => l.line)).toEqual([7, 3, 8, 1, 5, 3, 7, 1]);
  });

  it('the text: left context right-aligned to the width (cut by characters), matches aligned', () => {
    const [a, b] = kwicText(lines('Hội nghị', false, 20).slice(0, 2), { color: false, width: 20 }).split('\n');
    expect(a).toBe(`ùi Thanh Sơn chủ trì  Hội nghị  với sự tham dự trực   ${SEED_000}:1`);
    expect(a?.indexOf('Hội nghị')).toBe(22);
    expect(b?.indexOf('Hội nghị')).toBe(22);
  });
});

describe('collocations', () => {
  // Three lines, 11 words: `a b c a d` / `b a b c` / `c d`. Node a, window 1,1.
  // a occurs 3 times; its windows hold line 1 positions 2 (b), 3 (c), 5 (d) and line 2 positions 1 (b), 3 (b): W = 5.
  // f: a 3, b 3, c 3, d 2; N = 11. O: b 3, c 1, d 1.
  // b: E = W·f/N = 5·3/11 = 1.3636; PMI = log2(3/1.3636) = log2 2.2 = 1.1375; t = (3 − 1.3636)/√3 = 0.94475;
  //    2×2 table O = [3, 2; 0, 6], E = [15/11, 40/11; 18/11, 48/11]:
  //    G² = 2(3 ln 2.2 + 2 ln 0.55 + 6 ln 1.375) = 2(2.36537 − 1.19567 + 1.91072) = 6.1608.
  // c: E = 15/11, O < E: PMI = log2(11/15) = −0.4475, t = (1 − 1.3636)/1 = −0.3636, LL negative.
  // d: E = 10/11: PMI = log2 1.1 = 0.1375; t = 0.0909; O = [1, 4; 1, 5], E = [10/11, 45/11; 12/11, 54/11]:
  //    G² = 2(ln 1.1 + 4 ln(44/45) + ln(11/12) + 5 ln(55/54)) = 2(0.09531 − 0.08989 − 0.08701 + 0.09175) = 0.0203.
  const TEXT = 'a b c a d\nb a b c\nc d';
  const node = compilePattern('a');
  const summary = emptyCollocations(['a'], 1, 1);
  addArticleCollocations(summary, TEXT, node);

  it('the counts', () => {
    expect(summary).toMatchObject({ words: 11, nodes: 3, window: 5, documents: 1 });
    expect(summary.cooc).toEqual({ b: 3, c: 1, d: 1 });
    expect(summary.freq).toEqual({ a: 3, b: 3, c: 3, d: 2 });
  });

  it('the scores, as computed by hand above', () => {
    const [b, d, c] = collocates(summary, { measure: 'll' });
    expect(b).toMatchObject({ word: 'b', observed: 3, frequency: 3 });
    expect(b?.expected).toBeCloseTo(15 / 11, 6);
    expect(b?.pmi).toBeCloseTo(1.1375, 4);
    expect(b?.tscore).toBeCloseTo(0.94475, 4);
    expect(b?.ll).toBeCloseTo(6.1608, 3);
    expect(d?.key).toBe('d');
    expect(d?.pmi).toBeCloseTo(0.1375, 4);
    expect(d?.tscore).toBeCloseTo(0.0909, 4);
    expect(d?.ll).toBeCloseTo(0.0203, 3);
    expect(c?.key).toBe('c');
    expect(c?.pmi).toBeCloseTo(-0.4475, 4);
    expect(c?.tscore).toBeCloseTo(-0.3636, 4);
    expect(c?.ll).toBeLessThan(0);
  });

  it('--measure ranks; --min, --top and stopwords leave out', () => {
    expect(collocates(summary, { measure: 'pmi' }).map((c) => c.key)).toEqual(['b', 'd', 'c']);
    expect(collocates(summary, { min: 2 }).map((c) => c.key)).toEqual(['b']);
    expect(collocates(summary, { top: 1 }).map((c) => c.key)).toEqual(['b']);
    expect(collocates(summary, { stopwords: new Set(['b']) }).map((c) => c.key)).toEqual(['d', 'c']);
  });

  it('a word found as often as expected scores 0', () => {
    expect(scores(2, 4, 10, 20)).toEqual({ expected: 2, ll: 0, pmi: 0, tscore: 0 });
  });

  it('shards merge to the same summary as one run', () => {
    const texts = ['a b c a d', 'b a b c', 'c d', readFileSync('fixtures/seeds/002_021c48eba725d1ab.txt', 'utf8')];
    const ngoaiGiao = compilePattern('Ngoại giao');
    const whole = emptyCollocations(['ngoại giao']);
    for (const t of texts) addArticleCollocations(whole, t, ngoaiGiao);
    const left = emptyCollocations(['ngoại giao']);
    const right = emptyCollocations(['ngoại giao']);
    texts.slice(0, 2).forEach((t) => addArticleCollocations(left, t, ngoaiGiao));
    texts.slice(2).forEach((t) => addArticleCollocations(right, t, ngoaiGiao));
    const merged = mergeCollocations(JSON.parse(JSON.stringify(left)), JSON.parse(JSON.stringify(right)));
    expect(merged).toEqual(whole);
    expect(collocates(merged)).toEqual(collocates(whole));
    expect(() => mergeCollocations(left, emptyCollocations(['ngoại giao'], 2, 2))).toThrow(/different/);
  });

  it('a phrase node and a window within the line', () => {
    const s = emptyCollocations(['bộ', 'ngoại giao'], 2, 0);
    addArticleCollocations(s, 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn', compilePattern('Bộ Ngoại giao'));
    expect(s.nodes).toBe(1);
    expect(Object.keys(s.cooc)).toEqual(['bộ trưởng']);
  });

  it('--window N or L,R', () => {
    expect(parseWindow('5')).toEqual([5, 5]);
    expect(parseWindow('2,4')).toEqual([2, 4]);
    expect(() => parseWindow('0')).toThrow();
    expect(() => parseWindow('x')).toThrow();
  });
});

describe('plot', () => {
  // `a b a` / `c a`: 5 words, a at words 0, 2 (line 1) and 4 (line 2).
  const tiny = dispersion('a b a\nc a', 'tiny.txt', compilePattern('a'));
  const short = dispersion('a b', 'short.txt', compilePattern('b'));

  it('positions: word index, line and offsets of each hit', () => {
    expect(tiny).toEqual({
      path: 'tiny.txt',
      words: 5,
      hits: [
        { word: 0, line: 1, start: 0, end: 1 },
        { word: 2, line: 1, start: 4, end: 5 },
        { word: 4, line: 2, start: 8, end: 9 },
      ],
    });
    expect(articleWords('a b a\nc a')).toHaveLength(5);
  });

  it('the terminal: one row per article, bars to scale, ticks, the count', () => {
    const counted: string[] = [];
    sendCountLinesTo((line) => counted.push(line));
    const rows = plotText([tiny, short], { color: false, width: 40, pattern: 'a' }).split('\n');
    sendCountLinesTo(undefined);
    // 40 columns: labels 9 wide, 2 spaces, a bar of 40 − 9 − 1 − 4 = 26, 2 spaces, the count.
    // tiny: 26 cells, ticks at ⌊26·0/5⌋ = 0, ⌊26·2/5⌋ = 10, ⌊26·4/5⌋ = 20; short: 26·2/5 = 10.4 → 10 cells, tick at ⌊26·1/5⌋ = 5.
    expect(rows[0]).toBe(`tiny.txt   │${'─'.repeat(9)}│${'─'.repeat(9)}│─────  3`);
    expect(rows[1]).toBe(`short.txt  ─────│────${' '.repeat(16)}  1`);
    expect(rows[2]).toBe('');
    expect(counted).toEqual(['4 hits of a in 2 of 2 articles (bars to scale: the longest has 5 words)']);
  });

  it('SVG: well-formed, one bar per article (the whole article), ticks in the middle of their word, an axis', () => {
    const svg = plotSvg([tiny, short, { path: 'a<&>"b.txt', words: 0, hits: [] }], 'a');
    expect(svg.match(/<rect class="bar" /g)).toHaveLength(3);
    // x = 320 + 800·(word + 0.5)/words: tiny's a at 0, 2, 4 of 5 words: 400, 720, 1040; short's b at word 1 of 2: 920.
    expect([...svg.matchAll(/<line x1="([\d.]+)"[^>]*stroke="#cc0000"/g)].map((m) => Number(m[1]))).toEqual([400, 720, 1040, 920]);
    expect(svg).toContain('>0%</text>');
    expect(svg).toContain('>100%</text>');
    expect(tickX(0, 5)).toBe(400);
    expect(svg).toContain('a&lt;&amp;&gt;&quot;b.txt');
    expect(wellFormed(svg)).toBe(true);
  });
});

/** Tags open and close in order (a small check instead of an XML parser). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>|&(?!amp;|lt;|gt;|quot;)|<(?![/a-zA-Z])/g)) {
    if (m[2] === undefined) return false;
    if (m[3] === '/') continue;
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

describe('the commands', () => {
  it('kwic: json fields; exit 1 when nothing matches', () => {
    const r = runCli(['kwic', 'Bộ Ngoại giao', SEED_000, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { lines: Record<string, unknown>[]; errors: unknown[] };
    expect(out.lines).toHaveLength(4);
    expect(Object.keys(out.lines[0] ?? {})).toEqual(['path', 'line', 'start', 'end', 'left', 'match', 'right']);
    expect(runCli(['kwic', 'không có đâu', SEED_000]).status).toBe(1);
    expect(runCli(['kwic', 'Hội nghị', SEED_000, '--sort', 'left', '--format', 'csv']).stdout.split('\r\n')[0]).toBe('path,line,start,end,left,match,right');
  });

  it('collocations: json with the counts', () => {
    const r = runCli(['collocations', 'a', '-', '--window', '1', '--min', '1', '--json'], { input: 'a b c a d\nb a b c\nc d' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { counts: Record<string, number>; collocates: { key: string; observed: number }[] };
    expect(out.counts).toEqual({ left: 1, right: 1, documents: 1, words: 11, nodes: 3, window: 5 });
    expect(out.collocates.map((c) => [c.key, c.observed])).toEqual([
      ['b', 3],
      ['d', 1],
      ['c', 1],
    ]);
  });

  it('plot --out: an SVG file, a PNG, or the text; exit 1 when nothing matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnews-plot-'));
    const r = runCli(['plot', 'Hội nghị', 'fixtures/seeds/', '--out', join(dir, 'p.svg')]);
    expect(r.status).toBe(0);
    const svg = readFileSync(join(dir, 'p.svg'), 'utf8');
    expect(svg.match(/<rect class="bar" /g)).toHaveLength(4); // seed 004 has no hit: not drawn;
    expect(wellFormed(svg)).toBe(true);
    expect(runCli(['plot', 'Hội nghị', 'fixtures/seeds/', '--out', join(dir, 'p.png')]).status).toBe(0);
    expect(readFileSync(join(dir, 'p.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(runCli(['plot', 'không có đâu', 'fixtures/seeds/']).status).toBe(1);
    // Any other name is the global --out: what stdout would have held.
    expect(runCli(['plot', 'Hội nghị', 'fixtures/seeds/', '--out', join(dir, 'p.txt')]).status).toBe(0);
    expect(readFileSync(join(dir, 'p.txt'), 'utf8')).toBe(runCli(['plot', 'Hội nghị', 'fixtures/seeds/']).stdout);
    rmSync(dir, { recursive: true, force: true });
  });
});
