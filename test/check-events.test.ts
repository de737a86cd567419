// `check`'s events and alignment: comparing two values of a kind (src/kinds/*/compare.ts), the
// events and the disagreements found in made-up coverage of one visit (fixtures/check-events),
// nothing from the look-alike article of another event, shards merged, --min-score, the HTML
// page opened in a real browser (headless Chromium), and a hostile line checked in linear time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/corpus/article.js';
import { addToCheck, checkEvents, emptyCheckSummary, findings, mergeCheck, type Finding } from '../src/corpus/check/index.js';
import { inFamilyUnit, sameNumber, unitKey, type FigureValue } from '../src/kinds/figures/compare.js';
import { daysBetween, sameDay, samePeriod } from '../src/kinds/dates/compare.js';
import { runCli } from './support/cli.js';

const DIR = 'fixtures/check-events';
const A = `${DIR}/a_visit_phan_lan.txt`;
const B = `${DIR}/b_visit_phan_lan.txt`;
const C = `${DIR}/c_forum_da_nang.txt`;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DIR, f));

/** A figure as the figures kind reads it, durations in minutes. */
function figure(text: string): FigureValue {
  const f = readArticle(`Có ${text}.`, '-', ['figures']).doc.figures[0];
  if (!f) throw new Error(`no figure in ${text}`);
  return { text: f.text, value: f.value, ...(f.value_max !== undefined ? { value_max: f.value_max } : {}), ...(f.qualifier ? { qualifier: f.qualifier } : {}), scaled: inFamilyUnit(f.value, f.unit ?? '') };
}

describe('figures/compare: the same number, written two ways', () => {
  const same: [string, string][] = [
    ['1,1 tỷ USD', 'hơn 1 tỷ USD'], // precision and a qualifier
    ['hơn 400 dự án', '408 dự án'],
    ['3,7 tỉ USD', 'khoảng 3,7 tỷ USD'], // tỉ and tỷ
    ['khoảng 3 giờ', '170 phút'], // durations in minutes
    ['2,7 tỷ USD', '2.700 triệu USD'],
  ];
  const different: [string, string][] = [
    ['2,4 tỷ USD', 'gần 3 tỷ USD'], // gần reaches 15% at most
    ['80 phút', 'khoảng 3 giờ'],
    ['116 quốc gia', '119 quốc gia'],
    ['27 văn kiện', '25 văn kiện'],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => expect([sameNumber(figure(a), figure(b)), sameNumber(figure(b), figure(a))]).toEqual([true, true]));
  for (const [a, b] of different) it(`${a} ≠ ${b}`, () => expect([sameNumber(figure(a), figure(b)), sameNumber(figure(b), figure(a))]).toEqual([false, false]));
  it('units spelled two ways are one unit; minutes and hours are one family', () => {
    expect(unitKey('ơ-rô')).toBe(unitKey('Euro'));
    expect(unitKey('nước')).toBe(unitKey('quốc gia'));
    expect(unitKey('đại diện doanh nghiệp')).toBe(unitKey('doanh nghiệp'));
    expect(unitKey('giờ')).toBe(unitKey('phút'));
    expect(unitKey('USD')).not.toBe(unitKey('euro'));
    expect(inFamilyUnit(3, 'giờ')).toBe(180);
  });
});

describe('dates/compare: periods and days', () => {
  it('a period of years is the same period only with both ends', () => {
    expect(samePeriod('2011/2015', '2012/2015')).toBe(false);
    expect(samePeriod('2012/2015', '2012/2015')).toBe(true);
  });
  it('a day with and without its year is one day', () => {
    expect(sameDay('--06-30', '2017-06-30')).toBe(true);
    expect(sameDay('--06-30', '--07-01')).toBe(false);
    expect(daysBetween('2017-06-28', '2017-07-01')).toBe(3);
  });
});

/** The disagreements the fixtures were written with: kind, and each side's path and text. */
const WRITTEN: [Finding['kind'], [string, string][]][] = [
  ['event_figure', [[A, 'thứ 15/120 quốc gia'], [B, 'thứ 15 trên tổng số 125 quốc gia']]],
  ['event_period', [[A, 'giai đoạn 2016-2020'], [B, 'giai đoạn 2017-2020']]],
  ['event_figure', [[A, '90 phút'], [B, 'khoảng 3 giờ']]],
  ['event_figure', [[A, '27 văn kiện'], [B, '25 văn kiện']]],
];
const sidesOf = (f: Finding) => f.sides.map((s) => [s.path, s.text] as [string, string]);
const key = (sides: [string, string][]) => JSON.stringify([...sides].sort());

describe('events and alignment on made-up coverage of one visit', () => {
  const r = runCli(['check', DIR, '--format', 'json']);
  const out = JSON.parse(r.stdout) as { events: { id: number; paths: string[]; entities: string[] }[]; findings: Finding[] };

  it('the two articles on the visit are one event; the forum months later is in none', () => {
    expect(out.events.map((e) => e.paths)).toEqual([[A, B]]);
    expect(out.events[0]?.entities).toEqual(expect.arrayContaining(['phần lan', 'trần minh khoa']));
  });

  it('finds the four facts written differently, and nothing else (exit 1)', () => {
    expect(r.status).toBe(1);
    expect(out.findings.map((f) => [f.kind, key(sidesOf(f))]).sort()).toEqual(WRITTEN.map(([k, s]) => [k, key(s)]).sort());
    for (const f of out.findings) {
      expect(f.agree).toBe(false);
      expect(f.event).toBe(0);
      expect(f.score).toBeGreaterThan(0.2);
      for (const s of f.sides) expect(s.sentence).toContain(s.text);
    }
  });

  it('each finding says why its sides were aligned; sorted by score', () => {
    const rank = out.findings.find((f) => f.sides.some((s) => s.text.startsWith('thứ 15')));
    expect(rank?.why?.words).toEqual(expect.arrayContaining(['lãnh thổ']));
    expect(rank?.why?.entities).toEqual(expect.arrayContaining(['phần lan']));
    const scores = out.findings.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('--min-score above every finding\'s score: none reported (exit 0); the look-alike article alone with one side: none', { timeout: 120_000 }, () => {
    const high = runCli(['check', DIR, '--min-score', '0.99', '--format', 'json']);
    expect(JSON.parse(high.stdout).findings).toEqual([]);
    expect(high.status).toBe(0);
    expect(runCli(['check', A, C, '--format', 'json']).status).toBe(0);
    expect(runCli(['check', DIR, '--min-score', '2']).status).toBe(2);
  });

  it('the table: --events lists the event and its articles; each finding with its score', { timeout: 120_000 }, () => {
    const t = runCli(['check', DIR, '--events', '--no-color']);
    expect(t.stdout).toContain('1 event compared');
    expect(t.stdout).toMatch(/event 0 · 2024-05-12 · .*phần lan/);
    expect(t.stdout).toContain('DISAGREE  one event, one period: giai đoạn');
    expect(t.stdout).toMatch(/score 0\.\d+ · event 0 · aligned by /);
    expect(t.stderr).toContain('4 disagreements');
    expect(t.stdout).not.toContain('4 disagreements');
  });

  it('every article given twice (a copy in another folder): the same findings, each side naming its copy', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'vnews-events-'));
    try {
      cpSync(DIR, join(tmp, 'copy'), { recursive: true });
      const twice = JSON.parse(runCli(['check', DIR, join(tmp, 'copy'), '--format', 'json']).stdout) as typeof out;
      // Each side is one case, quoted once under one of its paths, the other given as its copy.
      const asFixtures = (f: Finding) => key(f.sides.map((s) => [[s.path, ...(s.copies ?? [])].find((p) => p.startsWith(DIR)) as string, s.text]));
      expect(twice.findings.map(asFixtures)).toEqual(out.findings.map((f) => key(sidesOf(f))));
      for (const f of twice.findings) for (const s of f.sides) expect(s.copies).toHaveLength(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('shards checked apart and merged: the same events and findings', () => {
    const summarize = (paths: string[]) => {
      const s = emptyCheckSummary();
      for (const p of paths) addToCheck(s, readArticle(readFileSync(p, 'utf8'), p));
      return s;
    };
    const whole = summarize(inputs);
    const merged = mergeCheck(summarize([B]), JSON.parse(JSON.stringify(summarize([A, C]))));
    expect(findings(merged)).toEqual(findings(whole));
    expect(checkEvents(merged)).toEqual(checkEvents(whole));
  });
});

/** Headless Chromium, as the CI installs it (Debian's `chromium`). */
function chromium(args: string[], profile: string): string {
  return execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

describe('check --format html, opened in a real browser', () => {
  it('one self-contained page: each finding\'s sentences side by side, the figures marked, file:line on each', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'vnews-html-'));
    try {
      const page = join(tmp, 'report.html');
      const r = runCli(['--out', page, 'check', DIR, '--format', 'html']);
      expect(r.status).toBe(1);
      const html = readFileSync(page, 'utf8');
      // Self-contained: nothing fetched, no script.
      expect(html).not.toMatch(/<script|<link|\bsrc=|url\(/i);
      const dom = chromium(['--dump-dom', `file://${page}`], join(tmp, 'profile'));
      const findingsShown = dom.match(/<section class="finding disagree"/g) ?? [];
      expect(findingsShown).toHaveLength(4);
      expect(dom).toContain('<span id="count">4</span>');
      for (const [, sides] of WRITTEN) {
        for (const [path, text] of sides) {
          expect(dom).toContain(`<mark>${text}</mark>`);
          expect(dom).toContain(`<div class="where">${path}:`);
        }
      }
      // What it shows: a screenshot with the marked figures' yellow in it, and the sides side by side.
      const shot = join(tmp, 'shot.png');
      chromium([`--screenshot=${shot}`, '--window-size=1200,900', `file://${page}`], join(tmp, 'profile2'));
      expect(existsSync(shot)).toBe(true);
      const png = PNG.sync.read(readFileSync(shot));
      let yellow = 0;
      const rowsWithYellow = new Set<number>();
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          const [r8, g8, b8] = [png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number];
          if (r8 > 240 && g8 > 210 && g8 < 235 && b8 > 80 && b8 < 125) {
            yellow++;
            rowsWithYellow.add(Math.floor(y / 4));
          }
        }
      }
      expect(yellow).toBeGreaterThan(200);
      // Two sides of a finding on one row: yellow left and right of the middle on some line.
      let sideBySide = false;
      for (let y = 0; y < png.height && !sideBySide; y++) {
        let left = false;
        let right = false;
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if ((png.data[i] as number) > 240 && (png.data[i + 1] as number) > 210 && (png.data[i + 1] as number) < 235 && (png.data[i + 2] as number) < 125) {
            if (x < png.width / 2) left = true;
            else right = true;
          }
        }
        sideBySide = left && right;
      }
      expect(sideBySide).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a hostile line: `tăng 34,82% ` repeated (issue 15)', () => {
  it('52 KB with no sentence end: every figure read, each sentence quoted around its figure, in time', { timeout: 60_000 }, () => {
    const line = 'Năm 2024, Việt Nam tăng 34,82% '.repeat(1700);
    const s = emptyCheckSummary();
    const t0 = performance.now();
    addToCheck(s, readArticle(line, 'hostile.txt'));
    const ms = performance.now() - t0;
    const digest = Object.values(s.near.articles)[0];
    expect(digest?.figures.length).toBe(1700);
    // Quoted around the figure, not the whole line each time.
    expect(Math.max(...(digest?.sentences ?? []).map((x) => x.length))).toBeLessThan(700);
    expect(findings(s, { disagreementsOnly: true })).toEqual([]);
    // Not a timing test (the bench measures): a bound far above the linear time, far below the quadratic.
    expect(ms).toBeLessThan(30_000);
  });
});
