// Hints for people at a terminal: a table longer than the screen says how to page it or get it
// as one document a line instead. Only when the output is that terminal; never in a pipe.
import type { Renderer } from '../render/index.js';
import { outputIsTerminal, reportUsage } from './output.js';

/** The renderer, saying on stderr at its end when what it wrote runs past the terminal's height. */
export function withLongTableHint<D>(renderer: Renderer<D>): Renderer<D> {
  if (!outputIsTerminal()) return renderer;
  return {
    ...renderer,
    end: () => {
      const out = renderer.end();
      const rows = process.stdout.rows ?? 0;
      let lines = 0;
      for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) lines++;
      if (rows > 0 && lines > rows * 2) reportUsage(`${lines.toLocaleString('en-US')} lines of table: page them (| less -S, with --color always to keep colour), or use --format ndjson for one document a line`);
      return out;
    },
  };
}
