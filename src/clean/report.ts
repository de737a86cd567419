// What `vnews clean` reports of one article in json and ndjson: its lines and characters, how
// many of them were cut as site furniture, and each cut with its reason.
import { findFurniture, type Cut, type CutReason } from './index.js';
import { LineIndex, normalize } from '../text/normalize.js';

/** One cut as JSON: offsets into the normalized text, its 1-based line, the text cut and why. */
export interface CutJson {
  start: number;
  end: number;
  line: number;
  text: string;
  reason: CutReason;
}

/** What `clean` reports of one input in json and ndjson. */
export interface CleanDocument {
  path: string;
  /** Non-empty lines, and of them those cut whole. */
  lines: number;
  lines_cut: number;
  /** Characters other than spaces, and of them those cut. */
  chars: number;
  chars_cut: number;
  cuts: CutJson[];
}

/** Count what a text loses to its cuts. */
export function cleanDocument(path: string, raw: string): CleanDocument {
  const text = normalize(raw);
  const cuts = findFurniture(text);
  const index = new LineIndex(text);
  const nonSpace = (s: string) => s.replace(/\s/g, '').length;
  let lines = 0;
  let linesCut = 0;
  let start = 0;
  for (const line of text.split('\n')) {
    const a = start + line.length - line.trimStart().length;
    const b = start + line.trimEnd().length;
    if (b > a) {
      lines++;
      if (cuts.some((c: Cut) => c.start <= a && b <= c.end)) linesCut++;
    }
    start += line.length + 1;
  }
  return {
    path,
    lines,
    lines_cut: linesCut,
    chars: nonSpace(text),
    chars_cut: cuts.reduce((n, c) => n + nonSpace(text.slice(c.start, c.end)), 0),
    cuts: cuts.map((c) => ({ start: c.start, end: c.end, line: index.lineOf(c.start), text: text.slice(c.start, c.end), reason: c.reason })),
  };
}
