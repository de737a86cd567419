// The types of `vnews check`: its findings, their sides, and the mergeable summary (plain JSON)
// every kind of finding keeps its part of.
import type { FigureQualifier } from '../../types.js';

export type FindingKind = 'conference_date' | 'conference_count' | 'official_title' | 'claim' | 'near_duplicate' | 'event_figure' | 'event_period';
export const FINDING_KINDS: readonly FindingKind[] = ['conference_date', 'conference_count', 'official_title', 'claim', 'near_duplicate', 'event_figure', 'event_period'];

/** One article's side of a finding: what it states, where, and the sentence it stands in. */
export interface CheckSide {
  path: string;
  line: number;
  /** As written: the figure, the date, or the person with title. */
  text: string;
  /** What is compared: a number for figures, an ISO date, or a head title. */
  value: number | string;
  /** The upper end of a range (`600 – 800 triệu USD`). */
  value_max?: number;
  /** A figure's unit and qualifier. */
  unit?: string;
  qualifier?: FigureQualifier;
  /** A rank's place (`thứ 23/116 quốc gia`: 23, the value being 116). */
  rank?: number;
  sentence: string;
  /** Other paths holding the same article (copies of one story): one case, quoted once. */
  copies?: string[];
}

/** Why two figures of an event were taken for one quantity. */
export interface Alignment {
  /** The rarest words the sides' contexts share, rarest first. */
  words: string[];
  /** The named things (officials, places, organizations) their sentences share. */
  entities: string[];
}

/** One fact several articles state, and whether they agree on it. */
export interface Finding {
  kind: FindingKind;
  /** False when two of the articles state it in ways that cannot both be true. */
  agree: boolean;
  /** What the fact is about, for people: `Hội nghị Ngoại vụ toàn quốc 20 · đại biểu`. */
  subject: string;
  /** The key the sides were grouped by (documented in the README). */
  key: string;
  /**
   * How sure the grouping is, 0 to 1: 1 for the keyed kinds (the same key), the alignment's score
   * for an event's figures and periods.
   */
  score: number;
  /** The event (see `events`) an event_figure or event_period finding is in. */
  event?: number;
  /** Why the sides were aligned (event kinds). */
  why?: Alignment;
  /** Every article's statements of it, by article. */
  sides: CheckSide[];
}

/** A group of articles that report one event, as `check` compared them. */
export interface CheckEvent {
  id: number;
  /** Each article once; copies of one (the same digest) under `copies`. */
  paths: string[];
  /** The day the articles are of (the earliest known), ISO. */
  date?: string;
  /** The named things most of its articles share, most shared first. */
  entities: string[];
  /** Its articles' most telling shared words. */
  words: string[];
}

/**
 * A side as a summary keeps it: without its path, which is the key it is kept under. Copies of an
 * article (the same statements under another path) share one.
 */
export type Stated = Omit<CheckSide, 'path'>;

export interface TitleSide {
  name: string;
  roles: string[];
  side: Stated;
}

/**
 * One figure with a unit, as near-duplicates compare it: a CheckSide without its path, its
 * sentence given by number (into NearArticle.sentences).
 */
export interface NearFigure {
  line: number;
  text: string;
  value: number;
  value_max?: number;
  unit: string;
  qualifier?: FigureQualifier;
  sentence: number;
}

/**
 * A figure, rank or period an event's articles are aligned by: as written, where, its context
 * (the words around it, folded, numbers left out) and the years its sentence states.
 */
export interface Quantity {
  kind: 'figure' | 'rank' | 'period';
  line: number;
  text: string;
  value: number | string;
  value_max?: number;
  unit?: string;
  qualifier?: FigureQualifier;
  rank?: number;
  /** Into NearArticle.sentences. */
  sentence: number;
  /** Folded words (syllables and pairs of syllables) around it in its sentence. */
  context: string[];
  /** The years its sentence states (`2016`). */
  years: string[];
  /** The days (`--04-25`) and months (`--04`) its sentence states, when it states some. */
  days?: string[];
}

/**
 * What near-duplicate articles and events are compared by, once for any number of identical
 * articles (a page saved twice, or under two paths): the MinHash signature, the figures with a
 * unit, and what an event is told by.
 */
export interface NearArticle {
  /** Distinct shingles (similar.ts). */
  shingles: number;
  /** The MinHash signature, packed (similar.ts's packMinhash). */
  minhash: string;
  /** The sentences of the figures, each once (bounded: a very long one is cut around its figures). */
  sentences: string[];
  figures: NearFigure[];
  /** The article's date (claims.ts's articleDate). */
  date?: string;
  /** The year its dates name most (claims.ts's articleYear): articles years apart are not of one event. */
  year?: string;
  /** The days it names (`--06-30`), each once, in order (at most 12). */
  days: string[];
  /** The named things it names (officials, places, organizations, conferences), folded, each once. */
  names: string[];
  /** Per sentence (by number): the names (indices into `names`) it names. */
  sentenceNames: number[][];
  /** Its most frequent content words (folded syllables), most frequent first. */
  terms: string[];
  /** The figures, ranks and periods its events are aligned by. */
  quantities: Quantity[];
}

/** The near-duplicate comparison's state: a digest per distinct article, and which one each path is. */
export interface NearIndex {
  shingleSize: number;
  signatureSize: number;
  /** Path → the id of its digest in `articles`. */
  paths: Record<string, string>;
  /** Digest id (a hash of the digest) → the digest. */
  articles: Record<string, NearArticle>;
}

/** The mergeable state of `check` (plain JSON). */
export interface CheckSummary {
  /** Conference id → article → the day-level dates stated with it. */
  conferenceDates: Record<string, { series: string; days: number; articles: Record<string, Stated[]> }>;
  /** Person key → article date → article → the titles the article gives. */
  titles: Record<string, Record<string, Record<string, TitleSide>>>;
  /** Claim key → what the claim is about → article → its figures under that key. */
  claims: Record<string, { subject: string; conference: boolean; articles: Record<string, Stated[]> }>;
  /** The articles' digests: MinHash signatures, figures, and what events are found and aligned by. */
  near: NearIndex;
}
