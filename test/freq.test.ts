// `vnews freq`, `ngrams` and `keywords`: counts checked by hand against `vnews segment` of the
// seeds (grep over its output: words are joined by `_`, one token per space), the arithmetic of
// per million, log-likelihood and log ratio worked out in the comments, and the summaries' merge.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import { articleRuns, articleWords, stopwords, type CorpusWord } from '../src/corpus/words.js';
import { addFreq, freqSummary, mergeFreq, wordFrequencies, type FreqSummary } from '../src/corpus/freq.js';
import { addNgrams, mergeNgrams, ngramFrequencies, ngramSummary } from '../src/corpus/ngrams.js';
import { DocumentKeywords, keywords, logLikelihood, logRatio } from '../src/corpus/keywords.js';
import { runCli } from './support/cli.js';

const seeds = readdirSync('fixtures/seeds').sort().map((f) => join('fixtures/seeds', f));
const text = (p: string) => readFileSync(p, 'utf8');

function freqOf(paths: string[]): FreqSummary {
  const s = freqSummary();
  for (const p of paths) addFreq(s, articleWords(text(p)));
  return s;
}

function ngramsOf(paths: string[], sizes: number[]) {
  const s = ngramSummary();
  for (const p of paths) addNgrams(s, articleRuns(text(p)), sizes);
  return s;
}

/** Words for a made-up corpus: `{ a: 10, x: 90 }` → ten `a`, ninety `x`. */
function madeUp(countsByWord: Record<string, number>): CorpusWord[] {
  return Object.entries(countsByWord).flatMap(([w, n]) => Array.from({ length: n }, () => ({ text: w, key: w, start: 0, end: 0, line: 1 })));
}

describe('freq', () => {
  // `vnews segment fixtures/seeds/000_*.txt | tr ' ' '\n' | grep -ci '^ngoại_giao$'` → 7 (5 `Ngoại_giao`, 2 `ngoại_giao`);
  // `grep -ci '^hội_nghị$'` → 8; tokens with a letter (`grep -c '[[:alpha:]]'`) → 793.
  const seed0 = wordFrequencies(freqOf([seeds[0] as string]));
  const row = (rows: typeof seed0, key: string) => rows.find((r) => r.key === key);

  it('counts a word in one seed by its folded key, shown in its commonest written form', () => {
    expect(row(seed0, 'ngoại giao')).toEqual({ word: 'Ngoại giao', key: 'ngoại giao', count: 7, per_million: 8827.24, documents: 1 });
    expect(row(seed0, 'hội nghị')).toMatchObject({ word: 'Hội nghị', count: 8 });
  });

  it('per million words: 7 / 793 × 1,000,000 = 8827.238… → 8827.24', () => {
    expect(freqOf([seeds[0] as string]).words).toBe(793);
    expect(row(seed0, 'ngoại giao')?.per_million).toBe(Math.round((7 / 793) * 1e8) / 100);
  });

  it('document frequency across the five seeds: `hội nghị` in four (seed 004 has none), 8+9+9+10 = 36 times', () => {
    const all = wordFrequencies(freqOf(seeds));
    expect(row(all, 'hội nghị')).toMatchObject({ count: 36, documents: 4 });
    // `ngoại giao`: 7 + 12 + 6 + 27 + 25 (seed 003's `đoàn ngoại giao` is one word); words: 793 + 783 + 656 + 1134 + 728 = 4094.
    expect(row(all, 'ngoại giao')).toMatchObject({ count: 77, documents: 5, per_million: 18808.01 });
  });

  it('sorted by count, then key; --min and --top', () => {
    const all = wordFrequencies(freqOf(seeds));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.count > b.count || (a.count === b.count && a.key < b.key)).toBe(true);
    }
    expect(wordFrequencies(freqOf(seeds), { min: 36 }).every((r) => r.count >= 36)).toBe(true);
    expect(wordFrequencies(freqOf(seeds), { top: 3 }).map((r) => r.key)).toEqual(['các', 'địa phương', 'và']);
  });

  it('stopwords leave `của` out (vntk and stopwords-iso both list it), and do not change the per-million base', () => {
    expect(row(seed0, 'của')?.count).toBe(25); // grep -o 'của' → 25 (vntk joins one into `công của`: 24)
    const withoutVntk = wordFrequencies(freqOf([seeds[0] as string]), { stopwords: stopwords('vntk') });
    expect(row(withoutVntk, 'của')).toBeUndefined();
    expect(row(withoutVntk, 'ngoại giao')?.per_million).toBe(8827.24);
    expect(row(wordFrequencies(freqOf(seeds), { stopwords: stopwords('iso') }), 'của')).toBeUndefined();
  });

  it('shards merge to the same summary as one run', () => {
    const merged = mergeFreq(freqOf(seeds.slice(0, 2)), freqOf(seeds.slice(2)));
    expect(JSON.parse(JSON.stringify(merged))).toEqual(JSON.parse(JSON.stringify(freqOf(seeds))));
    expect(wordFrequencies(merged)).toEqual(wordFrequencies(freqOf(seeds)));
  });
});

describe('ngrams', () => {
  const bigrams = ngramFrequencies(ngramsOf([seeds[0] as string], [2]));
  const count = (rows: typeof bigrams, ngram: string) => rows.find((r) => r.ngram === ngram)?.count ?? 0;

  it('counts bigrams of words, checked by eye (grep -oi over `vnews segment`)', () => {
    expect(count(bigrams, 'bộ ngoại giao')).toBe(4); // lines 1, 2, 10 (twice)
    expect(count(bigrams, 'các địa phương')).toBe(14); // grep -oi 'các địa_phương' | wc -l
    expect(count(bigrams, 'công tác đối ngoại')).toBe(9);
    expect(bigrams.find((r) => r.ngram === 'bộ ngoại giao')).toMatchObject({ words: ['bộ', 'ngoại giao'], n: 2, documents: 1 });
  });

  it('never joins words across a line break or punctuation', () => {
    // Line 2 ends `… Bùi Thanh_Sơn`, line 3 starts `Phát_biểu …`; line 1 has `các ban , bộ ngành`.
    expect(count(bigrams, 'thanh sơn phát biểu')).toBe(0);
    expect(count(bigrams, 'ban bộ')).toBe(0);
  });

  it('2..3 gives both sizes; document counts across seeds; stopwords drop n-grams that start or end with one', () => {
    const both = ngramFrequencies(ngramsOf(seeds, [2, 3]));
    expect(new Set(both.map((r) => r.n))).toEqual(new Set([2, 3]));
    expect(both.find((r) => r.ngram === 'bộ ngoại giao')).toMatchObject({ count: 39, documents: 5 });
    const stop = ngramFrequencies(ngramsOf(seeds, [2, 3]), { stopwords: stopwords('vntk') });
    expect(stop.some((r) => r.words[0] === 'các' || r.words.at(-1) === 'của')).toBe(false);
    expect(stop.find((r) => r.ngram === 'bộ ngoại giao')?.count).toBe(39);
  });

  it('shards merge to the same answer', () => {
    const merged = mergeNgrams(ngramsOf(seeds.slice(0, 3), [2, 3]), ngramsOf(seeds.slice(3), [2, 3]));
    expect(ngramFrequencies(merged)).toEqual(ngramFrequencies(ngramsOf(seeds, [2, 3])));
  });
});

describe('keywords', () => {
  it('log-likelihood and log ratio of a 2×2 table worked by hand', () => {
    // `a` 10 times in a target of 100 words, 5 times in a reference of 200:
    // E1 = 100 × 15 / 300 = 5, E2 = 200 × 15 / 300 = 10;
    // G2 = 2 (10 ln(10/5) + 5 ln(5/10)) = 2 (10 − 5) ln 2 = 10 ln 2 = 6.9315;
    // log ratio = log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2 4 = 2.
    expect(logLikelihood(10, 5, 100, 200)).toBeCloseTo(10 * Math.LN2, 10);
    expect(logRatio(10, 5, 100, 200)).toBeCloseTo(2, 10);
    // Absent from the reference: E1 = 2.5, G2 = 2 × 5 ln(5/2.5) = 10 ln 2; log ratio with 0 → 0.5: log2(5/0.5) = log2 10.
    expect(logLikelihood(5, 0, 100, 100)).toBeCloseTo(10 * Math.LN2, 10);
    expect(logRatio(5, 0, 100, 100)).toBeCloseTo(Math.log2(10), 10);
  });

  it('positive and negative keywords of a made-up pair of corpora', () => {
    const target = freqSummary();
    addFreq(target, madeUp({ a: 10, x: 90 }));
    const reference = freqSummary();
    addFreq(reference, madeUp({ a: 5, y: 195 }));
    const rows = keywords(target, reference, { min: 1 });
    expect(rows.find((r) => r.key === 'a')).toEqual({
      word: 'a', key: 'a', keyness: 'positive', count: 10, reference_count: 5,
      per_million: 100000, reference_per_million: 25000, log_likelihood: 6.93, log_ratio: 2,
    });
    expect(rows.map((r) => [r.key, r.keyness])).toEqual([['x', 'positive'], ['a', 'positive'], ['y', 'negative']]);
    // Below 3.84 (p ≥ 0.05) a word is left out: 2 in 100 against 1 in 200 has G2 ≈ 1.39.
    const weak = freqSummary();
    addFreq(weak, madeUp({ a: 2, x: 98 }));
    expect(keywords(weak, reference, { min: 1 }).find((r) => r.key === 'a')).toBeUndefined();
  });

  it('per-document TF-IDF: natural\'s tf × (1 + ln(documents / (1 + documents with the word)))', () => {
    const docs = new DocumentKeywords();
    const all = freqOf(seeds);
    for (const p of seeds) docs.add(p, freqOf([p]).counts);
    const rows = docs.list(all.forms, { top: 3 });
    expect(rows.length).toBe(15);
    expect(rows.slice(0, 3).map((r) => r.rank)).toEqual([1, 2, 3]);
    // `các`: 35 times in seed 000, in all five seeds: 35 × (1 + ln(5/6)) = 28.6187.
    expect(rows[0]).toMatchObject({ path: seeds[0], word: 'các', count: 35, tf_idf: 28.6187 });
  });
});

describe('the CLI', () => {
  it('freq: JSON with totals, CSV with a header; exit 2 when an input fails, and the run goes on', () => {
    const json = JSON.parse(runCli(['freq', '--json', '--top', '2', 'fixtures/seeds']).stdout) as { total_words: number; documents: number; words: unknown[] };
    expect(json).toMatchObject({ total_words: 4094, documents: 5 });
    expect(json.words).toHaveLength(2);
    const csv = runCli(['freq', '--format', 'csv', '--top', '1', 'fixtures/seeds', 'no/such.txt']);
    expect(csv.status).toBe(2);
    expect(csv.stdout).toBe('word,key,count,per_million,documents\r\ncác,các,181,44211.04,5\r\n');
    // --segmenter vntk: vntk's words (4,134 of them).
    expect(JSON.parse(runCli(['freq', '--segmenter', 'vntk', '--json', '--top', '2', 'fixtures/seeds']).stdout)).toMatchObject({ total_words: 4134, documents: 5 });
  });

  it('ngrams -n 2..3 as ndjson; bad -n, keywords without --reference: usage errors, exit 2 (no -n is -n 2)', () => {
    const r = runCli(['ngrams', '-n', '2..3', '--min', '20', '--stopwords', 'vntk', '--format', 'ndjson', 'fixtures/seeds']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0] as string)).toMatchObject({ ngram: 'bộ ngoại giao', count: 39, documents: 5 });
    expect(runCli(['ngrams', '-n', '5..2', 'fixtures/seeds']).status).toBe(2);
    expect(runCli(['ngrams', '--top', '1', 'fixtures/seeds']).status).toBe(0);
    expect(runCli(['freq', '--top', 'x', 'fixtures/seeds']).status).toBe(2);
    expect(runCli(['keywords', 'fixtures/seeds']).status).toBe(2);
  });

  it('keywords against a reference: positive then negative, the table marks which', () => {
    const r = runCli(['keywords', ...seeds.slice(0, 2), ...seeds.slice(2).flatMap((s) => ['--reference', s]), '--top', '2', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { keywords: { keyness: string }[]; target: { words: number } };
    expect(out.target.words).toBe(793 + 783);
    expect(out.keywords.map((k) => k.keyness)).toEqual(['positive', 'positive', 'negative', 'negative']);
    const table = runCli(['keywords', ...seeds.slice(0, 2), ...seeds.slice(2).flatMap((s) => ['--reference', s]), '--top', '1']);
    expect(table.stdout).toMatch(/│ Sở +│ \+ /);
    expect(table.stderr).toMatch(/1 positive, 1 negative/);
  });
});

describe('JSON rows against their exported types', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = (file: string, type: string, rows: unknown[]) => {
    const schema = createGenerator({ path: file, tsconfig: 'tsconfig.json', type, skipTypeCheck: true }).createSchema(type);
    const validate = ajv.compile(schema);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(validate(row) ? [] : validate.errors).toEqual([]);
  };
  const ndjson = (args: string[]) => runCli([...args, '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);

  it('freq, ngrams, keywords and --tfidf rows', () => {
    check('src/corpus/freq.ts', 'WordFrequency', ndjson(['freq', '--top', '5', 'fixtures/seeds']));
    check('src/corpus/ngrams.ts', 'NgramFrequency', ndjson(['ngrams', '-n', '2..3', '--top', '5', 'fixtures/seeds']));
    check('src/corpus/keywords.ts', 'Keyword', ndjson(['keywords', ...seeds.slice(0, 2), '--top', '3', ...seeds.slice(2).flatMap((s) => ['--reference', s])]));
    check('src/corpus/keywords.ts', 'DocumentKeyword', ndjson(['keywords', '--tfidf', '--top', '2', 'fixtures/seeds']));
  });
});
