// The JSON contract of ../shared/SPEC.md as TypeScript types. Scripts depend on these
// field names: add fields if you must, never rename or drop one named here.

/** One place in the normalized text where an entity is written. */
export interface Mention {
  /** Exactly `normalized.slice(start, end)`. */
  text: string;
  /** UTF-16 code-unit offset into the normalized text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** 1-based line number. */
  line: number;
}

/** A person named together with an office they hold. One entry per person per document. */
export interface Official {
  /** The name as first written, without title or honorific. */
  name: string;
  /** Distinct titles the document gives the person, each with its organization when given. */
  titles: string[];
  mentions: Mention[];
  /** The head title of the first title, e.g. `Bộ trưởng`. */
  role?: string;
  /** (Added field) every distinct head title the document gives the person, in order. */
  roles?: string[];
  /** The organization of the first title that names one, e.g. `Bộ Ngoại giao`. */
  organization?: string;
  /** (Added field) titles read from a biography's career lines, with the line's dates (`4/1985-7/1988: …` → from 1985-04 to 1988-07), in the text's order. */
  career?: CareerStep[];
}

/** One title of a career, with the dates its biography line gives (ISO 8601 months or years). */
export interface CareerStep {
  title: string;
  from: string;
  to?: string;
}

/** A numbered event or session. One entry per (series, number) per document. */
export interface Conference {
  series: string;
  /** An integer, whatever the written form (Roman, spelled, digits). */
  number: number;
  mentions: Mention[];
  /** The legislature's or Party's term when given (`khóa XIV` → 14). */
  term?: number;
}

/** A calendar expression. */
export interface DateMention extends Mention {
  /** ISO 8601 saying only what the text says: `2023-12-13`, `--12-13`, `2023-11`, `2013`, `--12`, ranges `a/b`. */
  value: string;
  /** A full date with an inferred year, when one can be inferred. */
  resolved?: string;
  /** Why `resolved` has the year it has. */
  resolved_from?: string;
}

export type FigureQualifier = 'more_than' | 'nearly' | 'about' | 'less_than' | 'at_least';

/** A quantity the article states. */
export interface Figure extends Mention {
  /** The number after scale words (`21 nghìn tỷ` → 21e12). */
  value: number;
  /** The measure (`USD`, `%`, `lần`) or the noun counted (`đại biểu`); null if none. */
  unit: string | null;
  qualifier: FigureQualifier | null;
  /** (Added field) the upper end when the text gives a range: `600 – 800 triệu USD` → value 6e8, value_max 8e8. */
  value_max?: number;
}

export type Kind = 'officials' | 'conferences' | 'dates' | 'figures';
export const KINDS: readonly Kind[] = ['officials', 'conferences', 'dates', 'figures'];

/** What `extract` finds in one article. Lists are in order of first appearance. */
export interface Document {
  /** The path as the user gave or globbed it; `-` for standard input. */
  path: string;
  /** The first non-empty line. */
  title: string;
  officials: Official[];
  conferences: Conference[];
  dates: DateMention[];
  figures: Figure[];
}

/** Who speaks in a quotation (`vnews quotes`): a person (an official, a name), a role (`người phát ngôn`, `hai bên`) or an organization (`Bộ Ngoại giao`). */
export type SpeakerKind = 'person' | 'role' | 'organization';

/** A file that could not be read. */
export interface InputError {
  path: string;
  message: string;
}

/** `vnews extract --format json`. */
export interface ExtractOutput {
  documents: Document[];
  errors: InputError[];
}

/** One `vnews extract --format ndjson` line for a file that failed. */
export interface NdjsonError extends InputError {
  type: 'error';
}
