// The commands that work across articles (officials, conferences, figures, check, and freq with
// its segmentation): the CLI's wall time, MB/s and peak RSS on DIR, and on DIR repeated to
// REPEAT_MB, each as a ratio to `extract --format ndjson` run on the same input in the same
// benchmark (the baseline: reading and extracting alone).
import { rmSync } from 'node:fs';
import { cliRun, repeatTo } from './extract.js';

const COMMANDS: readonly (readonly string[])[] = [
  ['officials', '--format', 'ndjson'],
  ['conferences', '--format', 'ndjson'],
  ['figures', '--format', 'ndjson'],
  ['check', '--format', 'ndjson'],
  ['freq', '--format', 'ndjson'],
];

function runAll(dir: string, label: string, mb: number): string[] {
  const base = cliRun(dir);
  const rate = (seconds: number) => (mb ? ` = ${(mb / seconds).toFixed(2)} MB/s` : '');
  const lines = [`corpus   ${label}: extract ndjson (baseline) ${base.seconds.toFixed(2)} s${rate(base.seconds)}, peak RSS ${base.rssMB.toFixed(0)} MB`];
  for (const args of COMMANDS) {
    const r = cliRun(dir, args);
    lines.push(
      `corpus   ${label}: ${(args[0] as string).padEnd(11)} ${r.seconds.toFixed(2)} s${rate(r.seconds)} (${(r.seconds / base.seconds).toFixed(2)}× extract), ` +
        `peak RSS ${r.rssMB.toFixed(0)} MB (${(r.rssMB / base.rssMB).toFixed(2)}× extract)`,
    );
  }
  return lines;
}

export function benchCorpus(dir: string, repeatMB: number, dirMB: number): string[] {
  const lines = runAll(dir, dir, dirMB);
  if (repeatMB > 0) {
    const big = repeatTo(dir, repeatMB);
    try {
      lines.push(...runAll(big, `${dir} repeated to ${repeatMB} MB`, repeatMB));
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
  return lines;
}
