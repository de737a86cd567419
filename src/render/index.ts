// Renderers: one per output format, a name→function map. Only this folder knows about
// chalk and cli-table3; the library and the commands know nothing of formats.
import type { Format } from './formats.js';
import type { Renderer, RendererOptions } from './renderer.js';
import { jsonRenderer } from './json.js';
import { ndjsonRenderer } from './ndjson.js';
import { csvRenderer } from './csv.js';
import { tableRenderer } from './table.js';

export type { Renderer, RendererOptions } from './renderer.js';
export { jsonRenderer, indent, type DocumentJson } from './json.js';
export { ndjsonRenderer, ndjsonErrorLine, jsonTextNdjsonRenderer } from './ndjson.js';
export { textRenderer } from './text.js';
export { showCuts } from './clean.js';
export { summaryRenderers, summaryJson, type SummaryOutput } from './summary.js';
export * from './formats.js';
export { officialsTable } from './officials.js';
export { conferencesTable } from './conferences.js';
export { checkReport } from './check.js';
export { dedupeTable } from './dedupe.js';
export { figuresRenderers, figureValue, type FiguresRenderer } from './figures.js';
export { quotesRenderers, type QuotesRenderer } from './quotes.js';
export { freqTable, freqCsv, ngramsTable, ngramsCsv, keywordsTable, keywordsCsv, tfidfTable, tfidfCsv } from './freq.js';

export const renderers: Record<Format, (options: RendererOptions) => Renderer> = {
  table: tableRenderer,
  json: () => jsonRenderer(),
  ndjson: () => ndjsonRenderer(),
  csv: csvRenderer,
};
