// quotes: who said what. Direct quotations, interview speaker labels and reported speech, each
// with its speaker (an official of `extract` when it is one), its speech verb and file:line. Not
// an `extract` kind (SPEC.md names four): a reading of an Article, like the corpus commands'.
// Rules in rules.ts, speech verbs and speaker words in lexicon.ts, examples in examples.ts.
export { findQuotes, quotePairs, type Quote, type QuoteKind, type QuoteOfficial, type SpeakerKind } from './rules.js';
