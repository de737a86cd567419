// What each command's partial file holds: the options its answer depends on and its mergeable
// state, as types. test/scripts/partial-schema.ts turns them into src/cli/partial-schema.ts (a
// JSON Schema), which `merge` checks every partial against before it folds it in; a test fails
// when the schema is not what these types give.
import type { OfficialsCommandOptions } from './commands/officials.js';
import type { ConferencesCommandOptions } from './commands/conferences.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { DedupeCommandOptions } from './commands/dedupe.js';
import type { KeywordsCommandOptions, KeywordsState, TfidfState } from './commands/keywords.js';
import type { NgramsOptions } from './commands/ngrams.js';
import type { WordListOptions } from './word-lists.js';
import type { CollocationsCommandOptions } from './commands/collocations.js';
import type { FiguresCommandOptions } from './commands/figures.js';
import type { OfficialsSummary } from '../corpus/officials.js';
import type { ConferencesSummary } from '../corpus/conferences.js';
import type { CheckSummary } from '../corpus/check/index.js';
import type { DedupeIndex } from '../corpus/dedupe.js';
import type { FreqSummary } from '../corpus/freq.js';
import type { NgramSummary } from '../corpus/ngrams.js';
import type { CollocationSummary } from '../corpus/collocations.js';
import type { FigureInContext } from '../corpus/article.js';

/** The options a partial keeps: all but those partialOptions leaves out. */
type Kept<O> = Omit<O, 'color' | 'jobs' | 'partial' | 'progress' | 'encoding'>;

/** A command's partial: its name, the options it was run with, and its state. */
interface PartialOf<C extends string, O, S> {
  vnews_partial: 1;
  command: C;
  options: Kept<O>;
  /** Inputs read. */
  inputs: number;
  errors: { path: string; message: string }[];
  state: S;
}

export type OfficialsPartial = PartialOf<'officials', OfficialsCommandOptions, OfficialsSummary>;
export type ConferencesPartial = PartialOf<'conferences', ConferencesCommandOptions, ConferencesSummary>;
export type CheckPartial = PartialOf<'check', CheckCommandOptions, CheckSummary>;
export type DedupePartial = PartialOf<'dedupe', DedupeCommandOptions, DedupeIndex>;
export type FreqPartial = PartialOf<'freq', WordListOptions, FreqSummary>;
export type NgramsPartial = PartialOf<'ngrams', NgramsOptions, NgramSummary>;
export type KeywordsPartial = PartialOf<'keywords', KeywordsCommandOptions, KeywordsState | TfidfState>;
export type CollocationsPartial = PartialOf<'collocations', CollocationsCommandOptions & { word: string }, CollocationSummary>;
/** A figures partial keeps each input's figures or error, in order (run.ts's StreamEvent). */
export type FiguresPartial = PartialOf<'figures', FiguresCommandOptions, ({ path: string; value: FigureInContext[] } | { path: string; error: string })[]>;
