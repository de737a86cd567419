// Dispersion plots for `vnews plot`: one row per article, a tick where each hit falls. In the
// terminal a row of `─` with `│` ticks, bars scaled to the longest article; as an SVG (each bar
// the whole article, an axis from 0 to 100% under them) or a PNG (that SVG rasterized by resvg).
import { createRequire } from 'node:module';
import type { Dispersion } from '../corpus/concordance.js';
import type { InputError } from '../types.js';
import type { Format } from './formats.js';
import { escapeControls, painter, wholePaths } from './table.js';
import { countLine } from './counts.js';
import { csvField } from './csv.js';
import { summaryJson } from './summary.js';

const longest = (rows: readonly Dispersion[]) => rows.reduce((m, r) => Math.max(m, r.words), 0);
const hitCount = (rows: readonly Dispersion[]) => rows.reduce((n, r) => n + r.hits.length, 0);

/** A path cut from the left to `width` characters (`…` in front), so the file name stays. */
function clipLeft(s: string, width: number): string {
  return s.length <= width ? s : `…${s.slice(s.length - width + 1)}`;
}

/** The terminal plot: `path  ──│───│──  2` per article, `width` columns in all (within 40..400). */
export function plotText(rows: readonly Dispersion[], options: { color: boolean; width?: number; pattern: string; about?: string }): string {
  const paint = painter(options.color);
  const width = Math.max(40, Math.min(options.width ?? 100, 400));
  const max = longest(rows);
  const countWidth = Math.max(...rows.map((r) => String(r.hits.length).length), 1);
  const paths = wholePaths(rows.map((r) => r.path), width, 0.3);
  const label = (r: Dispersion) => escapeControls(paths.shown(r.path));
  const labelWidth = Math.min(Math.max(...rows.map((r) => label(r).length), 4), Math.floor(width * 0.3));
  const barWidth = Math.max(10, width - labelWidth - countWidth - 4);
  const lines = rows.map((r) => {
    const cells = max === 0 ? 0 : Math.max(r.words > 0 ? 1 : 0, Math.round((barWidth * r.words) / max));
    const bar = Array.from({ length: cells }, () => '─');
    for (const h of r.hits) bar[Math.min(cells - 1, Math.floor((barWidth * h.word) / max))] = '│';
    const drawn = bar.map((c) => (c === '│' ? paint.red.bold(c) : paint.dim(c))).join('');
    return `${clipLeft(label(r), labelWidth).padEnd(labelWidth)}  ${drawn}${' '.repeat(barWidth - cells)}  ${String(r.hits.length).padStart(countWidth)}\n`;
  });
  const about = `${hitCount(rows)} hit${hitCount(rows) === 1 ? '' : 's'} of ${options.pattern} in ${rows.filter((r) => r.hits.length > 0).length} of ${rows.length} article${rows.length === 1 ? '' : 's'} (bars to scale: the longest has ${max} words)${options.about ?? ''}`;
  return `${paths.note !== '' ? `${paint.dim(paths.note)}\n` : ''}${lines.join('')}${countLine(about)}`;
}

/** Where things go in the picture (pixels); the SVG and the PNG share it. */
export const LAYOUT = { label: 320, plot: 800, count: 60, row: 20, bar: 12, top: 40, bottom: 44 } as const;

/** The x of a hit at word `word` in a bar of `max` words: the middle of the word's slot. */
export function tickX(word: number, max: number): number {
  return Math.round((LAYOUT.label + (LAYOUT.plot * (word + 0.5)) / max) * 100) / 100;
}


const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** The font the images are drawn in: DejaVu Sans, which has every Vietnamese letter (the `dejavu-fonts-ttf` package ships it, so a PNG looks the same on every machine). */
export const PLOT_FONT = 'DejaVu Sans';

/** Where the x axis' ticks fall: 0, 25, 50, 75 and 100% of each article. */
const AXIS = [0, 25, 50, 75, 100];

/**
 * The plot as an SVG document: one row per article, its bar the whole article (position 0–100%
 * along it, whatever its length), a red tick where each hit falls, the count of hits at the right,
 * and an axis under the rows. The PNG is this same document rasterized.
 */
export function plotSvg(rows: readonly Dispersion[], pattern: string, about = ''): string {
  const width = LAYOUT.label + LAYOUT.plot + LAYOUT.count;
  const axisY = LAYOUT.top + rows.length * LAYOUT.row + 4;
  const height = axisY + LAYOUT.bottom;
  const paths = wholePaths(rows.map((r) => r.path), 44, 1);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PLOT_FONT}, sans-serif" font-size="12" style="background:#ffffff">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LAYOUT.label}" y="22" font-size="14" font-weight="bold">${escapeXml(`Dispersion of “${pattern}”: ${hitCount(rows)} hits in ${rows.filter((r) => r.hits.length > 0).length} of ${rows.length} articles${about}`)}</text>`,
    ...(paths.note !== '' ? [`<text x="${LAYOUT.label - 8}" y="22" text-anchor="end" fill="#555555">${escapeXml(paths.note)}</text>`] : []),
  ];
  rows.forEach((r, i) => {
    const y = LAYOUT.top + i * LAYOUT.row;
    const mid = y + LAYOUT.bar / 2 + 4;
    out.push(`<g class="article">`);
    out.push(`<text x="${LAYOUT.label - 8}" y="${mid}" text-anchor="end">${escapeXml(clipLeft(paths.shown(r.path), 44))}</text>`);
    out.push(`<rect class="bar" x="${LAYOUT.label}" y="${y}" width="${LAYOUT.plot}" height="${LAYOUT.bar}" fill="#e8e8e8" stroke="#999999"/>`);
    for (const h of r.hits) out.push(`<line x1="${tickX(h.word, r.words)}" x2="${tickX(h.word, r.words)}" y1="${y}" y2="${y + LAYOUT.bar}" stroke="#cc0000" stroke-width="1.5"/>`);
    out.push(`<text x="${LAYOUT.label + LAYOUT.plot + 8}" y="${mid}">${r.hits.length}</text>`);
    out.push(`</g>`);
  });
  out.push(`<g class="axis" stroke="#666666">`, `<line x1="${LAYOUT.label}" x2="${LAYOUT.label + LAYOUT.plot}" y1="${axisY}" y2="${axisY}"/>`);
  for (const p of AXIS) {
    const x = LAYOUT.label + (LAYOUT.plot * p) / 100;
    out.push(`<line x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + 5}"/>`);
    out.push(`<text x="${x}" y="${axisY + 18}" text-anchor="middle" stroke="none" fill="#333333">${p}%</text>`);
  }
  out.push(`<text x="${LAYOUT.label + LAYOUT.plot / 2}" y="${axisY + 34}" text-anchor="middle" stroke="none" fill="#333333">position in the article</text>`, '</g>');
  out.push('</svg>', '');
  return out.join('\n');
}

/** The font file the PNG is drawn with (from the `dejavu-fonts-ttf` package). */
function fontFile(): string {
  return createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
}

/**
 * The same picture as a PNG: the SVG above rasterized by resvg (`@resvg/resvg-js`, prebuilt
 * binaries, no compiler), with DejaVu Sans for the labels, so Vietnamese keeps its marks.
 */
export function plotPng(rows: readonly Dispersion[], pattern: string, about = ''): Buffer {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const bold = fontFile().replace(/DejaVuSans\.ttf$/, 'DejaVuSans-Bold.ttf');
  const resvg = new Resvg(plotSvg(rows, pattern, about), {
    background: '#ffffff',
    font: { fontFiles: [fontFile(), bold], loadSystemFonts: false, defaultFontFamily: PLOT_FONT, sansSerifFamily: PLOT_FONT },
  });
  return resvg.render().asPng();
}

/**
 * The articles a plot shows: drawn (the terminal, SVG, PNG), only those with a hit; with `top`,
 * the `top` with the most hits (ties in input order), most first. `about` says what was left out.
 */
export function plotRows(rows: readonly Dispersion[], drawn: boolean, top?: number): { rows: Dispersion[]; about: string } {
  let shown = drawn ? rows.filter((r) => r.hits.length > 0) : [...rows];
  const withoutHit = rows.length - shown.length;
  if (top !== undefined && top > 0 && shown.length > top) {
    shown = shown.map((r, i) => ({ r, i })).sort((a, b) => b.r.hits.length - a.r.hits.length || a.i - b.i).slice(0, top).map(({ r }) => r);
    return { rows: shown, about: ` (the ${top} with the most hits, of ${rows.length} articles)` };
  }
  return { rows: shown, about: withoutHit > 0 ? ` (${withoutHit} of ${rows.length} articles without a hit left out)` : '' };
}

/** A plot to print: the articles shown, the errors, and what the terminal plot needs. */
export interface PlotOutput {
  rows: readonly Dispersion[];
  errors: readonly InputError[];
  pattern: string;
  about: string;
  color: boolean;
  width?: number;
}

/** A plot printed, by format, in pieces: the terminal plot, JSON, a line an article, or a row a hit. */
export const plotRenderers: Record<Format, (p: PlotOutput) => Iterable<string>> = {
  table: (p) => [plotText(p.rows, { color: p.color, ...(p.width !== undefined ? { width: p.width } : {}), pattern: p.pattern, about: p.about })],
  json: (p) => [summaryJson('articles', p.rows, p.errors)],
  ndjson: (p) => p.rows.map((r) => `${JSON.stringify(r)}\n`),
  csv: (p) => [`path,words,word,line,start,end\r\n${p.rows.flatMap((r) => r.hits.map((h) => `${[r.path, r.words, h.word, h.line, h.start, h.end].map(csvField).join(',')}\r\n`)).join('')}`],
};
