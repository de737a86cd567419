// Dispersion plots for `vnews plot`: one row per article, its length in words as a bar scaled to
// the longest article, a tick where each hit falls. In the terminal a row of `─` with `│` ticks;
// as an SVG (rects, lines, escaped labels) or a PNG (the same picture in pixels, labels in a
// 3×5 pixel font).
import { PNG } from 'pngjs';
import { textPixels } from './font.js';
import type { Dispersion } from '../corpus/concordance.js';
import { escapeControls, painter } from './table.js';
import { countLine } from './counts.js';

const longest = (rows: readonly Dispersion[]) => rows.reduce((m, r) => Math.max(m, r.words), 0);
const hitCount = (rows: readonly Dispersion[]) => rows.reduce((n, r) => n + r.hits.length, 0);

/** A path cut from the left to `width` characters (`…` in front), so the file name stays. */
function clipLeft(s: string, width: number): string {
  return s.length <= width ? s : `…${s.slice(s.length - width + 1)}`;
}

/** The terminal plot: `path  ──│───│──  2` per article, `width` columns in all (within 40..400). */
export function plotText(rows: readonly Dispersion[], options: { color: boolean; width?: number; pattern: string }): string {
  const paint = painter(options.color);
  const width = Math.max(40, Math.min(options.width ?? 100, 400));
  const max = longest(rows);
  const countWidth = Math.max(...rows.map((r) => String(r.hits.length).length), 1);
  const labelWidth = Math.min(Math.max(...rows.map((r) => escapeControls(r.path).length), 4), Math.floor(width * 0.3));
  const barWidth = Math.max(10, width - labelWidth - countWidth - 4);
  const lines = rows.map((r) => {
    const cells = max === 0 ? 0 : Math.max(r.words > 0 ? 1 : 0, Math.round((barWidth * r.words) / max));
    const bar = Array.from({ length: cells }, () => '─');
    for (const h of r.hits) bar[Math.min(cells - 1, Math.floor((barWidth * h.word) / max))] = '│';
    const drawn = bar.map((c) => (c === '│' ? paint.red.bold(c) : paint.dim(c))).join('');
    return `${clipLeft(escapeControls(r.path), labelWidth).padEnd(labelWidth)}  ${drawn}${' '.repeat(barWidth - cells)}  ${String(r.hits.length).padStart(countWidth)}\n`;
  });
  const about = `${hitCount(rows)} hit${hitCount(rows) === 1 ? '' : 's'} of ${options.pattern} in ${rows.filter((r) => r.hits.length > 0).length} of ${rows.length} article${rows.length === 1 ? '' : 's'} (bars to scale: the longest has ${max} words)`;
  return `${lines.join('')}${countLine(about)}`;
}

/** Where things go in the picture (pixels); the SVG and the PNG share it. */
export const LAYOUT = { label: 320, plot: 800, count: 60, row: 20, bar: 12, top: 40, bottom: 16 } as const;

/** The x of a hit at word `word` in a plot whose longest article has `max` words: the middle of the word's slot. */
export function tickX(word: number, max: number): number {
  return Math.round((LAYOUT.label + (LAYOUT.plot * (word + 0.5)) / max) * 100) / 100;
}

function barWidthPx(words: number, max: number): number {
  return Math.round(((LAYOUT.plot * words) / max) * 100) / 100;
}

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** The plot as an SVG document. */
export function plotSvg(rows: readonly Dispersion[], pattern: string): string {
  const max = Math.max(longest(rows), 1);
  const width = LAYOUT.label + LAYOUT.plot + LAYOUT.count;
  const height = LAYOUT.top + rows.length * LAYOUT.row + LAYOUT.bottom;
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" style="background:#ffffff">`,
    `<text x="${LAYOUT.label}" y="22" font-size="14" font-weight="bold">${escapeXml(`Dispersion of “${pattern}”: ${hitCount(rows)} hits in ${rows.length} articles (longest ${longest(rows)} words)`)}</text>`,
  ];
  rows.forEach((r, i) => {
    const y = LAYOUT.top + i * LAYOUT.row;
    const mid = y + LAYOUT.bar / 2 + 4;
    out.push(`<g class="article">`);
    out.push(`<text x="${LAYOUT.label - 8}" y="${mid}" text-anchor="end">${escapeXml(clipLeft(r.path, 48))}</text>`);
    out.push(`<rect x="${LAYOUT.label}" y="${y}" width="${barWidthPx(r.words, max)}" height="${LAYOUT.bar}" fill="#e8e8e8" stroke="#999999"/>`);
    for (const h of r.hits) out.push(`<line x1="${tickX(h.word, max)}" x2="${tickX(h.word, max)}" y1="${y}" y2="${y + LAYOUT.bar}" stroke="#cc0000" stroke-width="1.5"/>`);
    out.push(`<text x="${LAYOUT.label + LAYOUT.plot + 8}" y="${mid}">${r.hits.length}</text>`);
    out.push(`</g>`);
  });
  out.push('</svg>', '');
  return out.join('\n');
}

/** The same picture as a PNG; labels in a small pixel font (font.ts: Vietnamese without its marks). */
export function plotPng(rows: readonly Dispersion[], pattern: string): Buffer {
  const max = Math.max(longest(rows), 1);
  const width = LAYOUT.label + LAYOUT.plot + LAYOUT.count;
  const height = LAYOUT.top + rows.length * LAYOUT.row + LAYOUT.bottom;
  const png = new PNG({ width, height });
  png.data.fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: [number, number, number]) => {
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(height, Math.round(y1)); y++)
      for (let x = Math.max(0, Math.round(x0)); x < Math.min(width, Math.round(x1)); x++) {
        const at = (y * width + x) * 4;
        png.data[at] = r;
        png.data[at + 1] = g;
        png.data[at + 2] = b;
        png.data[at + 3] = 255;
      }
  };
  const write = (text: string, x: number, y: number, rgb: [number, number, number]) => {
    for (const [dx, dy] of textPixels(text)) fill(x + dx, y + dy, x + dx + 1, y + dy + 1, rgb);
  };
  write(`${pattern}: ${hitCount(rows)} hits in ${rows.length} articles (longest ${longest(rows)} words)`, LAYOUT.label, 14, [0, 0, 0]);
  rows.forEach((r, i) => {
    const y = LAYOUT.top + i * LAYOUT.row;
    const w = Math.max(1, barWidthPx(r.words, max));
    const label = clipLeft(r.path, 38);
    write(label, LAYOUT.label - 8 - label.length * 8, y + 1, [0, 0, 0]);
    write(String(r.hits.length), LAYOUT.label + LAYOUT.plot + 8, y + 1, [0, 0, 0]);
    fill(LAYOUT.label, y, LAYOUT.label + w, y + LAYOUT.bar, [153, 153, 153]);
    fill(LAYOUT.label + 1, y + 1, LAYOUT.label + w - 1, y + LAYOUT.bar - 1, [232, 232, 232]);
    for (const h of r.hits) fill(Math.floor(tickX(h.word, max)) - 1, y, Math.floor(tickX(h.word, max)) + 1, y + LAYOUT.bar, [204, 0, 0]);
  });
  return PNG.sync.write(png);
}
