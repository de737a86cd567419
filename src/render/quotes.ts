// The output of `vnews quotes`: each renderer gets one article's quotations at a time (in text
// order). json, ndjson and csv write them as they come; the table holds its rows until the end.
import type { Quote } from '../quotes/index.js';
import type { Format } from './formats.js';
import type { Renderer, RendererOptions } from './renderer.js';
import { itemsCsvRenderer } from './csv.js';
import { itemsJsonRenderer } from './json.js';
import { itemsNdjsonRenderer } from './ndjson.js';
import { collectingRenderer, wholePaths, drawTable, escapeControls, tableWidth, widths, type Column } from './table.js';
import { countLine } from './counts.js';

export type QuotesRenderer = Renderer<Quote[]>;
type Options = Omit<RendererOptions, 'kinds'>;

/** Quotations longer than this are cut in the table (json, ndjson and csv give them whole). */
const LONG_QUOTE = 400;

/** The speaker for people: the name, the official's first title, and the title or pronoun it was resolved from. */
export function speakerCell(q: Quote): string {
  const title = q.official?.titles[0];
  const resolved = q.resolved ? ` (“${q.speaker_text.text}”)` : '';
  return `${q.speaker}${title !== undefined ? `, ${title}` : ''}${resolved}`;
}

const where: Column<Quote> = { head: 'file:line', share: 0, most: 1, cell: (q) => `${q.path}:${q.line}` };
const COLUMNS: Column<Quote>[] = [
  where,
  { head: 'kind', share: 0, cell: (q) => q.kind },
  { head: 'speaker', share: 2, least: 10, cell: speakerCell },
  { head: 'verb', share: 0, most: 0.12, cell: (q) => q.verb ?? '' },
  { head: 'quote', share: 5, cell: (q) => (q.text.length > LONG_QUOTE ? `${q.text.slice(0, q.text.lastIndexOf(' ', LONG_QUOTE))} …` : q.text) },
];

function tableRenderer(options: Options): QuotesRenderer {
  return collectingRenderer<Quote>((rows, documents, failed) => {
    const summary = countLine(`${rows.length} quotation${rows.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`);
    if (rows.length === 0) return summary;
    const room = tableWidth(options.width) - 1 - COLUMNS.length * 3;
    const paths = wholePaths(rows.map((q) => q.path), room, 0.25);
    const cols = COLUMNS.map((c) => (c === where ? { ...where, cell: (q: Quote) => `${paths.shown(q.path)}:${q.line}` } : c));
    const w = widths(cols, rows, room);
    const cells = rows.map((q) => cols.map((c) => escapeControls(c.cell(q))));
    return `${paths.note !== '' ? `${paths.note}\n` : ''}${drawTable(COLUMNS.map((c) => c.head), w, cells, options.color)}\n${summary}`;
  });
}

const CSV_HEADER = ['path', 'line', 'start', 'end', 'kind', 'speaker', 'titles', 'speaker_text', 'resolved', 'verb', 'text', 'speaker_kind'] as const;

/** A quotation's CSV fields. */
function csvCells(q: Quote): Record<(typeof CSV_HEADER)[number], string | number> {
  return {
    path: q.path,
    line: q.line,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker,
    titles: q.official?.titles.join('; ') ?? '',
    speaker_text: q.speaker_text.text,
    resolved: String(q.resolved),
    verb: q.verb ?? '',
    text: q.text,
    speaker_kind: q.speaker_kind,
  };
}

export const quotesRenderers: Record<Format, (options: Options) => QuotesRenderer> = {
  table: tableRenderer,
  json: () => itemsJsonRenderer('quotes'),
  ndjson: () => itemsNdjsonRenderer(),
  csv: () => itemsCsvRenderer(CSV_HEADER, csvCells),
};
