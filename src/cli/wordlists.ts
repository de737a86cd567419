// The commander definitions of `freq`, `ngrams` and `keywords` (the word lists); kept apart from
// cli.ts, which adds them. Each command's module is loaded only when it runs.
import { Command, InvalidArgumentError } from 'commander';
import { outputIsTerminal } from './output.js';
import { formatOption, nonNegative, partialOption, TERMINAL_TOP, topCount, wholeNumber, type Format } from './options.js';
import type { EncodingChoice } from '../io/decode.js';


/** `ngrams -n`: `2` → [2], `2..5` → [2, 3, 4, 5]; from 1 to 9 words. */
export function ngramSizes(value: string): number[] {
  const m = /^([1-9])(?:\.\.([1-9]))?$/.exec(value.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (!m || to < from) throw new InvalidArgumentError(`-n takes a number of words from 1 to 9, or a range like 2..5; got ${value}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The rows `--top` leaves: N, or every row for 0; not given, every row, except in a table on a
 * terminal, where the first TERMINAL_TOP are shown (and the command says how to see the rest).
 */
export function rowsShown(opts: { top?: number; format: string; json?: boolean; partial?: string }): number | undefined {
  if (opts.top !== undefined) return opts.top === 0 ? undefined : opts.top;
  return opts.format === 'table' && opts.json !== true && opts.partial === undefined && outputIsTerminal() ? TERMINAL_TOP : undefined;
}

type Shared = () => { color: boolean; clean: boolean; jobs: number | 'auto'; progress: boolean; encoding: EncodingChoice };

export function addWordListCommands(program: Command, shared: Shared): void {
  const wordList = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument('[inputs...]', 'files, directories (every *.txt below), glob patterns, or - for stdin')
      .addOption(formatOption())
      .option('--json', 'short for --format json')
      .option('--stopwords <list>', 'leave out stopwords: vntk, iso (stopwords-iso), or a file with one word a line')
      .option('--min <n>', 'only rows counted at least this often', (v) => wholeNumber(v, '--min'))
      .option('--top <n>', `only the first N rows (0: all; default: all, or the first ${TERMINAL_TOP} in a table on a terminal)`, topCount)
      .addOption(partialOption());
  type WordListFlags = { format: Format; json?: boolean; stopwords?: string; min?: number; top?: number; partial?: string };
  const wordListOptions = (opts: WordListFlags) => {
    const top = rowsShown(opts);
    return {
      format: opts.json ? 'json' : opts.format,
      ...shared(),
      ...(opts.stopwords !== undefined ? { stopwords: opts.stopwords } : {}),
      ...(opts.min !== undefined ? { min: opts.min } : {}),
      ...(top !== undefined ? { top } : {}),
      ...(opts.top === undefined && top !== undefined ? { topByDefault: true } : {}),
      ...(opts.partial !== undefined ? { partial: opts.partial } : {}),
    } as const;
  };

  wordList('freq', 'word frequencies across all inputs: count, per million words, documents')
    .addHelpText(
      'after',
      `
Examples:
  vnews freq --top 50 fixtures/seeds/
  vnews freq --stopwords vntk --min 5 --format csv corpus/ > words.csv`,
    )
    .action(async (inputs: string[], opts: WordListFlags) => {
      const { runFreq } = await import('../commands/freq.js');
      process.exitCode = await runFreq(inputs, wordListOptions(opts));
    });

  wordList('ngrams', 'word n-grams (within a line) across all inputs: count, documents')
    .option('-n, --size <n|a..b>', 'words in an n-gram: 2, or a range 2..5', ngramSizes, [2])
    .addHelpText(
      'after',
      `
Examples:
  vnews ngrams -n 2 --top 30 fixtures/seeds/
  vnews ngrams -n 2..4 --min 3 --stopwords vntk --format ndjson corpus/ | jq -r '[.count, .ngram] | @tsv'`,
    )
    .action(async (inputs: string[], opts: WordListFlags & { size: number[] }) => {
      const { runNgrams } = await import('../commands/freq.js');
      process.exitCode = await runNgrams(inputs, { ...wordListOptions(opts), sizes: opts.size });
    });

  wordList('keywords', 'keywords of the inputs against a reference corpus (log-likelihood, log ratio), or per document (--tfidf)')
    .option('--reference <input>', 'the reference corpus: a file, directory or glob pattern; repeat it for more (--reference a/ --reference b/)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--min-g2 <x>', 'only keywords whose log-likelihood reaches this (default 3.84, p < 0.05; 0: all)', (v) => nonNegative(v, '--min-g2'))
    .option('--tfidf', "per-document keywords by TF-IDF (natural's TfIdf) instead; --top per document (default 10)")
    .addHelpText(
      'after',
      `
Examples:
  vnews keywords corpus/crawl-2026 --reference corpus/baomoi-2017 --top 20
  vnews keywords --tfidf --top 5 --stopwords iso fixtures/seeds/`,
    )
    .action(async (inputs: string[], opts: WordListFlags & { reference?: string[]; minG2?: number; tfidf?: boolean }) => {
      if (opts.tfidf !== true && (opts.reference === undefined || opts.reference.length === 0)) throw new Error("keywords needs --reference DIR|FILE (or --tfidf); see 'vnews keywords --help'");
      if (opts.tfidf !== true && inputs.length === 0 && process.stdin.isTTY) throw new Error("keywords: no inputs to compare with the reference (give them before or after --reference, which takes one path; repeat it for more); see 'vnews keywords --help'");
      const { runKeywords } = await import('../commands/freq.js');
      const { top: _top, topByDefault: _default, ...rest } = wordListOptions(opts);
      // --tfidf: --top is per document (default 10; 0: every word).
      const top = opts.tfidf === true ? (opts.top === 0 ? Number.MAX_SAFE_INTEGER : opts.top) : _top;
      process.exitCode = await runKeywords(inputs, {
        ...rest,
        ...(top !== undefined ? { top } : {}),
        ...(opts.tfidf !== true && _default !== undefined ? { topByDefault: _default } : {}),
        tfidf: opts.tfidf === true,
        ...(opts.reference !== undefined ? { reference: opts.reference } : {}),
        ...(opts.minG2 !== undefined ? { minG2: opts.minG2 } : {}),
      });
    });

}
