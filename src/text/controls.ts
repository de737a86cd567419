// Text from articles is shown to people on a terminal: the characters that would drive the
// terminal instead of being shown (C0 and C1 controls, and so ANSI escape sequences), and the
// invisible bidirectional controls that can make a line read other than it is, are shown escaped.

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional controls: the marks (LRM U+200E, RLM U+200F, ALM U+061C), embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, but a carriage return before a line feed (CSV's line end) is kept
const CONTROLS_KEEP_CRLF = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `ESC [ 3 1 m` as `\x1b[31m`, a BEL as `\x07`, U+202E as `\u202e`: nothing that drives a terminal. Tab and line feed are kept. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, escaped);
}

/** What JSON.stringify leaves raw that a terminal may act on or a reader not see: DEL, C1 controls, bidi controls, and U+2028/U+2029. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (JSON.stringify's) with those characters escaped too (`\u009b`): the same values,
 * as JSON reads them, and nothing raw for a terminal. They can only stand inside strings.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `escapeControls`, keeping the carriage return of a CRLF line end (CSV). */
export function escapeControlsKeepingCrlf(s: string): string {
  return s.replace(CONTROLS_KEEP_CRLF, escaped);
}

/**
 * What a terminal would act on rather than show: CSI sequences (`ESC [ 3 1 m`, and their C1 form
 * U+009B), OSC sequences to their terminator on the same line (`ESC ] 0 ; title BEL`), other
 * escape sequences (`ESC ( B`), and lone C0 and C1 controls but tab and line feed.
 * The character classes of a CSI are disjoint, so no input makes this backtrack.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SEQUENCES = /\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b[ -/]*[0-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// eslint-disable-next-line no-control-regex -- the characters SEQUENCES' matches start with (ESC is in C0, U+009B in C1)
const SEQUENCE_START = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * The terminal escape sequences and control characters of a text, as sorted spans that do not
 * overlap: cut like site furniture, so that `ESC [ 3 1 m` is not read as 31 metres.
 */
export function controlSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Every alternative of SEQUENCES starts with one of these: most texts have none, and a single
  // class is scanned much faster than the alternation.
  if (!SEQUENCE_START.test(text)) return spans;
  for (const m of text.matchAll(SEQUENCES)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
