// Site furniture: examples as data (src/clean/examples.ts), the seeds against the gold's
// boilerplate, and what cleaning changes for extract and the commands.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFurniture, keptText, maskFurniture } from '../src/clean/index.js';
import { NEGATIVE, POSITIVE } from '../src/clean/examples.js';
import { extract, normalize } from '../src/index.js';
import { scoreFurniture, type Gold } from './support/gold.js';
import { runCli } from './support/cli.js';

const cutsOf = (text: string) => findFurniture(normalize(text)).map((c) => [normalize(text).slice(c.start, c.end), c.reason]);
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 40)}…${s.slice(-15)}` : s);

describe('furniture examples', () => {
  for (const ex of POSITIVE) it(`cuts ${ex.cuts.map(([t, r]) => `${r}: ${short(t)}`).join('; ')}`, () => expect(cutsOf(ex.text)).toEqual(ex.cuts));
  for (const text of NEGATIVE) it(`keeps ${JSON.stringify(short(text))}`, () => expect(cutsOf(text)).toEqual([]));
});

describe('furniture on the seeds, against the gold', () => {
  for (const f of readdirSync('fixtures/gold').sort()) {
    it(`${basename(f, '.json')}: every line of boilerplate cut, nothing of the story`, () => {
      const gold = JSON.parse(readFileSync(join('fixtures/gold', f), 'utf8')) as Gold;
      const raw = readFileSync(join('fixtures/seeds', `${basename(f, '.json')}.txt`), 'utf8');
      const score = scoreFurniture(raw, gold, findFurniture(normalize(raw)));
      expect(score.problems).toEqual([]);
      expect(score.boilerplateLinesCut).toBe(score.boilerplateLines);
      expect(score.storyCharsCut).toBe(0);
    });
  }
});

describe('cleaning in extract', () => {
  const seed = (n: string) => readdirSync('fixtures/seeds').find((f) => f.startsWith(n)) as string;
  const read = (n: string) => readFileSync(join('fixtures/seeds', seed(n)), 'utf8');

  it('002: the teasers\' figures are gone (`Hơn 650 tài xế`, `674 trường hợp`, `21.000 người`), the story\'s stay', () => {
    const figures = (clean: boolean) => extract(read('002'), { clean }).figures.map((f) => f.text);
    for (const teaser of ['Hơn 650 tài xế', '674 trường hợp', '21.000 người', '89 luật']) {
      expect(figures(false)).toContain(teaser);
      expect(figures(true)).not.toContain(teaser);
    }
    expect(figures(true)).toContain('hơn 300 đại biểu');
  });

  it('003: the related articles\' officials are gone (Đỗ Hùng Việt, Lê Thị Thu Hằng, Nguyễn Minh Hằng), and the title is the headline, not the font menu', () => {
    const names = (clean: boolean) => extract(read('003'), { clean }).officials.map((o) => o.name);
    for (const teaser of ['Đỗ Hùng Việt', 'Lê Thị Thu Hằng', 'Nguyễn Minh Hằng']) {
      expect(names(false)).toContain(teaser);
      expect(names(true)).not.toContain(teaser);
    }
    expect(names(true)).toContain('Lê Duy Thành');
    expect(extract(read('003')).title).toBe('Ngoại giao nỗ lực đồng hành cùng địa phương');
    expect(extract(read('003'), { clean: false }).title).toBe('Nhỏ Bình thường Lớn');
  });

  it('offsets still point into the normalized full text', () => {
    const raw = read('002');
    const text = normalize(raw);
    for (const f of extract(raw).figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    const masked = maskFurniture(text, findFurniture(text));
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
  });

  it('the kept text drops lines cut whole and cuts inside lines', () => {
    const text = normalize('Tiêu đề\nNhỏ Bình thường Lớn\nÔng Thành phát biểu. (Ảnh: Tuấn Anh)\n');
    expect(keptText(text, findFurniture(text))).toBe('Tiêu đề\nÔng Thành phát biểu.\n');
  });
});

describe('vnews clean', () => {
  it('prints the kept text; --show marks each cut with its reason', () => {
    const kept = runCli(['clean', 'fixtures/seeds/000_dcd3b87138fbd1a3.txt']);
    expect(kept.status).toBe(0);
    expect(kept.stdout).not.toContain('Bình luận (0)');
    expect(kept.stdout).toContain('hơn 300 đại biểu');
    const shown = runCli(['clean', '--show', 'fixtures/seeds/003_e1e8b47241fbfe42.txt']);
    expect(shown.stdout.split('\n')[0]).toBe('- Nhỏ Bình thường Lớn  [widget]');
    expect(shown.stdout).toContain('[photo_credit: (Ảnh: Tuấn Anh)]');
  });

  it('json: per input the lines and characters cut, and each cut with its line and reason; a missing file is exit 2', () => {
    const r = runCli(['clean', '--format', 'json', 'fixtures/seeds/004_8edc742d7bef5736.txt', 'missing.txt']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.documents[0].cuts.map((c: { line: number; text: string; reason: string }) => [c.line, c.text, c.reason])).toEqual([
      [3, 'Nguồn: Thế giới và Việt Nam. |', 'source'],
      [10, 'Nguồn: Thế giới và Việt Nam |', 'source'],
    ]);
    expect(out.documents[0].lines_cut).toBe(0);
    expect(out.errors).toHaveLength(1);
  });

  it('--no-clean keeps the furniture for every command', () => {
    const count = (args: string[]) => JSON.parse(runCli([...args, '--format', 'json', 'fixtures/seeds/002_021c48eba725d1ab.txt']).stdout).documents[0].figures.length;
    expect(count(['--no-clean', 'extract'])).toBeGreaterThan(count(['extract']));
  });
});
