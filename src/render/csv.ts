// CSV (RFC 4180): a header, then one row per mention; CRLF line ends; fields quoted when needed.
import type { Renderer, RendererOptions } from './renderer.js';
import { mentionRows } from './rows.js';

const HEADER = ['path', 'kind', 'line', 'start', 'end', 'text', 'name', 'value', 'unit', 'qualifier'] as const;

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
