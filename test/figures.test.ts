// `vnews figures`: each figure with its sentence, the filter behind --unit/--min/--max/--grep,
// and the command on the seed fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle, type FigureInContext } from '../src/corpus/article.js';
import { articleFigures, figureFilter, FilterError, parseBound } from '../src/corpus/figures.js';
import { clipAround, figureValue } from '../src/render/figures.js';
import { drawTable } from '../src/render/table.js';
import Table from 'cli-table3';
import { runCli } from './support/cli.js';

const SEED_000 = 'fixtures/seeds/000_dcd3b87138fbd1a3.txt';
const SEED_003 = 'fixtures/seeds/003_e1e8b47241fbfe42.txt';
const SEED_004 = 'fixtures/seeds/004_8edc742d7bef5736.txt';
const SENTENCE_000 =
  'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị với sự tham dự trực tiếp của hơn 300 đại biểu từ các ban, bộ ngành trung ương, lãnh đạo các địa phương, lãnh đạo các cơ quan ngoại vụ và các Đại sứ, Tổng Lãnh sự Việt Nam ở nước ngoài.';

const figuresOf = (path: string) => articleFigures(readArticle(readFileSync(path, 'utf8'), path, ['figures']));
const figure = (f: Partial<FigureInContext>): FigureInContext => ({ path: 'a.txt', line: 1, text: '', value: 0, unit: null, qualifier: null, sentence: '', ...f });
const ndjson = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as FigureInContext & { type?: string; message?: string });

describe('figures in their sentences', () => {
  it('000: hơn 300 đại biểu on line 1, with its whole sentence', () => {
    expect(figuresOf(SEED_000)[0]).toEqual({
      path: SEED_000,
      line: 1,
      text: 'hơn 300 đại biểu',
      value: 300,
      unit: 'đại biểu',
      qualifier: 'more_than',
      sentence: SENTENCE_000,
    });
  });

  it('in text order', () => {
    expect(figuresOf(SEED_003).filter((f) => f.line === 13).map((f) => f.text)).toEqual([
      '10 tháng',
      'gần 558 triệu USD',
      '34,82%',
      '139,4%',
      'hơn 21 nghìn tỷ đồng',
      '215,5%',
      '4,26 lần',
    ]);
  });
});

describe('figureFilter', () => {
  const delegates = figure({ text: 'hơn 300 đại biểu', value: 300, unit: 'đại biểu', sentence: SENTENCE_000 });
  const usd = figure({ text: '600 – 800 triệu USD', value: 6e8, value_max: 8e8, unit: 'USD', sentence: 'Kim ngạch đạt 600 – 800 triệu USD.' });
  const water = figure({ text: '3 nhà máy thủy điện', value: 3, unit: 'nhà máy thủy điện' });
  const bare = figure({ text: '2.000', value: 2000, unit: null });
  const all = [delegates, usd, water, bare];
  const kept = (options: Parameters<typeof figureFilter>[0]) => all.filter(figureFilter(options)).map((f) => f.text);

  it('no options keep everything', () => {
    expect(kept({})).toEqual(all.map((f) => f.text));
  });

  it('--unit: folded (case, tone placement), comma-separated or repeated; no unit never matches', () => {
    expect(kept({ unit: ['ĐẠI BIỂU'] })).toEqual(['hơn 300 đại biểu']);
    expect(kept({ unit: ['nhà máy thuỷ điện'] })).toEqual(['3 nhà máy thủy điện']);
    expect(kept({ unit: ['đại biểu, usd'] })).toEqual(['hơn 300 đại biểu', '600 – 800 triệu USD']);
    expect(kept({ unit: ['đại biểu', 'USD'] })).toEqual(['hơn 300 đại biểu', '600 – 800 triệu USD']);
    expect(() => figureFilter({ unit: [' , '] })).toThrow(new FilterError('unit', 'name at least one unit (e.g. "đại biểu,USD")'));
  });

  it('--min/--max: a value within the bounds, or a range that meets them', () => {
    expect(kept({ min: '300' })).toEqual(['hơn 300 đại biểu', '600 – 800 triệu USD', '2.000']);
    expect(kept({ max: '300' })).toEqual(['hơn 300 đại biểu', '3 nhà máy thủy điện']);
    expect(kept({ min: '7e8', max: '7.5e8' })).toEqual(['600 – 800 triệu USD']);
    expect(kept({ min: '8e8' })).toEqual(['600 – 800 triệu USD']);
    expect(kept({ min: '8.01e8' })).toEqual([]);
    expect(kept({ max: '6e8', min: '1e6' })).toEqual(['600 – 800 triệu USD']);
  });

  it('bounds are plain numbers; anything else is a usage error', () => {
    expect(parseBound('1e6')).toBe(1e6);
    expect(parseBound(' -2.5 ')).toBe(-2.5);
    expect(() => parseBound('abc')).toThrow("'abc' is not a number");
    expect(() => parseBound('', 'max')).toThrow(/not a number/);
    expect(() => parseBound('0x10', 'max')).toThrow(/not a number/);
    expect(() => parseBound('Infinity', 'max')).toThrow(/not a number/);
    expect(() => parseBound('5,5', 'max')).toThrow(/not a number/);
    expect(() => parseBound('2.000')).toThrow("'2.000' is ambiguous: write 2000 (no thousands marks), or 2");
    expect(() => parseBound('1.500.000')).toThrow(/write 1500000/);
    expect(() => figureFilter({ min: '5', max: '1' })).toThrow(new FilterError('range', 'the minimum 5 is above the maximum 1'));
  });

  it('--grep: a case-insensitive expression on the sentence or the figure', () => {
    expect(kept({ grep: 'BÙI THANH SƠN' })).toEqual(['hơn 300 đại biểu']);
    expect(kept({ grep: 'kim ngạch|thủy' })).toEqual(['600 – 800 triệu USD', '3 nhà máy thủy điện']);
    expect(kept({ grep: '^2\\.000$' })).toEqual(['2.000']);
    expect(kept({ grep: 'đại biểu', min: '301' })).toEqual([]);
    expect(() => figureFilter({ grep: '(' })).toThrow(/^invalid regular expression '\('/);
  });
});

describe('the table', () => {
  it('a range shows both ends; numbers as Vietnamese writes them (dots between thousands, a decimal comma)', () => {
    expect(figureValue(figure({ value: 6e8, value_max: 8e8 }))).toBe('600.000.000–800.000.000');
    expect(figureValue(figure({ value: 21e12 }))).toBe('21.000.000.000.000');
    expect(figureValue(figure({ value: 34.82 }))).toBe('34,82');
    expect(figureValue(figure({ value: 3288 }))).toBe('3.288');
  });

  it('a long table drawn in pieces is the same as one drawn whole', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`a${i}.txt:${i}`, `${i} đại biểu từ các ban, bộ ngành trung ương`]);
    const whole = new Table({ head: ['file:line', 'figure'], colWidths: [14, 22], wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } });
    whole.push(...rows);
    expect(drawTable(['file:line', 'figure'], [12, 20], rows, false)).toBe(whole.toString());
  });

  it('a very long sentence is cut at spaces around the figure', () => {
    const words = Array.from({ length: 200 }, (_, i) => `từ${i}`);
    words[100] = 'hơn 300 đại biểu';
    const clipped = clipAround(words.join(' '), 'hơn 300 đại biểu');
    expect(clipped.length).toBeLessThan(520);
    expect(clipped).toMatch(/^… từ\d+ .* hơn 300 đại biểu .* từ\d+ …$/);
    expect(clipAround(SENTENCE_000, 'hơn 300 đại biểu')).toBe(SENTENCE_000);
  });
});

describe('vnews figures', () => {
  it('json: the figures with their sentences, and the errors', () => {
    const r = runCli(['figures', '--json', '--unit', 'đại biểu', 'fixtures/seeds/']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { figures: FigureInContext[]; errors: unknown[] };
    expect(out.figures.map((f) => [f.path, f.line, f.text, f.sentence])).toEqual([
      [SEED_000, 1, 'hơn 300 đại biểu', SENTENCE_000],
      ['fixtures/seeds/002_021c48eba725d1ab.txt', 3, 'hơn 300 đại biểu', SENTENCE_000],
    ]);
    expect(out.errors).toEqual([]);
  });

  it('--min 1e6: the two sums of money in 003', () => {
    const r = runCli(['figures', '--format', 'ndjson', '--min', '1e6', 'fixtures/seeds/']);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['gần 558 triệu USD', 558e6, 'USD', 'nearly'],
      ['hơn 21 nghìn tỷ đồng', 21e12, 'đồng', 'more_than'],
    ]);
  });

  it('--unit twice, --max and --grep together', () => {
    const r = runCli(['figures', '--format', 'ndjson', '--unit', '%', '--unit', 'lần', '--max', '200', '--grep', 'ddi', SEED_003]);
    expect(ndjson(r.stdout).map((f) => f.text)).toEqual(['4,26 lần']);
  });

  it('nothing matches: exit 1', () => {
    const r = runCli(['figures', '--unit', 'tấn', 'fixtures/seeds/']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('0 figures in 5 documents\n');
  });

  it('a missing file: reported, the others still printed in order, exit 2 even with matches', () => {
    const r = runCli(['figures', '--format', 'ndjson', '--max', '50', SEED_004, 'missing.txt', SEED_000]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vnews: missing.txt: no such file or directory\n');
    expect(ndjson(r.stdout).map((f) => f.type ?? `${f.path}:${f.line} ${f.text}`)).toEqual([
      `${SEED_004}:7 27 nước`,
      `${SEED_004}:7 hai năm`,
      `${SEED_004}:11 hơn 2 năm`,
      'error',
      `${SEED_000}:12 5 phương hướng`,
      `${SEED_000}:14 5 phương hướng`,
    ]);
    expect(ndjson(r.stdout)[3]).toEqual({ type: 'error', path: 'missing.txt', message: 'no such file or directory' });
  });

  it('bad options are usage errors: exit 2, nothing on stdout', () => {
    for (const [args, message] of [
      [['--min', 'lots'], "vnews: --min: 'lots' is not a number (write e.g. 300, 1e6 or 2.5e9)\n"],
      [['--max', '2.000'], "vnews: --max: '2.000' is ambiguous: write 2000 (no thousands marks), or 2\n"],
      [['--grep', '[đ'], /^vnews: --grep: invalid regular expression '\[đ'/],
      [['--min', '5', '--max', '1'], 'vnews: --min 5 is above --max 1\n'],
      [['--unit', ' , '], 'vnews: --unit: name at least one unit (e.g. "đại biểu,USD")\n'],
    ] as const) {
      const r = runCli(['figures', ...args, 'fixtures/seeds/']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('the table: file:line, figure, value, unit, qualifier and the sentence, wrapped', () => {
    const r = runCli(['figures', '--unit', 'USD', SEED_003], { env: { COLUMNS: '100' } });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('paths in fixtures/seeds/');
    expect(lines[2]).toMatch(/│ file:line +│ figure +│ value +│ unit +│ qualifier │ sentence +│/);
    expect(r.stdout).toContain('558.000.000');
    expect(r.stdout).toContain('nearly');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.filter((l) => l.includes('Qua 10 tháng')).length).toBe(1);
    expect(r.stderr).toBe('1 figure in 1 document\n');
  });

  it('the table shows no escape sequence (cut like furniture, so blank in the sentence) and says a shared sentence once', () => {
    const input = `Hội nghị có hơn 300 đại biểu và 20 Đại sứ ${String.fromCharCode(27)}[2J tham dự.\n`;
    const r = runCli(['figures', '-'], { input, env: { COLUMNS: '120' } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(String.fromCharCode(27));
    expect(r.stdout).not.toContain('[2J');
    expect(r.stdout).toContain('20 Đại sứ      tham');
    expect(r.stdout).toMatch(/│ -:1 +│ 20 Đại sứ +│ 20 +│ Đại sứ +│ +│ \(as above\) +│/);
  });

  it('csv: a header and one row a figure', () => {
    const r = runCli(['figures', '--format', 'csv', '--unit', 'đại biểu', SEED_000]);
    expect(r.stdout).toBe(`path,line,text,value,value_max,unit,qualifier,sentence\r\n${SEED_000},1,hơn 300 đại biểu,300,,đại biểu,more_than,"${SENTENCE_000}"\r\n`);
  });
});
