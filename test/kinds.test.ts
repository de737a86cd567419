// One harness for every kind's example corpus (src/kinds/*/examples.ts): positive examples
// yield exactly the entities listed, negatives yield nothing of that kind.
import { describe, expect, it } from 'vitest';
import { extract, type Kind } from '../src/index.js';
import type { ExampleCorpus } from '../src/kinds/examples.js';
import { examples as officials } from '../src/kinds/officials/examples.js';
import { examples as conferences } from '../src/kinds/conferences/examples.js';
import { examples as dates } from '../src/kinds/dates/examples.js';
import { examples as figures } from '../src/kinds/figures/examples.js';

const corpora: Record<Kind, ExampleCorpus<Record<string, unknown>>> = { officials, conferences, dates, figures };

/** Keep only the fields the example names, so examples state what matters. */
function pick(entity: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((k) => [k, entity[k]]));
}

for (const [kind, corpus] of Object.entries(corpora) as [Kind, ExampleCorpus<Record<string, unknown>>][]) {
  describe(kind, () => {
    it.each(corpus.positive.map(([input, expected]) => ({ input, expected })))('finds $input', ({ input, expected }) => {
      const found = extract(input, { only: [kind] })[kind] as unknown as Record<string, unknown>[];
      expect(found.map((e, i) => pick(e, expected[i] ?? e))).toEqual(expected);
    });
    it.each(corpus.negative.map((input) => ({ input })))('finds nothing in $input', ({ input }) => {
      expect(extract(input, { only: [kind] })[kind]).toEqual([]);
    });
  });
}
