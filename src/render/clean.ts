// What `vnews clean --show` prints: every line of the article, the parts cut marked with why.
//   `  ` a line kept whole; `- ` a line cut whole, its reason after it; `~ ` a line cut in part,
//   each cut shown as `[reason: text]` (red on a terminal).
import type { Cut } from '../clean/index.js';
import { escapeControls, painter } from './table.js';

/**
 * The `==> path <==` line before each input's text when there are several (as `head` prints):
 * the path is ours to print, not article text, so its control characters, escape sequences and
 * bidi controls are escaped wherever it goes (a name can hold an OSC title sequence or an RLO).
 */
export function pathHeader(path: string): string {
  return `==> ${escapeControls(path.replace(/\r?\n/g, ' '))} <==`;
}

export function showCuts(text: string, cuts: readonly Cut[], color: boolean): string {
  const paint = painter(color);
  const out: string[] = [];
  let start = 0;
  let c = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    while (c < cuts.length && (cuts[c] as Cut).end <= start) c++;
    const inLine: Cut[] = [];
    for (let k = c; k < cuts.length && (cuts[k] as Cut).start < end; k++) inLine.push(cuts[k] as Cut);
    const visible = line.trim();
    const whole = visible !== '' && inLine.some((x) => x.start <= start + line.indexOf(visible) && start + line.indexOf(visible) + visible.length <= x.end);
    if (visible === '') out.push('');
    else if (whole) out.push(paint.red(`- ${escapeControls(visible)}`) + paint.dim(`  [${(inLine.find((x) => x.start <= start + line.indexOf(visible)) as Cut).reason}]`));
    else if (inLine.length === 0) out.push(`  ${escapeControls(line)}`);
    else {
      let s = '';
      let at = start;
      for (const x of inLine) {
        const a = Math.max(x.start, start);
        const b = Math.min(x.end, end);
        s += escapeControls(text.slice(at, a)) + paint.red(`[${x.reason}: ${escapeControls(text.slice(a, b))}]`);
        at = b;
      }
      out.push(`~ ${s}${escapeControls(text.slice(at, end))}`);
    }
    start = end + 1;
  }
  return `${out.join('\n')}\n`;
}
