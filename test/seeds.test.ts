// The five seed articles against a careful reader's marks (fixtures/gold): every gold item found
// with its value, and nothing in the article body that the gold neither lists nor marks optional.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prf, scoreSeeds } from './support/gold.js';

const goldFiles = readdirSync('fixtures/gold').filter((f) => f.endsWith('.json')).sort().map((f) => join('fixtures/gold', f));
const report = scoreSeeds(goldFiles, (gf) => join('fixtures/seeds', `${basename(gf, '.json')}.txt`));

describe('seeds against gold', () => {
  it('has five gold files', () => expect(goldFiles).toHaveLength(5));
  for (const [kind, score] of Object.entries(report.byKind)) {
    it(`${kind}: all found, nothing extra`, () => {
      expect(score.problems).toEqual([]);
      expect(score.tp).toBeGreaterThan(0);
    });
    // The floor the project keeps while rules change for unseen articles (issue 16).
    it(`${kind}: F1 at least 0.95`, () => {
      expect(prf(score).f1).toBeGreaterThanOrEqual(0.95);
    });
  }
});
