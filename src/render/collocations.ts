// The output of `vnews collocations`: a table for people (collocate, observed, expected,
// frequency and the three scores, the chosen measure first), one CSV row per collocate.
import type { Collocate, CollocationSummary, Measure } from '../corpus/collocations.js';
import { csvField } from './csv.js';
import { drawTable, escapeControls, tableWidth, widths, type Column } from './table.js';
import { countLine } from './counts.js';
import { vietnameseNumber } from './numbers.js';

const round = (x: number, digits: number) => vietnameseNumber(x, digits);

const SCORE_COLUMNS: Record<Measure, Column<Collocate>> = {
  ll: { head: 'LL', share: 0, cell: (c) => round(c.ll, 2) },
  pmi: { head: 'PMI', share: 0, cell: (c) => round(c.pmi, 3) },
  tscore: { head: 't', share: 0, cell: (c) => round(c.tscore, 3) },
};

export function collocationsTable(items: Collocate[], summary: CollocationSummary, measure: Measure, color: boolean, width?: number): string {
  const about = countLine(
    `${items.length} collocate${items.length === 1 ? '' : 's'} of ${summary.node.join(' ')} (${summary.nodes} occurrence${summary.nodes === 1 ? '' : 's'}, window ${summary.left},${summary.right}: ${summary.window} positions; ${summary.words} words in ${summary.documents} document${summary.documents === 1 ? '' : 's'})`,
  );
  if (items.length === 0) return about;
  const scoreCols = [measure, ...(['ll', 'pmi', 'tscore'] as const).filter((m) => m !== measure)].map((m) => SCORE_COLUMNS[m]);
  const cols: Column<Collocate>[] = [
    { head: '#', share: 0, cell: (c) => String(items.indexOf(c) + 1) },
    { head: 'collocate', share: 1, cell: (c) => c.word },
    { head: 'observed', share: 0, cell: (c) => vietnameseNumber(c.observed) },
    { head: 'expected', share: 0, cell: (c) => round(c.expected, 3) },
    { head: 'frequency', share: 0, cell: (c) => vietnameseNumber(c.frequency) },
    ...scoreCols,
  ];
  const w = widths(cols, items, tableWidth(width) - 1 - cols.length * 3);
  const cells = items.map((c) => cols.map((col) => escapeControls(col.cell(c))));
  return `${drawTable(cols.map((c) => c.head), w, cells, color)}\n${about}`;
}

const CSV_HEADER = ['word', 'key', 'observed', 'expected', 'frequency', 'll', 'pmi', 'tscore'] as const;

export function collocationsCsv(items: Collocate[]): string {
  return [CSV_HEADER.join(','), ...items.map((c) => CSV_HEADER.map((h) => csvField(c[h])).join(','))].map((l) => `${l}\r\n`).join('');
}
