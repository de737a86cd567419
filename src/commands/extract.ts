// `vnews extract`: read each input in turn, extract, and hand the document to a renderer.
import { extract } from '../extract.js';
import type { Document, Kind } from '../types.js';
import { KINDS } from '../types.js';
import type { Format } from '../cli.js';
import { EXIT_INPUT_ERROR, missingInput, reportUsage, terminalWidth } from '../cli/output.js';
import { renderInputs, type RunOptions } from '../cli/run.js';
import { withLongTableHint } from '../cli/hints.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { renderers } from '../render/index.js';
import { countFound } from '../cli/stats.js';

export interface ExtractCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  only?: string;
  /** Leave out site furniture (true unless --no-clean). */
  clean: boolean;
}

/** Parse `--only officials,figures`; throws on an unknown kind. */
export function parseKinds(only: string | undefined): Kind[] {
  if (only === undefined) return [...KINDS];
  const kinds = only
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const k of kinds) {
    if (!(KINDS as readonly string[]).includes(k)) {
      throw new Error(`--only: unknown kind '${k}' (choose from ${KINDS.join(', ')})`);
    }
  }
  if (kinds.length === 0) throw new Error(`--only: name at least one of ${KINDS.join(', ')}`);
  return kinds as Kind[];
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions): Promise<number> {
  let kinds: Kind[];
  try {
    kinds = parseKinds(options.only);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'extract')) return EXIT_INPUT_ERROR;
  const table = options.format === 'table';
  const made = renderers[options.format]({ kinds, color: options.color, width: terminalWidth() });
  const renderer = table ? withLongTableHint(made) : made;
  for (const k of kinds) countFound(k, 0);
  // A table is written at the end: the progress bar shows while its rows are gathered.
  return renderInputs(
    inputs,
    renderer,
    task(import.meta.url, extractPart, { kinds, clean: options.clean }),
    options,
    (doc) => {
      for (const k of kinds) countFound(k, doc[k].length);
    },
    table,
  );
}

/** One article's document. */
export function extractPart(options: { kinds: Kind[]; clean: boolean }): ArticleFunction<Document> {
  return (text, path) => extract(text, { path, only: options.kinds, clean: options.clean });
}
