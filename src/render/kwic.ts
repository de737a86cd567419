// The output of `vnews kwic`: each renderer gets one article's concordance lines at a time.
// The table (aligned columns: left context right-aligned, the match, right context, file:line)
// holds its lines until the end to align the match column; json, ndjson and csv write as they come.
import type { Format } from './formats.js';
import type { KwicLine } from '../corpus/concordance.js';
import type { Renderer } from './renderer.js';
import { itemsCsvRenderer } from './csv.js';
import { itemsJsonRenderer } from './json.js';
import { itemsNdjsonRenderer } from './ndjson.js';
import { collectingRenderer, escapeControls, painter } from './table.js';
import { countLine } from './counts.js';

export type KwicRenderer = Renderer<KwicLine[]>;
export interface KwicRenderOptions {
  color: boolean;
  /** Characters of context either side. */
  width: number;
}

/** Concordance lines as aligned text: `left` right-aligned in `width`, the match padded to the longest, `right`, file:line. */
export function kwicText(lines: readonly KwicLine[], options: KwicRenderOptions): string {
  const paint = painter(options.color);
  const matchWidth = lines.reduce((w, l) => Math.max(w, escapeControls(l.match).length), 0);
  return lines
    .map((l) => {
      const left = escapeControls(l.left).padStart(options.width);
      const match = escapeControls(l.match);
      const right = escapeControls(l.right).padEnd(options.width);
      return `${left}  ${paint.bold(match)}${' '.repeat(matchWidth - match.length)}  ${right}  ${paint.dim(`${escapeControls(l.path)}:${l.line}`)}\n`;
    })
    .join('');
}

function tableRenderer(options: KwicRenderOptions): KwicRenderer {
  return collectingRenderer<KwicLine>((rows, _documents, failed) => `${kwicText(rows, options)}${countLine(`${rows.length} hit${rows.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`)}`);
}

const CSV_HEADER = ['path', 'line', 'start', 'end', 'left', 'match', 'right'] as const;

export const kwicRenderers: Record<Format, (options: KwicRenderOptions) => KwicRenderer> = {
  table: tableRenderer,
  json: () => itemsJsonRenderer('lines'),
  ndjson: () => itemsNdjsonRenderer(),
  csv: () => itemsCsvRenderer(CSV_HEADER, (l: KwicLine) => l),
};
