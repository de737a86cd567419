// Tables for people: one table per kind, with file:line, the text as written and the resolved
// value; long cells wrap at spaces, never inside a syllable. Rows are held until the end.
import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Kind } from '../types.js';
import type { Renderer, RendererOptions } from './renderer.js';
import { mentionRows, type MentionRow } from './rows.js';
import { escapeControls } from '../text/controls.js';
import { countLine } from './counts.js';
import { figureValue } from './numbers.js';

export { escapeControls } from '../text/controls.js';

export interface Column<R = MentionRow> {
  head: string;
  /** Prose that wraps, sharing the width left by the others in proportion to `share`; 0: a value shown whole. */
  share: number;
  /** For a value column: the most of the room it may take (default 25%). */
  most?: number;
  /** For a prose column: the least width it is given (default MIN_PROSE). */
  least?: number;
  cell(row: R): string;
}

const where: Column = { head: 'file:line', share: 0, most: 1, cell: (r) => `${r.path}:${r.line}` };
const text: Column = { head: 'text', share: 3, cell: (r) => r.text };

const COLUMNS: Record<Kind, Column[]> = {
  officials: [where, text, { head: 'name', share: 2, cell: (r) => r.name }, { head: 'titles', share: 3, cell: (r) => r.value }],
  conferences: [
    where,
    text,
    { head: 'series', share: 3, cell: (r) => r.name },
    { head: 'number', share: 0, cell: (r) => r.value },
    { head: 'term', share: 0, cell: (r) => r.unit },
  ],
  dates: [where, text, { head: 'value', share: 0, cell: (r) => r.value }],
  figures: [
    where,
    text,
    { head: 'value', share: 0, cell: (r) => (r.figure ? figureValue(r.figure) : r.value) },
    { head: 'unit', share: 1, cell: (r) => r.unit },
    { head: 'qualifier', share: 0, cell: (r) => r.qualifier },
  ],
};

/** Smallest width a prose column is squeezed to. */
const MIN_PROSE = 10;

/**
 * Column widths (content only): value columns as wide as their widest cell (at most `most` of
 * the room: file:line 40%, others 25%), prose columns share what is left.
 */
export function widths<R>(cols: Column<R>[], rows: R[], room: number): number[] {
  const natural = cols.map((c) => rows.reduce((w, r) => Math.max(w, c.cell(r).length), c.head.length));
  const fixed = cols.map((c, k) => (c.share === 0 ? Math.min(natural[k] as number, Math.floor(room * (c.most ?? 0.25))) : 0));
  const least = cols.map((c) => (c.share === 0 ? 0 : (c.least ?? MIN_PROSE)));
  // Every prose column gets its least width, and the rest in proportion to its share, so the table fits.
  const left = Math.max(0, room - [...fixed, ...least].reduce((a, b) => a + b, 0));
  const shares = cols.reduce((sum, c) => sum + c.share, 0);
  const w = cols.map((c, k) =>
    c.share === 0 ? (fixed[k] as number) : Math.min(Math.max(least[k] as number, natural[k] as number), (least[k] as number) + Math.floor((left * c.share) / shares)),
  );
  // Room a short prose column did not need goes to the prose columns that still wrap, in order.
  let spare = room - w.reduce((a, b) => a + b, 0);
  for (let k = 0; k < cols.length && spare > 0; k++) {
    const more = (cols[k] as Column<R>).share === 0 ? 0 : Math.min(spare, (natural[k] as number) - (w[k] as number));
    if (more > 0) {
      w[k] = (w[k] as number) + more;
      spare -= more;
    }
  }
  return w;
}

/**
 * How a table shows its `path:line` cells: always whole, on one line, so they can be copied.
 * When the longest would take more than `most` of `room`, the folder every path shares is left
 * out of the cells and named once in `note` (`paths in corpus/crawl-2026/`).
 */
export function wholePaths(paths: readonly string[], room: number, most: number): { shown: (path: string) => string; note: string } {
  const longest = paths.reduce((w, p) => Math.max(w, p.length + 6), 0);
  const first = paths[0];
  if (longest <= room * most || first === undefined) return { shown: (p) => p, note: '' };
  let prefix = first.slice(0, first.lastIndexOf('/') + 1);
  // Shorten to the folder above until every path starts with it ('' when none does: `/tmp/…` and `fixtures/…`).
  for (const p of paths) while (prefix !== '' && !p.startsWith(prefix)) prefix = prefix.length > 1 ? prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1) : '';
  if (prefix === '') return { shown: (p) => p, note: '' };
  return { shown: (p) => p.slice(prefix.length), note: `paths in ${escapeControls(prefix)}` };
}

/** Break a long path after `/` so it wraps whole instead of being cut. */
export function breakPath(path: string, width: number): string {
  const safe = escapeControls(path);
  if (safe.length <= width) return safe;
  const out: string[] = [];
  let line = '';
  for (const part of safe.split(/(?<=\/)/)) {
    if (line && line.length + part.length > width) {
      out.push(line);
      line = '';
    }
    line += part;
    while (line.length > width) {
      out.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Colours when asked for (even through a pipe, for `--color always | less -R`), none otherwise. */
export function painter(color: boolean): typeof chalk {
  return color ? (chalk.level > 0 ? chalk : new Chalk({ level: 1 })) : new Chalk({ level: 0 });
}

/** cli-table3's head and border colours. */
export function tableStyle(color: boolean): { head: string[]; border: string[] } {
  return { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] };
}

/** The width tables are laid out to: the terminal's (or COLUMNS), within 60..200, 120 if unknown. */
export function tableWidth(width: number | undefined): number {
  return Math.max(60, Math.min(width ?? 120, 200));
}

/** Rows per cli-table3 table: it lays a table out in time quadratic in its rows, so long tables are drawn in pieces. */
const PIECE = 100;

/**
 * A bordered table with these content widths whose long cells wrap at spaces, drawn in pieces
 * of PIECE rows joined into one (a piece's bottom border gives way to the next one's top, drawn
 * as a row separator): thousands of rows take seconds, not minutes.
 */
export function drawTable(head: string[], widths: number[], rows: string[][], color: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i === 0 || i < rows.length; i += PIECE) {
    const table = new Table({ head: i === 0 ? head : [], colWidths: widths.map((x) => x + 2), wordWrap: true, wrapOnWordBoundary: true, style: tableStyle(color) });
    table.push(...rows.slice(i, i + PIECE));
    const piece = table.toString().split('\n');
    if (i > 0) {
      lines.pop();
      piece[0] = (piece[0] as string).replace(/[┌┬┐]/g, (c) => ({ '┌': '├', '┬': '┼', '┐': '┤' })[c] as string);
    }
    lines.push(...piece);
  }
  return lines.join('\n');
}

export function tableRenderer(options: RendererOptions): Renderer {
  const paint = painter(options.color);
  const rows = new Map<Kind, MentionRow[]>(options.kinds.map((k) => [k, []]));
  let documents = 0;
  let failed = 0;
  const width = tableWidth(options.width);

  return {
    begin: () => '',
    document: (doc) => {
      documents++;
      for (const r of mentionRows(doc, options.kinds)) rows.get(r.kind)?.push(r);
      return '';
    },
    error: () => {
      failed++;
      return '';
    },
    end: () => {
      const out: string[] = [];
      for (const kind of options.kinds) {
        const kindRows = rows.get(kind) ?? [];
        out.push(paint.bold(`${kind} (${kindRows.length})`));
        if (kindRows.length === 0) {
          out.push(paint.dim('  none'), '');
          continue;
        }
        // Each column's border and padding take 3 characters; file:line is shown whole (its common folder left out past 40%).
        const room = width - 1 - COLUMNS[kind].length * 3;
        const paths = wholePaths(kindRows.map((r) => r.path), room, 0.4);
        const cols = COLUMNS[kind].map((c) => (c === where ? { ...where, cell: (r: MentionRow) => `${paths.shown(r.path)}:${r.line}` } : c));
        const w = widths(cols, kindRows, room);
        const cells = kindRows.map((r) => cols.map((c) => escapeControls(c.cell(r))));
        if (paths.note !== '') out.push(paint.dim(paths.note));
        out.push(drawTable(cols.map((c) => c.head), w, cells, options.color), '');
      }
      const summary = `${documents} document${documents === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`;
      countLine(summary);
      return `${out.join('\n')}\n`;
    },
  };
}

/**
 * A renderer for people that holds every item of every document until the end (tables need all
 * rows to size their columns), counting documents and failed inputs for the summary line.
 */
export function collectingRenderer<T>(end: (rows: T[], documents: number, failed: number) => string): Renderer<T[]> {
  const rows: T[] = [];
  let documents = 0;
  let failed = 0;
  return {
    begin: () => '',
    document: (items) => {
      documents++;
      rows.push(...items);
      return '';
    },
    error: () => {
      failed++;
      return '';
    },
    end: () => end(rows, documents, failed),
  };
}
