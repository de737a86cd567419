// `vnews freq` (segmentation included) on DIR and on DIR repeated to REPEAT_MB: MB/s and peak
// RSS, each as a ratio to `extract --format ndjson` run on the same input just before.
import { rmSync } from 'node:fs';
import { cliRun, repeatTo } from './extract.js';

const FREQ = ['freq', '--format', 'ndjson'] as const;

function runPair(dir: string, label: string, mb: number): string[] {
  const base = cliRun(dir);
  const r = cliRun(dir, FREQ);
  const rate = (seconds: number) => (mb ? ` = ${(mb / seconds).toFixed(2)} MB/s` : '');
  return [
    `freq     ${label}: extract ndjson (baseline) ${base.seconds.toFixed(2)} s${rate(base.seconds)}, peak RSS ${base.rssMB.toFixed(0)} MB`,
    `freq     ${label}: freq ndjson ${r.seconds.toFixed(2)} s${rate(r.seconds)} (${(r.seconds / base.seconds).toFixed(2)}× extract's time), ` +
      `peak RSS ${r.rssMB.toFixed(0)} MB (${(r.rssMB / base.rssMB).toFixed(2)}× extract)`,
  ];
}

export function benchFreq(dir: string, repeatMB: number, dirMB: number): string[] {
  const lines = runPair(dir, dir, dirMB);
  if (repeatMB > 0) {
    const big = repeatTo(dir, repeatMB);
    try {
      lines.push(...runPair(big, `${dir} repeated to ${repeatMB} MB`, repeatMB));
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
  return lines;
}
