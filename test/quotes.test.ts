// `vnews quotes`: the example corpus of src/quotes/examples.ts, every quotation and speaker label of
// the seeds 001 and 003, and the command's output formats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/corpus/article.js';
import { normalize } from '../src/text/normalize.js';
import { findQuotes, type Quote } from '../src/quotes/index.js';
import { examples } from '../src/quotes/examples.js';
import { runCli } from './support/cli.js';

const SEED_001 = 'fixtures/seeds/001_b75d1dc0e5a8a592.txt';
const SEED_003 = 'fixtures/seeds/003_e1e8b47241fbfe42.txt';

const quotesIn = (text: string, path = 'a.txt') => findQuotes(readArticle(text, path, ['officials']));
const quotesOf = (path: string) => quotesIn(readFileSync(path, 'utf8'), path);

/** Keep only the fields the example names, so examples state what matters. */
function pick(q: Quote, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((k) => [k, (q as unknown as Record<string, unknown>)[k]]));
}

describe('quotes examples', () => {
  it.each(examples.positive.map(([input, expected]) => ({ input, expected })))('finds $input', ({ input, expected }) => {
    const found = quotesIn(input);
    expect(found.map((q, i) => pick(q, expected[i] ?? q))).toEqual(expected);
  });
  it.each(examples.negative.map((input) => ({ input })))('finds nothing in $input', ({ input }) => {
    expect(quotesIn(input)).toEqual([]);
  });
});

describe('quotes on the seeds', () => {
  /** Read by hand: each quotation and speaker label of the story, its line, speaker and verb, and how its words start. */
  const SEEDS: Record<string, [line: number, kind: Quote['kind'], speaker: string, verb: string | null, starts: string][]> = {
    [SEED_001]: [
      [14, 'label', 'Lê Hoài Trung', null, 'Hội nghị Ngoại vụ lần thứ 18 có ý nghĩa rất đặc biệt'],
      [19, 'label', 'Lê Hoài Trung', null, 'Có thể khẳng định rằng kết quả thu được'],
      [25, 'reported', 'một số đại diện địa phương', 'cho rằng', 'để phát triển tốt nông nghiệp'],
      [31, 'label', 'Lê Hoài Trung', null, 'Qua theo dõi và từ các nghiên cứu'],
    ],
    [SEED_003]: [
      [11, 'direct', 'Lê Duy Thành', 'nói', 'Chúng tôi đã chuẩn bị rất tốt các điều kiện'],
      [19, 'reported', 'Nguyễn Như Hiếu', 'khẳng định', 'công tác này đã ghi trên bản đồ đất nước'],
      [31, 'direct', 'Nguyễn Như Hiếu', 'chia sẻ', 'Việc tỉnh Ninh Bình đề nghị Bộ Ngoại giao'],
      [39, 'direct', 'Nguyễn Như Hiếu', 'chia sẻ', 'Với triết lý ‘đồng hành, hỗ trợ và phục vụ’, Bộ Ngoại giao'],
    ],
  };

  for (const [path, expected] of Object.entries(SEEDS)) {
    it(`${path}: every quotation attributed`, () => {
      const found = quotesOf(path);
      for (const [line, kind, speaker, verb, starts] of expected) {
        const q = found.find((x) => x.line === line && x.kind === kind);
        expect(q, `${path}:${line}`).toBeDefined();
        expect({ speaker: q?.speaker, verb: q?.verb, starts: q?.text.startsWith(starts) }).toEqual({ speaker, verb, starts: true });
      }
    });
  }

  it('001: the official with titles; the interviewer\'s questions and the theme are not quotations', () => {
    const found = quotesOf(SEED_001);
    expect(found.find((q) => q.line === 14)?.official).toEqual({ name: 'Lê Hoài Trung', titles: ['Thứ trưởng Bộ Ngoại giao'], role: 'Thứ trưởng' });
    expect(found.map((q) => q.line)).toEqual([14, 19, 25, 31]);
  });

  it('003: the nested ‘…’ is part of its quotation, the scare quotes “phủ sóng” are none', () => {
    const lines = quotesOf(SEED_003).map((q) => q.line);
    expect(lines).not.toContain(27);
    expect(lines.filter((l) => l === 39)).toHaveLength(1);
  });

  it('every text and speaker_text is the normalized text between its offsets', () => {
    for (const path of [SEED_001, SEED_003]) {
      const text = normalize(readFileSync(path, 'utf8'));
      for (const q of quotesOf(path)) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(text.slice(q.speaker_text.start, q.speaker_text.end)).toBe(q.speaker_text.text);
      }
    }
  });
});

describe('vnews quotes', () => {
  it('--format json: { quotes, errors }, exit 0', () => {
    const r = runCli(['quotes', '--format', 'json', SEED_003]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { quotes: Quote[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    expect(out.quotes[0]).toMatchObject({ path: SEED_003, kind: 'direct', speaker: 'Lê Duy Thành', verb: 'nói', line: 11, resolved: false });
    expect(Object.keys(out.quotes[0] as Quote)).toEqual(['path', 'kind', 'speaker', 'official', 'speaker_text', 'resolved', 'verb', 'text', 'start', 'end', 'line', 'speaker_kind']);
    expect(out.quotes[0]?.speaker_kind).toBe('person');
  });

  it('--format ndjson: one quotation a line, an error line in place of a failed input, exit 2', () => {
    const r = runCli(['quotes', '--format', 'ndjson', SEED_001, 'no/such/file.txt', SEED_003]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vnews: no/such/file.txt: no such file or directory\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const error = lines.findIndex((l) => l.type === 'error');
    expect(lines.slice(0, error).every((l) => l.path === SEED_001)).toBe(true);
    expect(lines.slice(error + 1).every((l) => l.path === SEED_003)).toBe(true);
  });

  it('--format csv and the table', () => {
    const csv = runCli(['quotes', '--format', 'csv', SEED_001]);
    expect(csv.stdout.split('\r\n')[0]).toBe('path,line,start,end,kind,speaker,titles,speaker_text,resolved,verb,text,speaker_kind');
    const table = runCli(['quotes', SEED_001], { env: { COLUMNS: '120' } });
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Lê Hoài Trung, Thứ');
    expect(table.stderr).toBe('4 quotations in 1 document\n');
  });

  it('standard input', () => {
    const r = runCli(['quotes', '--json'], { input: 'Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam luôn coi trọng quan hệ với Lào.' });
    expect((JSON.parse(r.stdout) as { quotes: Quote[] }).quotes.map((q) => [q.path, q.speaker])).toEqual([['-', 'Bùi Thanh Sơn']]);
  });
});
