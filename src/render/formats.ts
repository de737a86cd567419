// The output formats, by output shape: every command's `--format` choices are read from here, so
// a format a renderer does not have cannot be offered on the command line.

/** Documents or lists of items rendered as they come (extract, figures, quotes, kwic, plot) and the word lists. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Text printed as it is (segment, clean), or its JSON. */
export const TEXT_FORMATS = ['text', 'json', 'ndjson'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** A summary across articles without a CSV shape (officials, conferences, dedupe). */
export const SUMMARY_FORMATS = ['table', 'json', 'ndjson'] as const;
/** Any summary's format (the word lists and collocations have CSV too). */
export type SummaryFormat = Format;

/** check: a summary, or one self-contained HTML page. */
export const CHECK_FORMATS = ['table', 'json', 'ndjson', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
