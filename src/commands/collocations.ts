// `vnews collocations`: the collocates of a word or phrase within a window of words, counted
// across all inputs into a mergeable summary, scored by log-likelihood, PMI or t-score.
import type { Format } from '../cli.js';
import { compilePattern, type Pattern } from '../corpus/concordance.js';
import { addArticleCollocations, collocates, emptyCollocations, type Measure } from '../corpus/collocations.js';
import { stopwords } from '../corpus/words.js';
import { EXIT_INPUT_ERROR, missingInput, reportUsage, terminalWidth, write } from '../cli/output.js';
import { eachInput } from '../cli/run.js';
import { indent } from '../render/json.js';
import { collocationsCsv, collocationsTable } from '../render/collocations.js';
import type { InputError } from '../types.js';

export interface CollocationsCommandOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  left: number;
  right: number;
  measure: Measure;
  min: number;
  top?: number;
  stopwords?: string;
}

export async function runCollocations(word: string, inputs: string[], options: CollocationsCommandOptions): Promise<number> {
  let pattern: Pattern;
  let stop: Set<string> | undefined;
  try {
    pattern = compilePattern(word);
    if (options.stopwords !== undefined) stop = stopwords(options.stopwords);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'collocations')) return EXIT_INPUT_ERROR;
  const summary = emptyCollocations(pattern.kind === 'words' ? pattern.keys : [], options.left, options.right);
  const errors: InputError[] = [];
  const status = await eachInput(inputs, {
    document: (text) => addArticleCollocations(summary, text, pattern, options.clean),
    error: async (path, message) => {
      errors.push({ path, message });
      if (options.format === 'ndjson') await write(`${JSON.stringify({ type: 'error', path, message })}\n`);
    },
  });
  const items = collocates(summary, { measure: options.measure, min: options.min, ...(options.top !== undefined ? { top: options.top } : {}), ...(stop ? { stopwords: stop } : {}) });
  const block = (value: unknown) => indent(JSON.stringify(value, null, 2), '  ').trimStart();
  const { node, left, right, documents, words, nodes, window } = summary;
  switch (options.format) {
    case 'table':
      await write(collocationsTable(items, summary, options.measure, options.color, terminalWidth()));
      break;
    case 'json':
      await write(`{\n  "node": ${JSON.stringify(node.join(' '))},\n  "measure": "${options.measure}",\n  "counts": ${JSON.stringify({ left, right, documents, words, nodes, window })},\n  "collocates": ${block(items)},\n  "errors": ${block(errors)}\n}\n`);
      break;
    case 'ndjson':
      for (const item of items) await write(`${JSON.stringify(item)}\n`);
      break;
    case 'csv':
      await write(collocationsCsv(items));
      break;
  }
  return status;
}
