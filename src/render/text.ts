// Text output of segment and clean: each input's text as it is done, with several inputs each
// after a `==> path <==` line (as `head` prints), a blank line between; errors on stderr only.
import type { Renderer } from './renderer.js';
import { pathHeader } from './clean.js';

export function textRenderer(many: boolean): Renderer<{ path: string; out: string }> {
  let first = true;
  return {
    begin: () => '',
    document: ({ path, out }) => {
      const head = many ? `${first ? '' : '\n'}${pathHeader(path)}\n` : '';
      first = false;
      return head + (out.endsWith('\n') || out.length === 0 ? out : `${out}\n`);
    },
    error: () => '',
    end: () => '',
  };
}
