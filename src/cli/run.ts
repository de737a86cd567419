// The loop every command that reads articles shares: inputs are read in order and each article
// is handed to the command's task (in this thread, or dealt to worker threads with --jobs), and
// what it gave comes back in input order, to be rendered as soon as it is done. An input that
// failed is reported on stderr and to the command (ndjson puts an error line in its place), and
// the run goes on.
import { setFlagsFromString } from 'node:v8';
import type { Renderer } from '../render/renderer.js';
import { mapInputs } from '../parallel/pool.js';
import type { Task } from '../parallel/tasks.js';
import { atInterrupt, EXIT_INPUT_ERROR, EXIT_OK, outputIsTerminal, reportInputError, reportUsage, write, WriteError } from './output.js';
import { countInputs as countRead } from './stats.js';
import { writePartial, type Reducer } from './partial.js';
import { countInputs, Progress } from './progress.js';
import { isFileList, type Loaded } from '../io/inputs.js';
import { ENCODING_LABELS, type Encoding, type EncodingChoice } from '../io/decode.js';

// V8's optimizing compiler inlines callees into the kinds' large find functions and compiles
// each of them several times as their type feedback settles: measured (README, "Measured"), that
// compiling took about 0.5 CPU-seconds of a run over the corpus, a third of it, and left code no
// faster than without inlining. Turning inlining off (--no-turbo-inlining, until issue 20's third
// round) left small helpers (a class test, a key compare) calls too: inlining only functions of
// at most 60 bytes of bytecode, 240 into one function, took 7% less CPU over the corpus copied 8
// times than no inlining, and the same over the corpus once. And V8 waits twice its default
// interrupt budget before it optimizes a function, so that most are optimized once, with the
// feedback of most of their paths: functions optimized early were deoptimized ("insufficient type
// feedback") and compiled again, up to six times each. Counted with valgrind (`node
// --single-threaded`, extract -j 1 on the corpus, compiling included): 5.01 billion instructions
// against 5.32 with the default; the corpus copied 8 times took the same CPU. The flags are read
// when a function is optimized, so setting them here, before any article is read, covers the
// whole run and the worker threads (V8's flags are the process's). bin/vnews.js sets the same
// before it compiles the bundle, since a code cache holds the flags it was made with.
export const V8_FLAGS = '--max-inlined-bytecode-size=60 --max-inlined-bytecode-size-cumulative=240 --interrupt-budget=135168';
setFlagsFromString(V8_FLAGS);

/** How a run goes: worker threads (1: this thread only), and a partial file to write instead of the answer. */
export interface RunOptions {
  /** Threads that work on articles (this one and jobs - 1 workers); `auto` (the command line's default): one per core once the inputs reach AUTO_MIN_BYTES. */
  jobs?: number | 'auto';
  /** Show a progress bar on stderr when it is a terminal (on unless --no-progress). */
  progress?: boolean;
  /** Write the command's partial state here (for `vnews merge`) instead of printing the answer. */
  partial?: string;
  /** How input files are encoded (--encoding); `auto` (the default) tells each file's from its bytes. */
  encoding?: EncodingChoice;
}

/** What to do with each input: what its article gave (or a folded batch: `files` articles), or the error that stopped it. */
export interface InputHandlers<R> {
  document(value: R, path: string, files: number): Promise<void> | void;
  error(path: string, message: string): Promise<void> | void;
}

/**
 * Run the task on every input; an input that failed is reported on stderr too, and files found to
 * be in a legacy encoding are noted there once the run is done (see LegacyNote). The exit status:
 * 0, or 2 when some input failed.
 */
export async function eachInput<R>(inputs: readonly string[], task: Task<R>, handlers: InputHandlers<R>, run: RunOptions = {}, outputAtEnd = false): Promise<number> {
  let failed = false;
  const progress = progressBar(inputs, run, outputAtEnd);
  const forget = progress ? atInterrupt(() => progress.clear()) : undefined;
  countRead(0);
  const encoding = run.encoding ?? 'auto';
  const legacy = new LegacyNote();
  try {
    for await (const done of mapInputs(inputs, task, run.jobs, { encoding, ...(encoding === 'auto' ? { seen: (l: Loaded) => legacy.seen(l) } : {}) })) {
      progress?.tick(done.bytes, done.files);
      if ('error' in done) {
        countRead(1, 1);
        failed = true;
        progress?.clear();
        reportInputError(done.path, done.error);
        await handlers.error(done.path, done.error);
        continue;
      }
      countRead(done.files);
      await handlers.document(done.value, done.path, done.files);
    }
  } finally {
    forget?.();
    progress?.done();
  }
  legacy.report();
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}

/**
 * The files that auto-detection read as Windows-1258 or TCVN3: one line on stderr per encoding
 * at the end of the run, with how many and the first (a note for every file of a large legacy
 * archive would bury the errors). The exit status does not change.
 */
class LegacyNote {
  private readonly found = new Map<Encoding, { count: number; first: string }>();

  seen(loaded: Loaded): void {
    if (!('encoding' in loaded) || (loaded.encoding !== 'windows-1258' && loaded.encoding !== 'tcvn3')) return;
    const f = this.found.get(loaded.encoding);
    if (f) f.count++;
    else this.found.set(loaded.encoding, { count: 1, first: loaded.path });
  }

  report(): void {
    for (const [encoding, { count, first }] of this.found) {
      const details = [
        ...(count > 1 ? [`the first: ${first}`] : []),
        ...(encoding === 'tcvn3' ? ['TCVN3 has no capitals with tone marks: they read as small letters'] : []),
      ];
      const files = count === 1 ? first : `${count} files`;
      reportUsage(`note: read ${files} as ${ENCODING_LABELS[encoding]}, not UTF-8${details.length > 0 ? ` (${details.join('; ')})` : ''}`);
    }
  }
}

/**
 * A progress bar on stderr, when it is a terminal and the output does not go to that terminal as
 * the run goes (a summary printed at the end, or output redirected); the inputs are counted in
 * the background for its totals.
 */
function progressBar(inputs: readonly string[], run: RunOptions, outputAtEnd: boolean): Progress | undefined {
  if (run.progress === false || (outputIsTerminal() && !outputAtEnd)) return undefined;
  const progress = new Progress();
  if (!progress.active) return undefined;
  // A --files-from list is read as it goes: no totals, so no ETA (files, MB and rate still show).
  if (inputs.some(isFileList)) return progress;
  countInputs(inputs).then(
    ({ files, bytes }) => progress.setTotals(files, bytes),
    () => undefined,
  );
  return progress;
}

/** Render every input as soon as it is done (`outputAtEnd`: the renderer holds it all for the end, a table, so the progress bar shows meanwhile); the exit status as for `eachInput`. */
export async function renderInputs<D>(inputs: readonly string[], renderer: Renderer<D>, task: Task<D>, run: RunOptions = {}, seen?: (doc: D) => void, outputAtEnd = false): Promise<number> {
  await write(renderer.begin());
  const status = await eachInput(
    inputs,
    task,
    {
      document: (doc) => {
        seen?.(doc);
        return write(renderer.document(doc));
      },
      error: (path, message) => write(renderer.error({ path, message })),
    },
    run,
    outputAtEnd,
  );
  await write(renderer.end());
  return status;
}

/** One input of a streamed command, as a partial file keeps it: what its article gave, or its error. */
export type StreamEvent<D> = { path: string; value: D } | { path: string; error: string };

/**
 * `--partial` for a command that streams its documents (figures): keep each input's value or
 * error, in order, and write them to the partial file; the exit status as for `eachInput`.
 */
export async function recordInputs<D>(inputs: readonly string[], task: Task<D>, partial: { file: string; command: string; options: Record<string, unknown> }, run: RunOptions = {}): Promise<number> {
  const events: StreamEvent<D>[] = [];
  const status = await eachInput(inputs, task, { document: (value, path) => void events.push({ path, value }), error: (path, error) => void events.push({ path, error }) }, run);
  const errors = events.flatMap((e) => ('error' in e ? [{ path: e.path, message: e.error }] : []));
  try {
    await writePartial(partial.file, { command: partial.command, options: partial.options, inputs: events.length, errors, state: events });
  } catch (err) {
    reportUsage(err instanceof WriteError ? err.message : `${partial.file}: ${(err as Error).message}`);
    return EXIT_INPUT_ERROR;
  }
  return status;
}

/** `merge` for a streamed command: the shards' inputs rendered in order, as one run would; `exit` gives the status when none failed. */
export function streamReducer<D>(renderer: Renderer<D>, exit: (values: number) => number, count: (doc: D) => number = () => 1): Reducer {
  const events: StreamEvent<D>[] = [];
  return {
    merge: (state) => void events.push(...(state as StreamEvent<D>[])),
    finish: async (errors) => {
      let seen = 0;
      await write(renderer.begin());
      for (const e of events) {
        if ('error' in e) await write(renderer.error({ path: e.path, message: e.error }));
        else {
          seen += count(e.value);
          await write(renderer.document(e.value));
        }
      }
      await write(renderer.end());
      return errors.length > 0 ? EXIT_INPUT_ERROR : exit(seen);
    },
  };
}
