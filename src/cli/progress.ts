// A progress bar for long runs: one line on stderr (files, MB, rate, ETA), redrawn in place,
// only on a terminal and only once the run has lasted a moment; never in pipes or CI logs.
// Also counts what the inputs name, in the background, so the bar can show totals.
import { statSync } from 'node:fs';
import { expandInputs, isFileList } from '../io/inputs.js';

/** How and where to draw the bar; every field has a default. */
export interface ProgressOptions {
  /** Where to draw: process.stderr unless told. */
  stream?: NodeJS.WriteStream;
  /**
   * Draw at all: by default when the stream is a terminal, CI is unset and TERM is not `dumb`.
   * `true` overrides CI and TERM, not the terminal: a stream that is not a TTY never gets a bar.
   */
  enabled?: boolean;
  /** Show nothing until the run has lasted this long (default: VNEWS_PROGRESS_DELAY seconds, else 1000 ms): short runs stay silent. */
  delayMs?: number;
  /** Redraw at most this often (default 200 ms). */
  intervalMs?: number;
  /** The clock, in milliseconds; for tests. */
  now?: () => number;
}

/** Bytes in a megabyte, as the bar counts them (decimal: MB, not MiB). */
const MB = 1e6;
/** The bar's inner width: at most BAR_MAX, shrinking to leave room for the figures; below BAR_MIN, no bar. */
const BAR_MAX = 30;
const BAR_MIN = 10;
const SEPARATOR = ' · ';
const ERASE = '\r\x1b[K';

/** VNEWS_PROGRESS_DELAY: seconds before the bar is drawn, a number from 0 (anything else: the default). */
function delayFromEnvironment(): number | undefined {
  const value = process.env.VNEWS_PROGRESS_DELAY;
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value) * 1000;
}

/**
 * A progress bar over a stream. Silent when disabled or not on a terminal; otherwise draws from
 * `tick` (throttled; no timer, so nothing keeps the process alive) once `delayMs` has passed.
 */
export class Progress {
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly start: number;
  private files = 0;
  private bytes = 0;
  private totals: { files: number; bytes: number } | undefined;
  /** The bar is on screen (drawn and not erased since). */
  private shown = false;
  private lastDraw = -Infinity;
  private stopped = false;

  constructor(options: ProgressOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    const isTTY = this.stream.isTTY === true;
    const wanted = options.enabled ?? (!process.env.CI && process.env.TERM !== 'dumb');
    this.enabled = isTTY && wanted;
    this.delayMs = options.delayMs ?? delayFromEnvironment() ?? 1000;
    this.intervalMs = options.intervalMs ?? 200;
    // The global performance is made on first use; node:perf_hooks cost every run about 2 ms to load.
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** Whether the bar can be drawn at all (a terminal, not CI). */
  get active(): boolean {
    return this.enabled && !this.stopped;
  }

  /** Totals, when known (may arrive later than the first files: inputs are counted in the background). */
  setTotals(files: number, bytes: number): void {
    this.totals = { files, bytes };
  }

  /** Inputs done (read and processed: one, unless told), of this many bytes. */
  tick(bytes: number, files = 1): void {
    this.files += files;
    this.bytes += bytes;
    if (!this.enabled || this.stopped) return;
    const t = this.now();
    if (t - this.start < this.delayMs) return;
    // Throttled while on screen; after a clear() the next tick redraws at once.
    if (this.shown && t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write(`\r${this.line(t)}\x1b[K`);
  }

  /** Erase the bar (before something else is written to stderr, e.g. an error line), to be redrawn at the next tick. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.stream.write(ERASE);
  }

  /** Stop: erase the bar for good. Idempotent. */
  done(): void {
    this.clear();
    this.stopped = true;
  }

  /** The bar's text at time t, no wider than the terminal less one column (so it never wraps). */
  private line(t: number): string {
    const width = Math.max(1, (this.stream.columns || 80) - 1);
    const seconds = (t - this.start) / 1000;
    const rate = seconds > 0 ? this.bytes / seconds : 0;
    const totals = this.totals;

    const files = totals ? `${count(this.files)}/${count(totals.files)} files` : `${count(this.files)} ${this.files === 1 ? 'file' : 'files'}`;
    const size = totals ? `${megabytes(this.bytes)}/${megabytes(totals.bytes)} MB` : `${megabytes(this.bytes)} MB`;
    const speed = seconds > 0 ? `${megabytes(rate)} MB/s` : undefined;
    const eta = totals && rate > 0 ? `ETA ${duration(Math.max(0, totals.bytes - this.bytes) / rate)}` : undefined;
    const all = [files, size, speed, eta].filter((f): f is string => f !== undefined);
    const text = all.join(SEPARATOR);

    // `[####....]  ` before the figures, when the totals are known and there is room for it.
    const room = width - text.length - 4;
    if (totals && room >= BAR_MIN) {
      const inner = Math.min(BAR_MAX, room);
      const fraction = totals.bytes > 0 ? this.bytes / totals.bytes : totals.files > 0 ? this.files / totals.files : 0;
      const filled = Math.round(inner * Math.min(1, Math.max(0, fraction)));
      return `[${'#'.repeat(filled)}${'.'.repeat(inner - filled)}]  ${text}`;
    }
    // Too narrow: no bar, and fewer figures (the rate goes first, then MB), then cut what is left.
    const narrower = [all, [files, size, eta], [files, eta], [files]];
    for (const figures of narrower) {
      const candidate = figures.filter((f): f is string => f !== undefined).join(SEPARATOR);
      if (candidate.length <= width) return candidate;
    }
    return files.slice(0, width);
  }
}

/** 1234567 → `1,234,567`. */
function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes (or bytes per second) as megabytes with one decimal: 123456789 → `123.5`. */
function megabytes(bytes: number): string {
  return (bytes / MB).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Seconds as m:ss, or h:mm:ss from an hour on. */
function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Count the files and bytes the inputs name (files, directories → every *.txt below, glob
 * patterns; '-' counts as nothing), as expandInputs gives them. What cannot be read (missing files, unreadable directories) counts as nothing; never throws.
 */
export async function countInputs(inputs: readonly string[]): Promise<{ files: number; bytes: number }> {
  const total = { files: 0, bytes: 0 };
  try {
    // As the run reads them (each real directory once, a file named twice once), without a word on stderr.
    for await (const source of expandInputs(inputs.filter((i) => i !== '-' && !isFileList(i)), true, () => undefined)) {
      if (source.kind !== 'file') continue;
      total.files += 1;
      // A synchronous stat: an await a file would take one turn of the event loop each, and a run
      // reading its articles takes a turn only per article, so the totals would come at the end.
      try {
        total.bytes += statSync(source.raw ?? source.path).size;
      } catch {
        // gone: its read says so
      }
    }
  } catch {
    // Counted as far as it went; the bar's totals are a guide, not a promise.
  }
  return total;
}
