// `vnews segment`: the words of each input, as the word segmenter in use gives them.
//   text:   each input line, words separated by spaces, a word's syllables joined by `_`
//   json:   { "documents": [{ "path", "words": [Word] }], "errors": [{ "path", "message" }] }
//   ndjson: one { "path", "words" } per input; { "type": "error", "path", "message" } in place
// A file that cannot be read is reported on stderr and the run goes on; exit 2 if any failed.
import type { Command } from 'commander';
import { TEXT_FORMATS, type TextFormat } from '../../render/formats.js';
import type { SegmentDocument } from '../../parallel/tasks.js';
import type { RunOptions } from '../run.js';
import { formatOf, formatOption, inputsArgument, jsonOption, severalInputs, type Globals } from '../options.js';

export interface SegmentCommandOptions extends RunOptions {
  format: TextFormat;
  /** Leave out site furniture (true unless --no-clean): it is blanked, so offsets still hold. */
  clean: boolean;
  /** Several inputs (or a directory or pattern): text mode puts a `==> path <==` line before each. */
  many?: boolean;
}

export function defineSegment(program: Command, globals: () => Globals): void {
  program
    .command('segment')
    .description('the words of each article (RDRsegmenter\'s word segmentation by default, or vntk\'s: --segmenter)')
    .addArgument(inputsArgument())
    .addOption(formatOption(TEXT_FORMATS))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  vnews segment fixtures/seeds/
  echo 'Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị' | vnews segment
  vnews segment --format ndjson 'corpus/**/*.txt' | jq -r '.words[].text'`,
    )
    .action(async (inputs: string[], opts: { format: TextFormat; json?: boolean }) => {
      const { clean, jobs, progress, encoding } = globals();
      process.exitCode = await runSegment(inputs, { format: formatOf(opts), clean, jobs, progress, encoding, many: severalInputs(inputs) });
    });
}

export async function runSegment(inputs: string[], options: SegmentCommandOptions): Promise<number> {
  const [{ renderInputs }, { jsonRenderer, ndjsonRenderer, textRenderer }, { countFound }, { task }] = await Promise.all([
    import('../run.js'),
    import('../../render/index.js'),
    import('../stats.js'),
    import('../../parallel/tasks.js'),
  ]);
  countFound('words', 0);
  const words = (doc: SegmentDocument) => countFound('words', doc.words.length);
  switch (options.format) {
    case 'text':
      // A line's words are separated by spaces (a word's own syllables are joined by `_`).
      return renderInputs(inputs, textRenderer(options.many === true), task('segmentText', { clean: options.clean }), options, ({ out }) =>
        countFound('words', out.split(/[ \n]+/).filter((w) => w !== '').length),
      );
    case 'json':
      return renderInputs(inputs, jsonRenderer<SegmentDocument>(compactWords), task('segment', { clean: options.clean }), options, words);
    case 'ndjson':
      return renderInputs(inputs, ndjsonRenderer<SegmentDocument>(), task('segment', { clean: options.clean }), options, words);
  }
}

/** In json, a document's words one to a line rather than one field to a line. */
function compactWords(doc: SegmentDocument, pad: string): string {
  const words = doc.words.length === 0 ? '[]' : `[\n${doc.words.map((w) => `${pad}    ${JSON.stringify(w)}`).join(',\n')}\n${pad}  ]`;
  return `{\n${pad}  "path": ${JSON.stringify(doc.path)},\n${pad}  "words": ${words}\n${pad}}`;
}
