// Pathological inputs of issue 8 ("hardening"), generated: long runs of digits separated by dots
// and commas, long runs of capitalised syllables, long runs of opening quotes, and one long line
// without spaces, each in several shapes (and, beside them, shapes that once took quadratic time:
// many officials or quotations in one line, a run of end marks or of spaces). Each shape is a
// function of its size `n` (digits, syllables, quote marks or characters), so a benchmark can
// compare the time at n and at 10n, and a test can check what each extractor makes of it. Used by
// test/pathological.test.ts and test/bench/pathological.ts.

export type InputName = 'digits' | 'capitals' | 'quotes' | 'line';

export interface Shape {
  input: InputName;
  /** A short name for tables. */
  name: string;
  make(n: number): string;
  /**
   * The size the test uses and the benchmark's 10x: the issue's, or less for a line that is all
   * one-character words (a million of them already take seconds to segment).
   */
  size: number;
}

/** The issue's sizes: 100,000 digits, 50,000 syllables, 100,000 quote marks, a 10 MB line. */
export const ISSUE_SIZE: Record<InputName, number> = { digits: 100_000, capitals: 50_000, quotes: 100_000, line: 10 * 1024 * 1024 };
const MB = 1024 * 1024;

/** `n` digits 1, 2, …, 9, 0, 1, … joined by `sep(k)` before the k-th digit (k ≥ 1). */
function digits(n: number, sep: (k: number) => string): string {
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push((k === 0 ? '' : sep(k)) + String((k + 1) % 10));
  return parts.join('');
}

/** Syllables of Vietnamese names, capitalised. */
const SYLLABLES = [
  'Nguyễn', 'Văn', 'An', 'Hòa', 'Bình', 'Minh', 'Trần', 'Thị', 'Lan', 'Hương', 'Lê', 'Hoài', 'Trung', 'Phạm', 'Quang', 'Hiếu',
  'Đức', 'Thành', 'Tuấn', 'Anh', 'Hùng', 'Dũng', 'Thủy', 'Ngọc', 'Hải', 'Sơn', 'Long', 'Phúc', 'Khánh', 'Duy',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Ngọc', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Hòa', 'Lan', 'Hương', 'Trung', 'Hiếu', 'Thành', 'Tuấn', 'Anh', 'Hùng', 'Dũng', 'Thủy', 'Hải', 'Sơn', 'Long', 'Phúc', 'Khánh', 'Duy', 'Nam'];
/** Foreign names: words that cannot be Vietnamese syllables. */
const FOREIGN = ['Angela', 'Merkel', 'Vladimir', 'Putin', 'Emmanuel', 'Macron', 'Olaf', 'Scholz', 'Justin', 'Trudeau'];

function syllables(n: number, list: readonly string[]): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(list[k % list.length] as string);
  return out.join(' ');
}

/** The k-th of 40,000 distinct names of four syllables: surname, middle name, two given names. */
export function personName(k: number): string {
  const g = GIVEN.length;
  return [SURNAMES[k % 10], MIDDLES[Math.floor(k / 10) % 10], GIVEN[Math.floor(k / 100) % g], GIVEN[Math.floor(k / (100 * g)) % g]].join(' ');
}

/** `Bộ trưởng NAME,` for `count` distinct names. */
function titledNames(count: number): string {
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(`Bộ trưởng ${personName(k)},`);
  return out.join(' ');
}

/** `n` characters: `unit` repeated and cut. */
function repeatTo(n: number, unit: string): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/**
 * Issue 15: one line without a sentence end, on which a command once took time or output that
 * grew with the square of the line: kwic re-read the whole line for every hit (0.5 MB: 11 s),
 * figures quoted the whole line with every figure (52 KB gave 208 MB of ndjson), conferences
 * quoted it with every date and count (76 KB: 305 MB of json). Sizes in characters.
 */
export const COMMAND_SHAPES: readonly Shape[] = [
  { input: 'line', name: 'Việt Nam Việt Nam …', size: 512 * 1024, make: (n) => repeatTo(n, 'Việt Nam ') },
  { input: 'line', name: 'tăng 34,82% tăng …', size: 52 * 1024, make: (n) => repeatTo(n, 'tăng 34,82% ') },
  {
    input: 'line',
    name: 'Hội nghị … lần thứ 20 với 300 đại biểu, …',
    size: 76 * 1024,
    make: (n) => repeatTo(n, 'Ngày 13/12, Hội nghị Ngoại vụ toàn quốc lần thứ 20 với 300 đại biểu đã được tổ chức tại Hà Nội, '),
  },
];

export const SHAPES: readonly Shape[] = [
  // 100,000 digits separated by dots and commas
  { input: 'digits', name: '1.2.3', size: ISSUE_SIZE.digits, make: (n) => digits(n, () => '.') },
  { input: 'digits', name: '1,2,3', size: ISSUE_SIZE.digits, make: (n) => digits(n, () => ',') },
  { input: 'digits', name: '1.2,3.4', size: ISSUE_SIZE.digits, make: (n) => digits(n, (k) => (k % 2 ? '.' : ',')) },
  { input: 'digits', name: '1.234,5.678', size: ISSUE_SIZE.digits, make: (n) => digits(n, (k) => (k % 4 === 1 ? '.' : k % 4 === 0 ? ',' : '')) },
  { input: 'digits', name: '1 . 2 , 3', size: ISSUE_SIZE.digits, make: (n) => digits(n, (k) => (k % 2 ? ' . ' : ' , ')) },
  { input: 'digits', name: '1. 2, 3', size: ISSUE_SIZE.digits, make: (n) => digits(n, (k) => (k % 2 ? '. ' : ', ')) },
  { input: 'digits', name: '1.000 người, …', size: ISSUE_SIZE.digits, make: (n) => '1.000 người, '.repeat(n / 4) },
  { input: 'digits', name: '1/2-3/4', size: ISSUE_SIZE.digits, make: (n) => digits(n, (k) => (k % 2 ? '/' : '-')) },
  // Issue 15: one sentence of figures with no end (`check` once re-read the whole sentence for each).
  { input: 'digits', name: 'tăng 34,82% …', size: ISSUE_SIZE.digits, make: (n) => 'tăng 34,82% '.repeat(Math.ceil(n / 4)) },
  // 50,000 capitalised syllables
  { input: 'capitals', name: 'Nguyễn Văn An …', size: ISSUE_SIZE.capitals, make: (n) => syllables(n, SYLLABLES) },
  { input: 'capitals', name: 'Bộ trưởng Nguyễn …', size: ISSUE_SIZE.capitals, make: (n) => `Bộ trưởng ${syllables(n, SYLLABLES)}` },
  { input: 'capitals', name: 'ông Nguyễn …', size: ISSUE_SIZE.capitals, make: (n) => `ông ${syllables(n, SYLLABLES)}` },
  { input: 'capitals', name: 'Tổng thống Angela …', size: ISSUE_SIZE.capitals, make: (n) => `Tổng thống ${syllables(n, FOREIGN)}` },
  { input: 'capitals', name: 'NGUYỄN VĂN AN …', size: ISSUE_SIZE.capitals, make: (n) => syllables(n, SYLLABLES.map((s) => s.toUpperCase())) },
  { input: 'capitals', name: 'Bộ trưởng X, (n/4 names)', size: ISSUE_SIZE.capitals, make: (n) => titledNames(n / 4) },
  // 100,000 opening quotes
  { input: 'quotes', name: '“““', size: ISSUE_SIZE.quotes, make: (n) => '“'.repeat(n) },
  { input: 'quotes', name: '"""', size: ISSUE_SIZE.quotes, make: (n) => '"'.repeat(n) },
  { input: 'quotes', name: '« « «', size: ISSUE_SIZE.quotes, make: (n) => syllables(n, ['«']) },
  { input: 'quotes', name: '‘‘‘', size: ISSUE_SIZE.quotes, make: (n) => '‘'.repeat(n) },
  { input: 'quotes', name: '(((', size: ISSUE_SIZE.quotes, make: (n) => '('.repeat(n) },
  { input: 'quotes', name: '“ông An nói rằng: ', size: ISSUE_SIZE.quotes, make: (n) => '“ông An nói rằng: '.repeat(n) },
  { input: 'quotes', name: '"Ảnh: (Ảnh: ', size: ISSUE_SIZE.quotes, make: (n) => '"Ảnh: (Ảnh: '.repeat(n / 2) },
  { input: 'quotes', name: '“a b c”, ông An nói.', size: ISSUE_SIZE.quotes, make: (n) => '“Chúng tôi đồng ý”, ông An nói. '.repeat(n / 2) },
  // a 10 MB line without spaces
  { input: 'line', name: 'abcxyz', size: ISSUE_SIZE.line, make: (n) => repeatTo(n, 'abcdefghijklmnopqrstuvwxyz') },
  { input: 'line', name: '0123456789', size: ISSUE_SIZE.line, make: (n) => repeatTo(n, '0123456789') },
  { input: 'line', name: 'nguyễnvănan', size: ISSUE_SIZE.line, make: (n) => repeatTo(n, SYLLABLES.join('').toLowerCase()) },
  { input: 'line', name: 'NguyễnVănAn', size: ISSUE_SIZE.line, make: (n) => repeatTo(n, SYLLABLES.join('')) },
  { input: 'line', name: '.,;:!?-/()“”', size: MB, make: (n) => repeatTo(n, '.,;:!?-/()“”"«»…%') },
  { input: 'line', name: 'a.1,b-2/Ả', size: MB, make: (n) => repeatTo(n, 'a.1,b-2/Ảnh:Nguồn.') },
  // …and two lines with spaces: a run of end marks before a lower-case word, a run of spaces before a source
  { input: 'line', name: '.!?… x', size: MB, make: (n) => `${repeatTo(n - 2, '.!?…')} x` },
  { input: 'line', name: 'x.␣␣␣Nguồn: a |', size: MB, make: (n) => `x.${' '.repeat(n - 12)}Nguồn: a |` },
  ...COMMAND_SHAPES,
];
