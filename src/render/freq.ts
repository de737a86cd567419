// The tables and CSV of the word lists: `vnews freq`, `ngrams` and `keywords` (keyness and
// per-document TF-IDF). One row a word, n-gram or keyword, in the order the library gives.
import type { WordFrequency } from '../corpus/freq.js';
import type { NgramFrequency } from '../corpus/ngrams.js';
import type { DocumentKeyword, Keyword } from '../corpus/keywords.js';
import { csvField } from './csv.js';
import { drawTable, escapeControls, painter, tableWidth, widths, type Column } from './table.js';
import { countLine } from './counts.js';
import { vietnameseNumber as vn } from './numbers.js';

/** A table of `rows` in these columns fitted to `width`, then `footer` dimmed; `empty` when no row. */
function listTable<R>(cols: Column<R>[], rows: R[], color: boolean, width: number | undefined, footer: string, empty: string): string {
  if (rows.length === 0) return countLine(empty);
  const w = widths(cols, rows, tableWidth(width) - 1 - cols.length * 3);
  const cells = rows.map((r) => cols.map((c) => escapeControls(c.cell(r))));
  countLine(footer);
  return `${drawTable(cols.map((c) => c.head), w, cells, color)}\n`;
}

/** CSV (RFC 4180, CRLF) with these fields of each row, a header first. */
function listCsv<R>(fields: readonly (keyof R & string)[], rows: R[]): string {
  const line = (values: (string | number)[]) => `${values.map(csvField).join(',')}\r\n`;
  return line([...fields]) + rows.map((r) => line(fields.map((f) => r[f] as string | number))).join('');
}

const plural = (n: number, word: string) => `${vn(n)} ${word}${n === 1 ? '' : 's'}`;

export interface WordsTotals {
  words: number;
  documents: number;
}

/** A column of values shown whole. */
function valueColumn<R>(head: string, cell: (r: R) => string): Column<R> {
  return { head, share: 0, most: 0.2, cell };
}

export function freqTable(rows: WordFrequency[], totals: WordsTotals, color: boolean, width: number | undefined): string {
  const cols: Column<WordFrequency>[] = [
    { head: 'word', share: 1, cell: (r) => r.word },
    valueColumn<WordFrequency>('count', (r) => vn(r.count)),
    valueColumn<WordFrequency>('per million', (r) => vn(r.per_million, 2)),
    valueColumn<WordFrequency>('documents', (r) => vn(r.documents)),
  ];
  return listTable(cols, rows, color, width, `${plural(rows.length, 'word')} shown; ${plural(totals.words, 'word')} in ${plural(totals.documents, 'document')}`, 'no words');
}

export function freqCsv(rows: WordFrequency[]): string {
  return listCsv<WordFrequency>(['word', 'key', 'count', 'per_million', 'documents'], rows);
}

export function ngramsTable(rows: NgramFrequency[], documents: number, color: boolean, width: number | undefined): string {
  const cols: Column<NgramFrequency>[] = [
    { head: 'n-gram', share: 1, cell: (r) => r.words.join(' · ') },
    valueColumn<NgramFrequency>('n', (r) => vn(r.n)),
    valueColumn<NgramFrequency>('count', (r) => vn(r.count)),
    valueColumn<NgramFrequency>('documents', (r) => vn(r.documents)),
  ];
  return listTable(cols, rows, color, width, `${plural(rows.length, 'n-gram')} shown; ${plural(documents, 'document')}`, 'no n-grams');
}

export function ngramsCsv(rows: NgramFrequency[]): string {
  return listCsv<NgramFrequency>(['ngram', 'n', 'count', 'documents'], rows);
}

export function keywordsTable(rows: Keyword[], totals: { target: number; reference: number }, color: boolean, width: number | undefined): string {
  const paint = painter(color);
  const cols: Column<Keyword>[] = [
    { head: 'keyword', share: 1, cell: (r) => r.word },
    valueColumn<Keyword>('keyness', (r) => (r.keyness === 'positive' ? '+' : '−')),
    valueColumn<Keyword>('target', (r) => vn(r.count)),
    valueColumn<Keyword>('reference', (r) => vn(r.reference_count)),
    valueColumn<Keyword>('per million', (r) => `${vn(r.per_million, 1)} / ${vn(r.reference_per_million, 1)}`),
    valueColumn<Keyword>('G2', (r) => vn(r.log_likelihood, 2)),
    valueColumn<Keyword>('log ratio', (r) => vn(r.log_ratio, 2)),
  ];
  const positive = rows.filter((r) => r.keyness === 'positive').length;
  const table = listTable(cols, rows, false, width, `${positive} positive, ${rows.length - positive} negative; ${plural(totals.target, 'word')} in the target, ${plural(totals.reference, 'word')} in the reference`, 'no keywords');
  // Colour the sign: green for positive, red for negative (the table is laid out without colour).
  return table.replace(/│ ([+−]) /g, (all, sign: string) => `│ ${sign === '+' ? paint.green(sign) : paint.red(sign)} `);
}

export function keywordsCsv(rows: Keyword[]): string {
  return listCsv<Keyword>(['word', 'key', 'keyness', 'count', 'reference_count', 'per_million', 'reference_per_million', 'log_likelihood', 'log_ratio'], rows);
}

export function tfidfTable(rows: DocumentKeyword[], color: boolean, width: number | undefined): string {
  const cols: Column<DocumentKeyword>[] = [
    { head: 'file', share: 0, most: 0.4, cell: (r) => (r.rank === 1 ? r.path : '') },
    valueColumn<DocumentKeyword>('rank', (r) => vn(r.rank)),
    { head: 'keyword', share: 1, cell: (r) => r.word },
    valueColumn<DocumentKeyword>('count', (r) => vn(r.count)),
    valueColumn<DocumentKeyword>('tf-idf', (r) => vn(r.tf_idf, 4)),
  ];
  const documents = new Set(rows.map((r) => r.path)).size;
  return listTable(cols, rows, color, width, `${plural(rows.length, 'keyword')} of ${plural(documents, 'document')}`, 'no keywords');
}

export function tfidfCsv(rows: DocumentKeyword[]): string {
  return listCsv<DocumentKeyword>(['path', 'rank', 'word', 'key', 'count', 'tf_idf'], rows);
}
