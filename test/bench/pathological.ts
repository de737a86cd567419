// Issue 8: time grows linearly with the size of pathological inputs. Each extractor (cleaning,
// each kind, extract, quotes, segment) on each shape of test/support/pathological.ts at a tenth of
// its size (1x) and at its size (10x): CPU time per call, the median of a few measurements after a
// warm-up, and the ratio of 10x to 1x, which is about 10 when the time is linear. A ratio above 13
// is listed at the end. Also run alone: `npm run bench:pathological [-- FILTER]` (FILTER: part of
// an input, shape or extractor name). A ratio above 13 at these sizes mostly comes with garbage
// collection: the tokens of a line of 100,000 words outgrow V8's young generation and go to the
// slower old-generation collector (the GC columns show it). With `--100x`, each listed row is
// measured again at 100x: a cost that grows faster than the input, such as a quadratic one, takes
// the ratio of 100x to 10x above that of 10x to 1x (towards 100), while a step in GC cost does not.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { COMMAND_SHAPES, SHAPES, type Shape } from '../support/pathological.js';

type Library = typeof import('../../src/index.js');
/** The built code (`npm run bench` builds first), as it ships; the sources when not built. */
const DIST = new URL('../../dist/index.js', import.meta.url);
const { extract, extractPrepared, findQuotes, prepare, readArticle, segment, loadSegmenter, addToCheck, emptyCheckSummary, compilePattern, kwic, figureInContext, addConferences, conferencesAcross } = (await import(
  existsSync(fileURLToPath(DIST)) ? DIST.href : '../../src/index.js'
)) as Library;

interface Extractor {
  name: string;
  /** What the timed call needs, made before timing (normalizing and cleaning for a kind alone, the article for quotes). */
  setup(raw: string): unknown;
  run(input: unknown): unknown;
}

const kind = (k: 'officials' | 'conferences' | 'dates' | 'figures'): Extractor => ({
  name: k,
  setup: (raw) => prepare(raw),
  run: (p) => extractPrepared(p as ReturnType<typeof prepare>, { only: [k] }),
});

export const EXTRACTORS: readonly Extractor[] = [
  { name: 'clean (prepare)', setup: (raw) => raw, run: (raw) => prepare(raw as string) },
  kind('officials'),
  kind('conferences'),
  kind('dates'),
  kind('figures'),
  { name: 'extract (all)', setup: (raw) => raw, run: (raw) => extract(raw as string) },
  { name: 'quotes', setup: (raw) => readArticle(raw as string, '-', ['officials']), run: (a) => findQuotes(a as ReturnType<typeof readArticle>) },
  { name: 'segment', setup: (raw) => raw, run: (raw) => segment(raw as string) },
  // What `check` keeps of an article (its claims, digest, quantities and their contexts), issue 15.
  { name: 'check (an article)', setup: (raw) => readArticle(raw as string, '-'), run: (a) => addToCheck(emptyCheckSummary(), a as ReturnType<typeof readArticle>) },
];

/**
 * What the commands that once grew with the square of a line do per article (issue 15), run on
 * COMMAND_SHAPES beside the extractors: kwic's concordance lines, figures' figures each with its
 * sentence, conferences' summary with each date and count in its sentence (its JSON, as printed).
 */
export const COMMAND_FUNCTIONS: readonly Extractor[] = [
  { name: 'kwic Việt Nam', setup: (raw) => ({ raw, pattern: compilePattern('Việt Nam') }), run: (i) => kwic((i as { raw: string }).raw, '-', (i as { pattern: ReturnType<typeof compilePattern> }).pattern) },
  {
    name: 'figures (in context)',
    setup: (raw) => raw,
    run: (raw) => {
      const article = readArticle(raw as string, '-', ['figures']);
      return JSON.stringify(article.doc.figures.map((f) => figureInContext(article, f))).length;
    },
  },
  {
    name: 'conferences (json)',
    setup: (raw) => raw,
    run: (raw) => {
      const summary = Object.create(null) as Parameters<typeof addConferences>[0];
      addConferences(summary, readArticle(raw as string, '-', ['conferences', 'dates', 'figures']));
      return JSON.stringify(conferencesAcross(summary)).length;
    },
  },
];

/** The extractors, and on COMMAND_SHAPES the command functions too. */
const functionsFor = (shape: Shape): readonly Extractor[] => (COMMAND_SHAPES.includes(shape) ? [...EXTRACTORS, ...COMMAND_FUNCTIONS] : EXTRACTORS);

/** Measurements per size; the median is reported. */
const REPEATS = 5;
/** A call shorter than this is repeated within one measurement, for the timer's sake. */
const MIN_MS = 60;
/** CPU ms each extractor is warmed up for, over every shape at 1x, before the first row. */
const WARM_MS = 2500;
/** Above this ratio of 10x to 1x, a row is listed as not linear. */
const LINEAR = 13;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Garbage-collection pauses, by when they started (performance.now()'s clock). */
const pauses: { start: number; ms: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Measure {
  cpu: number;
  gc: number;
}

/** `gc()` with `node --expose-gc` (as `npm run bench` runs): each measurement starts from a collected heap. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** CPU ms per call of `run(input)`, and ms of GC pauses per call, over one measurement. */
async function measure(ex: Extractor, input: unknown): Promise<Measure> {
  collect();
  const t0 = performance.now();
  const c0 = cpuMs();
  let calls = 0;
  let cpu = 0;
  do {
    ex.run(input);
    calls++;
    cpu = cpuMs() - c0;
  } while (cpu < MIN_MS);
  const t1 = performance.now();
  await tick(); // GC entries arrive asynchronously
  const gc = pauses.filter((p) => p.start >= t0 && p.start <= t1).reduce((sum, p) => sum + p.ms, 0);
  return { cpu: cpu / calls, gc: gc / calls };
}

const median = (ms: Measure[]): Measure => [...ms].sort((a, b) => a.cpu - b.cpu)[Math.floor(ms.length / 2)] as Measure;

export interface Row {
  shape: Shape;
  extractor: string;
  small: number;
  one: Measure;
  ten: Measure;
  ratio: number;
}

/** 1x and 10x of one extractor on one shape: a warm-up, then REPEATS measurements of each, alternating. */
async function row(shape: Shape, ex: Extractor): Promise<Row> {
  const small = Math.round(shape.size / 10);
  const inputs = [ex.setup(shape.make(small)), ex.setup(shape.make(shape.size))];
  ex.run(inputs[0]);
  const one: Measure[] = [];
  const ten: Measure[] = [];
  for (let r = 0; r < REPEATS; r++) {
    one.push(await measure(ex, inputs[0]));
    ten.push(await measure(ex, inputs[1]));
  }
  const a = median(one);
  const b = median(ten);
  return { shape, extractor: ex.name, small, one: a, ten: b, ratio: b.cpu / a.cpu };
}

const size = (shape: Shape, n: number): string => {
  if (shape.input === 'line') return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${(n / 1024).toFixed(0)} KB`;
  const unit = { digits: 'digits', capitals: 'syllables', quotes: 'marks' }[shape.input];
  return `${n.toLocaleString('en-US')} ${unit}`;
};

/** Aligned columns, those from `firstNumber` on to the right. */
function table(header: string[], cells: string[][], firstNumber: number): string[] {
  const widths = header.map((h, k) => Math.max(h.length, ...cells.map((c) => (c[k] as string).length)));
  const line = (c: string[]) => c.map((v, k) => (k >= firstNumber ? v.padStart(widths[k] as number) : v.padEnd(widths[k] as number))).join('  ').trimEnd();
  return [line(header), ...cells.map(line)];
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/**
 * Run each extractor over the shapes at 1x, round after round, for WARM_MS: the compiler needs
 * a few seconds of a call before it is at full speed (segment on 10,000 digits: 300 ms a call
 * the first times, 40 ms after about eight), and sees every shape before the first is timed.
 */
function warmUp(shapes: readonly Shape[], extractors: readonly Extractor[]): void {
  const inputs = shapes.map((shape) => shape.make(Math.round(shape.size / 10)));
  for (const ex of extractors) {
    const c0 = cpuMs();
    for (let round = 0; round < 2 || cpuMs() - c0 < WARM_MS; round++) for (const raw of inputs) ex.run(ex.setup(raw));
  }
}

/** The table, one row per shape and extractor; `filter` keeps the rows whose input, shape or extractor name holds it. */
export async function benchPathological(filter = '', check100 = false): Promise<string[]> {
  observer.observe({ entryTypes: ['gc'] });
  loadSegmenter();
  const header = ['input', 'shape', 'extractor', '1x size', '1x CPU ms', '10x CPU ms', 'ratio', 'GC ms 1x', 'GC ms 10x'];
  const cells: string[][] = [];
  const rows: Row[] = [];
  const started = performance.now();
  const wanted = (shape: Shape, ex: Extractor) => !filter || [shape.input, shape.name, ex.name].some((s) => s.includes(filter));
  warmUp(
    SHAPES.filter((shape) => functionsFor(shape).some((ex) => wanted(shape, ex))),
    EXTRACTORS.filter((ex) => SHAPES.some((shape) => wanted(shape, ex))),
  );
  warmUp(
    COMMAND_SHAPES.filter((shape) => COMMAND_FUNCTIONS.some((ex) => wanted(shape, ex))),
    COMMAND_FUNCTIONS.filter((ex) => COMMAND_SHAPES.some((shape) => wanted(shape, ex))),
  );
  for (const shape of SHAPES) {
    for (const ex of functionsFor(shape)) {
      if (!wanted(shape, ex)) continue;
      const r = await row(shape, ex);
      rows.push(r);
      cells.push([shape.input, shape.name, ex.name, size(shape, r.small), ms(r.one.cpu), ms(r.ten.cpu), r.ratio.toFixed(1) + (r.ratio > LINEAR ? ' <' : ''), ms(r.one.gc), ms(r.ten.gc)]);
    }
  }
  const above = rows.filter((r) => r.ratio > LINEAR);
  const checked = check100 ? await checkAt100x(above) : [];
  observer.disconnect();
  const out = [
    `pathological: each extractor at 1x and 10x of each input (CPU ms per call, median of ${REPEATS} after a warm-up; GC: pauses per call, wall ms)`,
    ...table(header, cells, 3),
  ];
  if (rows.length > 0) {
    const ratios = rows.map((r) => r.ratio).sort((a, b) => a - b);
    const worst = rows.reduce((w, r) => (r.ratio > w.ratio ? r : w));
    out.push(
      `pathological: ${rows.length} rows in ${((performance.now() - started) / 1000).toFixed(0)} s; ratio median ${(ratios[Math.floor(ratios.length / 2)] as number).toFixed(1)}, ` +
        `max ${worst.ratio.toFixed(1)} (${worst.shape.input} ${worst.shape.name}, ${worst.extractor}), ${above.length} above ${LINEAR}`,
    );
    out.push(
      above.length === 0
        ? `pathological: no ratio above ${LINEAR}`
        : `pathological: ${above.length} ratios above ${LINEAR} (<), with the share of GC pauses in the 10x time: ` +
            above.map((r) => `${r.shape.input} ${r.shape.name} ${r.extractor} ${r.ratio.toFixed(1)} (GC ${((100 * r.ten.gc) / r.ten.cpu).toFixed(0)}%)`).join('; ') +
            (check100 ? '' : '; `npm run bench:pathological -- --100x` measures them at 100x'),
    );
  }
  out.push(...checked);
  return out;
}

/** REPEATS at 100x is too long for the largest rows (a minute a call); three measurements and the median. */
const REPEATS_100X = 3;
/** How much larger than 10x/1x the ratio of 100x to 10x must be to be marked. */
const GROWING = 1.25;

/**
 * The rows above LINEAR measured again at 100x (ten times the 10x input) after one untimed call.
 * A row is marked when its ratio of 100x to 10x is above LINEAR and a quarter above its ratio of
 * 10x to 1x (less would be the jitter of a shared machine): the time then grows faster and faster
 * with the input. (GC pauses are wall time, not CPU time,
 * and a virtual machine's stolen time inflates them, so they are shown but not subtracted.)
 */
async function checkAt100x(rows: readonly Row[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const header = ['input', 'shape', 'extractor', '10x CPU ms', '100x CPU ms', '100x/10x', '10x/1x', 'GC ms 100x'];
  const cells: string[][] = [];
  let growing = 0;
  for (const r of rows) {
    const ex = [...EXTRACTORS, ...COMMAND_FUNCTIONS].find((e) => e.name === r.extractor) as Extractor;
    const input = ex.setup(r.shape.make(r.shape.size * 10));
    ex.run(input);
    const hundred: Measure[] = [];
    for (let k = 0; k < REPEATS_100X; k++) hundred.push(await measure(ex, input));
    const h = median(hundred);
    const ratio = h.cpu / r.ten.cpu;
    const grows = ratio > Math.max(LINEAR, GROWING * r.ratio);
    if (grows) growing++;
    cells.push([r.shape.input, r.shape.name, r.extractor, ms(r.ten.cpu), ms(h.cpu), ratio.toFixed(1) + (grows ? ' <' : ''), r.ratio.toFixed(1), ms(h.gc)]);
  }
  return [
    `pathological at 100x: the rows above ${LINEAR} again at ten times the 10x input (median of ${REPEATS_100X}); < marks a ratio above ${LINEAR} and ${GROWING} times its 10x/1x`,
    ...table(header, cells, 3),
    growing === 0
      ? `pathological at 100x: none of the ${rows.length} grows faster from 10x to 100x than from 1x to 10x`
      : `pathological at 100x: ${growing} of ${rows.length} grow faster from 10x to 100x than from 1x to 10x (<)`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { '100x': { type: 'boolean', default: false } } });
  for (const l of await benchPathological(positionals[0] ?? '', values['100x'])) console.log(l);
}
