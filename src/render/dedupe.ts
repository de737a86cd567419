// The report of `vnews dedupe`: each group as a heading over a table of its articles (path,
// title, shingles), then the pairs that join it with their scores.
import type { DuplicateGroup } from '../corpus/dedupe.js';
import { drawTable, escapeControls, painter, tableWidth } from './table.js';
import { countLine } from './counts.js';

const score = (x: number) => x.toFixed(2);
/** A title is the first line, which may be a whole paragraph: the table shows its start. */
const TITLE_MAX = 160;
const cut = (s: string) => (s.length > TITLE_MAX ? `${s.slice(0, TITLE_MAX - 1).trimEnd()}…` : s);

export function dedupeTable(groups: DuplicateGroup[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  if (groups.length === 0) return `${paint.dim('no duplicate articles')}\n`;
  const w = tableWidth(width);
  const out: string[] = [];
  groups.forEach((g, n) => {
    out.push(paint.bold(`group ${n + 1}: ${g.articles.length} articles`));
    const pathWidth = Math.max(4, ...g.articles.map((a) => escapeControls(a.path).length));
    const titleWidth = Math.max(20, w - 1 - 3 * 3 - pathWidth - 8);
    const rows = g.articles.map((a) => [escapeControls(a.path), escapeControls(cut(a.title)), String(a.shingles)]);
    out.push(drawTable(['article', 'title', 'shingles'], [pathWidth, titleWidth, 8], rows, color));
    for (const p of g.pairs) {
      out.push(`  ${paint.yellow(`containment ${score(p.containment)}  jaccard ${score(p.jaccard)}  lead ${score(p.lead)}`)}  ${escapeControls(p.a)} ~ ${escapeControls(p.b)}`);
    }
    out.push('');
  });
  const articles = groups.reduce((n, g) => n + g.articles.length, 0);
  countLine(`${groups.length} group${groups.length === 1 ? '' : 's'} of duplicate articles, ${articles} articles`);
  return `${out.join('\n')}\n`;
}
