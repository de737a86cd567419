// `vnews check` and its parts: what counts as the same number, the same day and the same claim,
// and on the fixtures, copies of seed articles with one fact changed, each found and nothing else.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/corpus/article.js';
import { addToCheck, emptyCheckSummary, findings, mergeCheck, mergeCheckInto, sameDay, sameNumber, type CheckSide, type CheckSummary, type Finding } from '../src/corpus/check/index.js';
import { articleDate, claimOf } from '../src/corpus/claims.js';
import { runCli } from './support/cli.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));
const SEED_000 = 'fixtures/seeds/000_dcd3b87138fbd1a3.txt';
const SEED_002 = 'fixtures/seeds/002_021c48eba725d1ab.txt';

/** A figure side from its text, as `extract` reads it. */
function figure(text: string): CheckSide {
  const doc = readArticle(`Có ${text}.`, '-', ['figures']).doc;
  const f = doc.figures[0];
  if (!f) throw new Error(`no figure in ${text}`);
  return { path: '-', line: 1, text: f.text, value: f.value, ...(f.value_max !== undefined ? { value_max: f.value_max } : {}), ...(f.qualifier ? { qualifier: f.qualifier } : {}), sentence: '' };
}

describe('sameNumber: can two figures state the same number?', () => {
  const same: [string, string][] = [
    ['300 đại biểu', '300 đại biểu'],
    ['3.150.723.000 USD', '3.150.723.000 USD'], // a large number is still equal to itself
    ['hơn 21 nghìn tỷ đồng', 'hơn 21 nghìn tỷ đồng'],
    ['558 triệu USD', '557,6 triệu USD'], // each as finely as written
    ['34,82%', '34,8%'],
    ['hơn 1.600 dự án', '1615 dự án'], // one qualified: `hơn 1.600` is 1.600 to 1.700
    ['khoảng 20%', 'gần 20%'], // both qualified: the numbers written are compared
    ['600 - 800 triệu USD', '700 triệu USD'],
  ];
  const different: [string, string][] = [
    ['27 nước', '28 nước'],
    ['hơn 300 đại biểu', 'hơn 350 đại biểu'],
    ['hơn 90 triệu người', 'hơn 92 triệu người'],
    ['hơn 1.600 dự án', '1715 dự án'],
    ['5,5 tỷ USD', '5,4 tỷ USD'],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => expect([sameNumber(figure(a), figure(b)), sameNumber(figure(b), figure(a))]).toEqual([true, true]));
  for (const [a, b] of different) it(`${a} ≠ ${b}`, () => expect([sameNumber(figure(a), figure(b)), sameNumber(figure(b), figure(a))]).toEqual([false, false]));
});

describe('sameDay: can two dates name the same day?', () => {
  const cases: [string, string, number, boolean][] = [
    ['--12-13', '2023-12-13', 0, true], // a missing year matches any
    ['--12-13', '--12-14', 0, false],
    ['--05-20', '--05-20/--05-21', 0, true],
    ['2017-05-22', '2016-05-22', 0, false],
    ['--06-05', '--05-22', 45, true], // a session of weeks
    ['--06-05', '--05-22', 10, false],
  ];
  for (const [a, b, slack, expected] of cases) it(`${a} ~ ${b} within ${slack} days: ${expected}`, () => expect([sameDay(a, b, slack), sameDay(b, a, slack)]).toEqual([expected, expected]));
});

describe('claims: the key a figure is compared by', () => {
  const claimIn = (text: string, figureText: string) => {
    const article = readArticle(text, '-');
    const f = article.doc.figures.find((x) => x.text === figureText);
    if (!f) throw new Error(`no figure ${figureText}`);
    return claimOf(article, f, []);
  };
  const positive: [string, string, { unit: string; subject: string[]; measure: string; time: string }][] = [
    [
      'Năm 2016, kim ngạch thương mại Việt Nam - Nhật Bản đạt 30 tỷ USD.',
      '30 tỷ USD',
      { unit: 'usd', subject: ['việt nam', 'nhật bản'], measure: 'kim ngạch thương mại', time: '2016' },
    ],
    [
      'Thứ trưởng Bùi Thanh Sơn cho biết Việt Nam đã thiết lập quan hệ đối tác toàn diện với 27 nước vào năm 2017.',
      '27 nước',
      { unit: 'nước', subject: ['bùi thanh sơn', 'việt nam'], measure: 'đối tác toàn diện', time: '2017' },
    ],
  ];
  for (const [text, fig, expected] of positive) {
    it(`${fig} in “${text}”`, () => expect(claimIn(text, fig)).toMatchObject(expected));
  }
  const negative: [string, string, string][] = [
    ['Năm 2016, tỉnh đã thu hút 558 triệu USD vốn FDI.', '558 triệu USD', 'names no subject'],
    ['Năm 2016, thương mại Việt Nam - Lào (tăng 7,9%) tiếp tục phát triển.', '7,9%', 'a direction alone says too little'],
    ['Việt Nam có 300 dự án.', '300 dự án', 'no time known'],
  ];
  for (const [text, fig, why] of negative) it(`none for ${fig}: ${why}`, () => expect(claimIn(text, fig)).toBeUndefined());

  it('an article is dated by its first day in the year its dates name most', () => {
    expect(articleDate(readArticle('Ngày 21/8, năm 2013 hội nghị diễn ra. Năm 2013 là năm bản lề.', '-'))).toBe('2013-08-21');
    expect(articleDate(readArticle('Không có ngày tháng.', '-'))).toBeUndefined();
  });
});

/** What each copy of a seed changed, and the one disagreement check must find. */
const CHANGED: { file: string; kind: Finding['kind']; subject: string; sides: [string, number | string][] }[] = [
  {
    file: 'fixtures/check/002_count_changed.txt',
    kind: 'conference_count',
    subject: 'Hội nghị Ngoại vụ toàn quốc 20 · đại biểu',
    sides: [['fixtures/check/002_count_changed.txt', 350], [SEED_000, 300], [SEED_002, 300]],
  },
  {
    file: 'fixtures/check/002_date_changed.txt',
    kind: 'conference_date',
    subject: 'Hội nghị Ngoại vụ toàn quốc 20',
    sides: [['fixtures/check/002_date_changed.txt', '--12-14'], [SEED_002, '--12-13']],
  },
  {
    file: 'fixtures/check/001_title_changed.txt',
    kind: 'official_title',
    subject: 'Lê Hoài Trung · 2013-08-21',
    sides: [['fixtures/check/001_title_changed.txt', 'Bộ trưởng'], ['fixtures/seeds/001_b75d1dc0e5a8a592.txt', 'Thứ trưởng']],
  },
  {
    file: 'fixtures/check/004_claim_changed.txt',
    kind: 'claim',
    subject: 'bùi thanh sơn, việt nam · đối tác toàn diện nước · 2017',
    sides: [['fixtures/check/004_claim_changed.txt', 28], ['fixtures/seeds/004_8edc742d7bef5736.txt', 27]],
  },
  {
    file: 'fixtures/check/003_figure_changed.txt',
    kind: 'near_duplicate',
    subject: 'fixtures/check/003_figure_changed.txt ~ fixtures/seeds/003_e1e8b47241fbfe42.txt · usd',
    sides: [['fixtures/check/003_figure_changed.txt', 585e6], ['fixtures/seeds/003_e1e8b47241fbfe42.txt', 558e6]],
  },
];

describe('vnews check on the fixtures', () => {
  it('the seeds alone: nothing disagrees (exit 0); with --all, 000 and 002 agree on hơn 300 đại biểu at the 20th Hội nghị Ngoại vụ', () => {
    const quiet = runCli(['check', 'fixtures/seeds', '--format', 'json']);
    expect(quiet.status).toBe(0);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
    const all = runCli(['check', 'fixtures/seeds', '--all', '--format', 'json']);
    const found = JSON.parse(all.stdout).findings as Finding[];
    const delegates = found.find((f) => f.kind === 'conference_count' && f.subject === 'Hội nghị Ngoại vụ toàn quốc 20 · đại biểu');
    expect(delegates?.agree).toBe(true);
    expect(delegates?.sides.map((s) => [s.path, s.line, s.text])).toEqual([
      [SEED_000, 1, 'hơn 300 đại biểu'],
      [SEED_002, 3, 'hơn 300 đại biểu'],
    ]);
    expect(found.every((f) => f.agree)).toBe(true);
  });

  it('every article given twice (a copy in another folder): nothing disagrees with itself', () => {
    const copy = mkdtempSync(join(tmpdir(), 'vnews-check-'));
    try {
      cpSync('fixtures/seeds', copy, { recursive: true });
      const r = runCli(['check', 'fixtures/seeds', copy, '--format', 'json']);
      expect(JSON.parse(r.stdout).findings).toEqual([]);
      expect(r.status).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  for (const c of CHANGED) {
    it(`${c.file}: finds exactly the ${c.kind} that was changed (exit 1)`, () => {
      const r = runCli(['check', 'fixtures/seeds', c.file, '--format', 'json']);
      expect(r.status).toBe(1);
      const found = JSON.parse(r.stdout).findings as Finding[];
      expect(found).toHaveLength(1);
      const f = found[0] as Finding;
      expect([f.kind, f.agree, f.subject]).toEqual([c.kind, false, c.subject]);
      expect(f.sides.map((s) => [s.path, s.value])).toEqual(c.sides);
      for (const s of f.sides) expect(s.sentence).toContain(s.text);
    });
  }

  it('all the changed copies together: each change found, and nothing else', () => {
    const r = runCli(['check', 'fixtures/seeds', 'fixtures/check', '--format', 'ndjson']);
    expect(r.status).toBe(1);
    const found = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Finding);
    expect(found.map((f) => f.kind).sort()).toEqual(CHANGED.map((c) => c.kind).sort());
  });

  it('a table for people, and --kind keeps one kind', () => {
    const r = runCli(['check', 'fixtures/seeds', 'fixtures/check/002_count_changed.txt', '--kind', 'conference_count']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('DISAGREE  count at a conference: Hội nghị Ngoại vụ toàn quốc 20 · đại biểu');
    expect(r.stderr).toContain('1 disagreement');
    expect(r.stdout).not.toContain('1 disagreement');
    const none = runCli(['check', 'fixtures/seeds', 'fixtures/check/002_count_changed.txt', '--kind', 'claim']);
    expect(none.status).toBe(0);
    expect(runCli(['check', '--kind', 'nonsense', 'fixtures/seeds']).status).toBe(2);
  });

  it('an input that cannot be read: reported, the rest checked, exit 2', () => {
    const r = runCli(['check', 'fixtures/seeds', 'fixtures/check/002_count_changed.txt', 'no/such/file.txt', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vnews: no\/such\/file\.txt: /m);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toHaveLength(1);
    expect(out.errors).toEqual([{ path: 'no/such/file.txt', message: expect.any(String) }]);
  });

  it('near-duplicates\' agreements are worked out only when asked for; the disagreements are the same either way', () => {
    const s = emptyCheckSummary();
    for (const p of [...seeds, ...CHANGED.map((c) => c.file)]) addToCheck(s, readArticle(readFileSync(p, 'utf8'), p));
    const all = findings(s);
    const lean = findings(s, { agreements: false });
    expect(all.some((f) => f.kind === 'near_duplicate' && f.agree)).toBe(true);
    expect(lean.some((f) => f.kind === 'near_duplicate' && f.agree)).toBe(false);
    expect(lean.filter((f) => !f.agree)).toEqual(all.filter((f) => !f.agree));
  });

  it('shards checked apart and merged give the same findings', () => {
    const inputs = [...seeds, ...CHANGED.map((c) => c.file)];
    const summarize = (paths: string[]) => {
      const s = emptyCheckSummary();
      for (const p of paths) addToCheck(s, readArticle(readFileSync(p, 'utf8'), p));
      return s;
    };
    const whole = findings(summarize(inputs));
    const a = summarize(inputs.slice(0, 4));
    const b = summarize(inputs.slice(4));
    expect(findings(mergeCheck(a, b))).toEqual(whole);
    expect(findings(mergeCheck(b, a))).toEqual(whole);
  });

  describe('the summary: plain JSON, merged in either order, for any split', () => {
    const inputs = [...readdirSync('fixtures/check').sort().map((f) => join('fixtures/check', f)), ...seeds];
    const articles = new Map(inputs.map((p) => [p, readArticle(readFileSync(p, 'utf8'), p)]));
    const summarize = (paths: readonly string[]) => {
      const s = emptyCheckSummary();
      for (const p of paths) addToCheck(s, articles.get(p) as ReturnType<typeof readArticle>);
      return s;
    };
    const viaJson = (s: CheckSummary) => JSON.parse(JSON.stringify(s)) as CheckSummary;
    const whole = summarize(inputs);
    const all = findings(whole);
    const lean = findings(whole, { agreements: false });

    it('finds something to compare on the fixtures (each kind, agreements and not)', () => {
      // The seeds 000, 002 and 003 report one conference: their periods of years are aligned, and agree.
      expect(new Set(all.map((f) => f.kind))).toEqual(new Set(['conference_date', 'conference_count', 'official_title', 'claim', 'near_duplicate', 'event_period']));
      expect(all.filter((f) => f.kind === 'event_period').every((f) => f.agree)).toBe(true);
      expect(all.some((f) => f.agree) && all.some((f) => !f.agree)).toBe(true);
    });

    it('disagreementsOnly: the disagreements, and no agreement built', () => {
      const only = findings(whole, { disagreementsOnly: true });
      expect(only.length).toBeGreaterThan(0);
      expect(only).toEqual(all.filter((f) => !f.agree));
      expect(findings(whole, { agreements: false, disagreementsOnly: true })).toEqual(only);
    });

    it('a JSON round trip gives an equal summary with the same findings', () => {
      const copy = viaJson(whole);
      expect(copy).toEqual(whole);
      expect(findings(copy)).toEqual(all);
      expect(findings(copy, { agreements: false })).toEqual(lean);
    });

    // Every split into a prefix and the rest, and the odd and even inputs.
    const splits: [string, string[], string[]][] = inputs.map((_, k) => [`first ${k}`, inputs.slice(0, k), inputs.slice(k)]);
    splits.push(['odd and even', inputs.filter((_, i) => i % 2 === 1), inputs.filter((_, i) => i % 2 === 0)]);
    for (const [name, left, right] of splits) {
      it(`split ${name} / the rest: merged, in either order and through JSON, the same findings`, () => {
        const [a, b] = [summarize(left), summarize(right)];
        for (const merged of [mergeCheck(a, b), mergeCheck(b, a), mergeCheck(viaJson(b), viaJson(a))]) {
          expect(findings(merged)).toEqual(all);
          expect(findings(merged, { agreements: false })).toEqual(lean);
        }
      });
    }

    it('mergeCheck changes neither summary', () => {
      const [a, b] = [summarize(inputs.slice(0, 5)), summarize(inputs.slice(5))];
      const [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
      mergeCheck(a, b);
      expect([JSON.stringify(a), JSON.stringify(b)]).toEqual([ja, jb]);
    });

    it('mergeCheckInto folds one-article summaries (through JSON, as from workers) one after another into the same findings', () => {
      const running = emptyCheckSummary();
      for (const p of [...inputs].reverse()) mergeCheckInto(running, viaJson(summarize([p])));
      expect(findings(running)).toEqual(all);
      expect(findings(viaJson(running), { agreements: false })).toEqual(lean);
    });

    it('copies of an article under other paths keep one digest, and are each reported', () => {
      const copies = summarize(inputs);
      for (const p of inputs) addToCheck(copies, readArticle(readFileSync(p, 'utf8'), `copy/${p}`));
      expect(Object.keys(copies.near.paths)).toHaveLength(2 * inputs.length);
      expect(Object.keys(copies.near.articles)).toHaveLength(Object.keys(whole.near.articles).length);
      // A copy's statements under a claim are its original's, kept once.
      const claim = Object.values(copies.claims).find((e) => e.articles[SEED_000] !== undefined);
      expect(claim?.articles[`copy/${SEED_000}`]).toBe(claim?.articles[SEED_000]);
      const found = findings(copies);
      // Each copy agrees with its original on every figure.
      expect(found.some((f) => f.kind === 'near_duplicate' && f.agree && f.key === `copy/${SEED_000} ~ ${SEED_000}`)).toBe(true);
      // Each disagreement between near-duplicates is found for the copies too.
      const near = lean.filter((f) => f.kind === 'near_duplicate');
      expect(near.length).toBeGreaterThan(0);
      const again = findings(copies, { agreements: false }).filter((f) => f.kind === 'near_duplicate');
      expect(again.length).toBe(4 * near.length);
    });
  });
});

