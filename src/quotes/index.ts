// quotes: who said what. Direct quotations, interview speaker labels and reported speech, each
// with its speaker (an official of `extract` when it is one), its speech verb and file:line. Not
// an `extract` kind (SPEC.md names four): a reading of an Article, like the corpus commands'.
// The shapes of quotation in find.ts, speech cues in cues.ts, a verb's subject in attribution.ts,
// who a speaker is in speakers.ts; speech verbs and speaker words in lexicon.ts, examples in
// examples.ts, the types in quote.ts.
export { findQuotes } from './find.js';
export { quotePairs } from './cues.js';
export type { Quote, QuoteKind, QuoteOfficial, SpeakerKind } from './quote.js';
