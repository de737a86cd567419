// `vnews conferences`: conferences across articles, the dates and counts stated with each, and
// the summary's merge.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/corpus/article.js';
import { addConferences, conferencesAcross, conferencesInArticle, mergeConferences, type ConferenceAcross, type ConferencesSummary } from '../src/corpus/conferences.js';
import { runCli } from './support/cli.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));

function summarize(paths: string[]): ConferencesSummary {
  const s: ConferencesSummary = {};
  for (const p of paths) addConferences(s, readArticle(readFileSync(p, 'utf8'), p));
  return s;
}

describe('conferences across articles', () => {
  const all = conferencesAcross(summarize(seeds));
  const hnnv = all.find((c) => c.key === 'hội nghị ngoại vụ' && c.number === 20) as ConferenceAcross;

  it('the 20th Hội nghị Ngoại vụ toàn quốc: three articles, how each writes it, the dates stated with it', () => {
    expect(hnnv.series).toBe('Hội nghị Ngoại vụ toàn quốc');
    expect(hnnv.in.map((a) => [a.path.slice(15, 18), a.line, a.forms])).toEqual([
      ['000', 3, ['Hội nghị Ngoại vụ toàn quốc lần thứ 20']],
      ['002', 3, ['Hội nghị Ngoại vụ toàn quốc lần thứ 20']],
      ['003', 19, ['Hội nghị Ngoại vụ toàn quốc lần thứ 20']],
    ]);
    expect(hnnv.dates).toEqual(['--12-13', '2021-12']);
    const in002 = hnnv.in[1];
    expect(in002?.dates[0]).toMatchObject({ text: 'Ngày 13/12', value: '--12-13', line: 3 });
    expect(in002?.dates[0]?.sentence).toMatch(/^Ngày 13\/12, Hội nghị Ngoại vụ toàn quốc lần thứ 20 .* tại Hà Nội\.$/);
  });

  it('a count in a sentence that says only “Hội nghị” belongs to the article\'s one Hội nghị', () => {
    expect(hnnv.in[0]?.counts.map((f) => [f.text, f.line])).toEqual([['hơn 300 đại biểu', 1]]);
    expect(hnnv.in[1]?.counts.map((f) => [f.text, f.line])).toEqual([['hơn 300 đại biểu', 3]]);
  });

  it('most-reported first; one row per (series, number)', () => {
    expect(all[0]?.key).toBe('đại hội đảng');
    expect(all[0]?.articles).toBe(4);
    expect(new Set(all.map((c) => `${c.key}#${c.number}`)).size).toBe(all.length);
  });

  it('filters by series (folded) and number', () => {
    expect(conferencesAcross(summarize(seeds), { series: 'HỘI NGHỊ NGOẠI VỤ' }).map((c) => c.number).sort((x, y) => x - y)).toEqual([17, 18, 20, 21]);
    expect(conferencesAcross(summarize(seeds), { series: 'ngoại vụ', number: 18 }).map((c) => c.articles)).toEqual([1]);
  });

  it('shards summarized apart and merged give the same answer', () => {
    const a = summarize(seeds.slice(0, 3));
    const b = summarize(seeds.slice(3));
    expect(conferencesAcross(mergeConferences(a, b))).toEqual(all);
    expect(conferencesAcross(mergeConferences(b, a))).toEqual(all);
    expect(conferencesAcross(JSON.parse(JSON.stringify(mergeConferences(a, b))) as ConferencesSummary)).toEqual(all);
  });
});

describe('which sentences speak of a conference', () => {
  const counts = (text: string) => conferencesInArticle(readArticle(text, '-')).map((c) => [`${c.conference.series} ${c.conference.number}`, c.counts.map((f) => f.text)]);
  const cases: [string, string, (string | string[])[][]][] = [
    [
      'the head alone, then a function word',
      'Hội nghị Ngoại vụ toàn quốc lần thứ 20 khai mạc. Bộ trưởng chủ trì Hội nghị với sự tham dự của hơn 300 đại biểu.',
      [['Hội nghị Ngoại vụ toàn quốc 20', ['hơn 300 đại biểu']]],
    ],
    [
      'the head with a name of its own is another event',
      'Thủ tướng dự Hội nghị Tương lai châu Á lần thứ 23. Hội nghị xúc tiến đầu tư có hơn 1.600 doanh nghiệp.',
      [['Hội nghị Tương lai châu Á 23', []]],
    ],
    [
      'two conferences with that head: the head alone is neither',
      'Hội nghị Trung ương 5 và Hội nghị Ngoại vụ lần thứ 20 diễn ra. Hội nghị có 200 đại biểu.',
      [
        ['Hội nghị Trung ương 5', []],
        ['Hội nghị Ngoại vụ toàn quốc 20', []],
      ],
    ],
  ];
  for (const [why, text, expected] of cases) it(why, () => expect(counts(text)).toEqual(expected));
});

describe('vnews conferences', () => {
  it('json: conferences and errors; a missing file is reported and the rest summarized (exit 2)', () => {
    const r = runCli(['conferences', 'fixtures/seeds', 'missing.txt', '--format', 'json', '--series', 'ngoại vụ', '--number', '20']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.conferences.map((c: ConferenceAcross) => [c.series, c.number, c.articles])).toEqual([['Hội nghị Ngoại vụ toàn quốc', 20, 3]]);
    expect(out.errors).toEqual([{ path: 'missing.txt', message: expect.any(String) }]);
  });

  it('a table for people; --number must be a whole number', () => {
    const r = runCli(['conferences', 'fixtures/seeds'], { env: { COLUMNS: '120' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Hội nghị Ngoại vụ toàn quốc 20');
    expect(r.stderr).toMatch(/conferences; \d+ named in more than one article/);
    expect(r.stdout).not.toMatch(/named in more than one article/);
    const bad = runCli(['conferences', '--number', 'XX', 'fixtures/seeds']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--number takes a whole number; got XX');
  });
});
