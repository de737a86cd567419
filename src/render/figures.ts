// The output of `vnews figures`: each renderer gets one article's figures at a time (in text
// order). json, ndjson and csv write them as they come; the table holds its rows until the end.
import type { FigureInContext } from '../corpus/article.js';
import type { Format } from './formats.js';
import type { Renderer, RendererOptions } from './renderer.js';
import { itemsCsvRenderer } from './csv.js';
import { itemsJsonRenderer } from './json.js';
import { itemsNdjsonRenderer } from './ndjson.js';
import { collectingRenderer, wholePaths, drawTable, escapeControls, painter, tableWidth, widths, type Column } from './table.js';
import { countLine } from './counts.js';
import { figureValue } from './numbers.js';

export type FiguresRenderer = Renderer<FigureInContext[]>;
type Options = Omit<RendererOptions, 'kinds'>;

export { figureValue };

const where: Column<FigureInContext> = { head: 'file:line', share: 0, most: 1, cell: (f) => `${f.path}:${f.line}` };
const COLUMNS: Column<FigureInContext>[] = [
  where,
  { head: 'figure', share: 2, least: 8, cell: (f) => f.text },
  { head: 'value', share: 0, most: 0.25, cell: figureValue },
  { head: 'unit', share: 1, least: 6, cell: (f) => f.unit ?? '' },
  { head: 'qualifier', share: 0, cell: (f) => f.qualifier ?? '' },
  { head: 'sentence', share: 6, cell: (f) => f.sentence },
];

/** Sentences longer than this are shown in the table as a window around the figure. */
const LONG_SENTENCE = 480;

/** A long sentence cut, at spaces, to about `radius` characters either side of `part`, with `…` where it was cut. */
export function clipAround(sentence: string, part: string, radius = LONG_SENTENCE / 2): string {
  if (sentence.length <= LONG_SENTENCE) return sentence;
  const at = Math.max(0, sentence.indexOf(part));
  let from = Math.max(0, at - radius);
  let to = Math.min(sentence.length, at + part.length + radius);
  if (from > 0) from = sentence.indexOf(' ', from) + 1 || from;
  if (to < sentence.length) to = Math.max(at + part.length, sentence.lastIndexOf(' ', to));
  return `${from > 0 ? '… ' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? ' …' : ''}`;
}

/** `sentence` with the first `part` in it painted. */
function highlight(sentence: string, part: string, paint: (s: string) => string): string {
  const at = sentence.indexOf(part);
  return at < 0 || part.length === 0 ? sentence : sentence.slice(0, at) + paint(part) + sentence.slice(at + part.length);
}

function tableRenderer(options: Options): FiguresRenderer {
  const paint = painter(options.color);
  return collectingRenderer<FigureInContext>((rows, documents, failed) => {
    countLine(`${rows.length} figure${rows.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`);
    if (rows.length === 0) return '';
    // Each column's border and padding take 3 characters.
    const room = tableWidth(options.width) - 1 - COLUMNS.length * 3;
    const paths = wholePaths(rows.map((f) => f.path), room, 0.25);
    const cols = COLUMNS.map((c) => (c === where ? { ...where, cell: (f: FigureInContext) => `${paths.shown(f.path)}:${f.line}` } : c));
    const w = widths(cols, rows, room);
    const sentence = COLUMNS.length - 1;
    const cells = rows.map((f, i) => {
      const cells = cols.map((c) => escapeControls(c.cell(f)));
      cells[sentence] = escapeControls(clipAround(f.sentence, f.text));
      // The figure stands out in its sentence; a sentence just shown whole for the figure before is not repeated.
      const before = rows[i - 1];
      if (before !== undefined && before.path === f.path && before.sentence === f.sentence && f.sentence.length <= LONG_SENTENCE) cells[sentence] = paint.dim('(as above)');
      else if (options.color) cells[sentence] = highlight(cells[sentence] as string, escapeControls(f.text), paint.bold);
      return cells;
    });
    return `${paths.note !== '' ? `${paint.dim(paths.note)}\n` : ''}${drawTable(COLUMNS.map((c) => c.head), w, cells, options.color)}\n`;
  });
}

const CSV_HEADER = ['path', 'line', 'text', 'value', 'value_max', 'unit', 'qualifier', 'sentence'] as const;

export const figuresRenderers: Record<Format, (options: Options) => FiguresRenderer> = {
  table: tableRenderer,
  json: () => itemsJsonRenderer('figures'),
  ndjson: () => itemsNdjsonRenderer(),
  csv: () => itemsCsvRenderer(CSV_HEADER, (f: FigureInContext) => f),
};
