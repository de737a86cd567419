// The shape of a kind's example corpus: positive examples with the entities they must yield,
// and negative examples that must yield nothing of that kind. One harness runs them all.

/** Input text, and the entities of this kind it must yield (only the fields given are compared). */
export type Positive<E> = readonly [input: string, expected: readonly E[]];

export interface ExampleCorpus<E> {
  positive: readonly Positive<E>[];
  negative: readonly string[];
}
