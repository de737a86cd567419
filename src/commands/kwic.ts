// `vnews kwic`: keyword in context over words. Unsorted, each article's lines are rendered as soon
// as it is read; sorted (--sort left|right), every line is held and sorted first.
// Exit status as in grep: 0 some line printed, 1 none, 2 an input failed (or a bad option).
import type { Format } from '../cli.js';
import { compilePattern, kwic, kwicLine, sortKwic, type KwicEntry, type KwicSort } from '../corpus/concordance.js';
import { EXIT_INPUT_ERROR, EXIT_OK, missingInput, reportUsage, write } from '../cli/output.js';
import { eachInput, renderInputs, type RunOptions } from '../cli/run.js';
import { task, type ArticleFunction } from '../parallel/task.js';
import { kwicRenderers } from '../render/kwic.js';
import { countFound } from '../cli/stats.js';

export const EXIT_NO_MATCH = 1;

export interface KwicCommandOptions extends RunOptions {
  format: Format;
  color: boolean;
  clean: boolean;
  width: number;
  sort: KwicSort;
  regex: boolean;
}

export async function runKwic(patternText: string, inputs: string[], options: KwicCommandOptions): Promise<number> {
  try {
    compilePattern(patternText, options.regex);
  } catch (err) {
    reportUsage((err as Error).message);
    return EXIT_INPUT_ERROR;
  }
  if (missingInput(inputs, 'kwic')) return EXIT_INPUT_ERROR;
  const renderer = kwicRenderers[options.format]({ color: options.color, width: options.width });
  const concordance = task(import.meta.url, kwicPart, { pattern: patternText, regex: options.regex, width: options.width, clean: options.clean });
  let printed = 0;
  let status: number;
  if (options.sort === 'none') {
    const lines = { ...renderer, document: (entries: KwicEntry[]) => renderer.document(entries.map(kwicLine)) };
    status = await renderInputs(inputs, lines, concordance, options, (entries) => (printed += entries.length));
  } else {
    const entries: KwicEntry[] = [];
    await write(renderer.begin());
    status = await eachInput(
      inputs,
      concordance,
      {
        document: (lines) => {
          entries.push(...lines);
        },
        error: (path, message) => write(renderer.error({ path, message })),
      },
      options,
    );
    printed = entries.length;
    await write(renderer.document(sortKwic(entries, options.sort).map(kwicLine)));
    await write(renderer.end());
  }
  countFound('lines', printed);
  if (status !== EXIT_OK) return status;
  return printed > 0 ? EXIT_OK : EXIT_NO_MATCH;
}

/** One article's concordance entries. */
export function kwicPart(options: { pattern: string; regex: boolean; width: number; clean: boolean }): ArticleFunction<KwicEntry[]> {
  const pattern = compilePattern(options.pattern, options.regex);
  return (text, path) => kwic(text, path, pattern, { width: options.width, clean: options.clean });
}
