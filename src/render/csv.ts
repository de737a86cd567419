// CSV (RFC 4180): a header, then one row per mention; CRLF line ends; fields quoted when needed.
import type { Renderer, RendererOptions } from './renderer.js';
import { mentionRows } from './rows.js';

const HEADER = ['path', 'kind', 'line', 'start', 'end', 'text', 'name', 'value', 'unit', 'qualifier', 'value_max'] as const;

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRenderer(options: RendererOptions): Renderer {
  return {
    begin: () => `${HEADER.join(',')}\r\n`,
    document: (doc) =>
      mentionRows(doc, options.kinds)
        .map((r) => `${HEADER.map((h) => csvField(r[h])).join(',')}\r\n`)
        .join(''),
    error: () => '',
    end: () => '',
  };
}

/** One CSV row (CRLF-ended) of the fields named in `header`, read from `cells`. */
export function csvRow<H extends string>(header: readonly H[], cells: Readonly<Partial<Record<H, string | number | null>>>): string {
  return `${header.map((h) => csvField(cells[h] ?? '')).join(',')}\r\n`;
}

/**
 * CSV for commands whose documents are lists of items (figures, quotes, kwic lines): the header,
 * then one row per item, as documents finish; `cells` maps an item to its fields.
 */
export function itemsCsvRenderer<T, H extends string>(header: readonly H[], cells: (item: T) => Readonly<Partial<Record<H, string | number | null>>>): Renderer<T[]> {
  return {
    begin: () => `${header.join(',')}\r\n`,
    document: (items) => items.map((item) => csvRow(header, cells(item))).join(''),
    error: () => '',
    end: () => '',
  };
}
