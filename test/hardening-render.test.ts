// What vnews prints itself around article text: the `clean` header with a hostile file name, the
// conferences table on narrow terminals and in colour, and the invisible bidi marks.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { conferencesTable } from '../src/render/conferences.js';
import { escapeControls, escapeJsonText } from '../src/text/controls.js';
import { runCli } from './support/cli.js';

const SEEDS = 'fixtures/seeds';

describe('clean with several inputs', () => {
  it.each([[[]], [['--show']]])('%j: the ==> path <== header shows a hostile name escaped', (flags) => {
    const dir = mkdtempSync(join(tmpdir(), 'vnews-header-'));
    try {
      const hostile = join(dir, 'a\u001b]0;pwned\u0007b\u001b[31m\u202ec\u200f.txt');
      copyFileSync(`${SEEDS}/000_dcd3b87138fbd1a3.txt`, hostile);
      copyFileSync(`${SEEDS}/001_b75d1dc0e5a8a592.txt`, join(dir, 'z.txt'));
      const r = runCli(['clean', ...flags, dir]);
      expect(r.status).toBe(0);
      const headers = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
      expect(headers).toEqual([`==> ${dir}/a\\x1b]0;pwned\\x07b\\x1b[31m\\u202ec\\u200f.txt <==`, `==> ${dir}/z.txt <==`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the conferences table', () => {
  const conference = {
    series: 'Hội nghị Ngoại vụ toàn quốc lần thứ',
    number: 20,
    key: 'hoi nghi ngoai vu',
    terms: [14],
    articles: 2,
    mentions: 3,
    dates: ['2023-12-14'],
    in: [{ path: `${SEEDS}/002_021c48eba725d1ab.txt`, line: 3, forms: ['Hội nghị Ngoại vụ lần thứ 20'], dates: [{ text: 'ngày 14/12', value: '2023-12-14' }] }],
  } as unknown as Parameters<typeof conferencesTable>[0][number];

  it.each([0, 20, 40, 60, 75, 76, 80, 120, 300])('lays out at %i columns', (width) => {
    const table = conferencesTable([conference], false, width);
    expect(table).toContain('Hội nghị Ngoại vụ');
    expect(table).toContain('2023-12-14');
  });

  it('with colour, the dim of the term is a colour, not text', () => {
    // As on a terminal (chalk tells its level from stdout, which is not one here).
    const level = chalk.level;
    chalk.level = 1;
    const table = conferencesTable([conference], true, 100);
    chalk.level = level;
    expect(table).not.toContain('\\x1b');
    expect(table).toMatch(/\u001b\[2m \(khóa 14\)/); // eslint-disable-line no-control-regex
  });

  it('a hostile series name is still escaped', () => {
    const table = conferencesTable([{ ...conference, series: 'Hội nghị\u001b[2J' }], true, 100);
    expect(table).toContain('Hội nghị\\x1b[2J');
  });

  it.each([40, 0])('COLUMNS=%i: the command prints its table', (columns) => {
    const r = runCli(['conferences', SEEDS], { env: { COLUMNS: String(columns) } });
    expect(r.stderr).toMatch(/^\d+ conferences?; \d+ named in more than one article\n$/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/┘\n$/);
  });
});

describe('bidi marks', () => {
  it.each([
    ['\u200e', '\\u200e'],
    ['\u200f', '\\u200f'],
    ['\u061c', '\\u061c'],
  ])('%j is escaped for a terminal and in JSON', (mark, shown) => {
    expect(escapeControls(`a${mark}b`)).toBe(`a${shown}b`);
    expect(escapeJsonText(JSON.stringify(`a${mark}b`))).toBe(`"a${shown}b"`);
    expect(JSON.parse(escapeJsonText(JSON.stringify(`a${mark}b`)))).toBe(`a${mark}b`);
  });
});
