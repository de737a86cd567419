// Issue 21: the frictions a new user met on a first day, each shown by what the command does
// on the fixtures (the item numbers are the issue's).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePattern, dispersion, kwic } from '../src/corpus/concordance.js';
import { addArticleCollocations, emptyCollocations } from '../src/corpus/collocations.js';
import { addDocument, officialsAcross, type OfficialsSummary } from '../src/corpus/officials.js';
import { extract } from '../src/extract.js';
import { runCli } from './support/cli.js';

const SEED_000 = 'fixtures/seeds/000_dcd3b87138fbd1a3.txt';
const SEED_001 = 'fixtures/seeds/001_b75d1dc0e5a8a592.txt';
const seed000 = readFileSync(SEED_000, 'utf8');

describe('1. numbers and words with digits in a pattern', () => {
  // grep -c 'lần thứ 20' fixtures/seeds/000_*.txt: twice (lines 1 and 3); `lần thứ` alone 4 times.
  it('kwic: a number in a phrase counts (lần thứ 20, not every lần thứ)', () => {
    const hits = kwic(seed000, SEED_000, compilePattern('lần thứ 20'));
    expect(hits.map((h) => h.match)).toEqual(['lần thứ 20', 'lần thứ 20']);
    expect(kwic(seed000, SEED_000, compilePattern('lần thứ 21'))).toEqual([]);
  });

  it('kwic: Covid-19 as one pattern, though the text segments it Covid + - + 19', () => {
    const hits = kwic(seed000, SEED_000, compilePattern('Covid-19'));
    expect(hits.map((h) => h.match)).toEqual(['Covid-19']);
    expect(kwic('APEC 2016 ở Peru, APEC 2017 ở Đà Nẵng.', 'a.txt', compilePattern('APEC 2017')).map((h) => h.start)).toEqual([18]);
  });

  it('plot and collocations find the same', () => {
    expect(dispersion(seed000, SEED_000, compilePattern('Covid-19')).hits).toHaveLength(1);
    const summary = emptyCollocations(['apec', '2017']);
    addArticleCollocations(summary, 'APEC 2016 ở Peru, APEC 2017 ở Đà Nẵng.', compilePattern('APEC 2017'));
    expect(summary.nodes).toBe(1);
  });

  it('the command: kwic Covid-19 exits 0 with its hit; a pattern of punctuation alone is refused', () => {
    const r = runCli(['kwic', 'Covid-19', SEED_000, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const bad = runCli(['kwic', '--', '-', SEED_000]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/holds no word or number/);
  });
});

describe('11. a pattern without diacritics matches without them', () => {
  it('kwic hoi nghi finds Hội nghị (8 times, as `Hội nghị` does); hội nghi with a mark is matched exactly', () => {
    expect(kwic(seed000, SEED_000, compilePattern('hoi nghi'))).toHaveLength(8);
    expect(kwic(seed000, SEED_000, compilePattern('Hội nghị'))).toHaveLength(8);
    expect(kwic(seed000, SEED_000, compilePattern('hội nghi'))).toHaveLength(0);
  });

  it('officials --name le hoai trung finds Lê Hoài Trung', () => {
    const summary: OfficialsSummary = {};
    addDocument(summary, extract(readFileSync(SEED_001, 'utf8'), { path: SEED_001 }));
    const withMarks = officialsAcross(summary, 'Lê Hoài Trung').map((p) => p.name);
    expect(withMarks.length).toBeGreaterThan(0);
    expect(officialsAcross(summary, 'le hoai trung').map((p) => p.name)).toEqual(withMarks);
    expect(officialsAcross(summary, 'lê hoai trung').map((p) => p.name)).toEqual([]);
  });
});
