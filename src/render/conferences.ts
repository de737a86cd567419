// The table of `vnews conferences`: one row per (series, number), each article on a line with
// how it writes the conference and the dates it states with it.
import Table from 'cli-table3';
import type { ConferenceAcross } from '../corpus/conferences.js';
import { breakPath, escapeControls, painter, tableStyle, tableWidth } from './table.js';

export function conferencesTable(conferences: ConferenceAcross[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  if (conferences.length === 0) return `${paint.dim('no conferences')}\n`;
  const room = tableWidth(width) - 1 - 4 * 3;
  const nameWidth = Math.min(30, Math.max(10, ...conferences.map((c) => c.series.length + 4)));
  const textWidth = room - nameWidth - 8 - 24;
  const t = new Table({
    head: ['conference', 'articles: file:line, then how it is written · dates stated with it', 'articles', 'dates'],
    colWidths: [nameWidth + 2, textWidth + 2, 10, 24 + 2],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: tableStyle(color),
  });
  for (const c of conferences) {
    const name = `${c.series} ${c.number}${c.terms.length ? paint.dim(` (khóa ${c.terms.join(', ')})`) : ''}`;
    const lines = c.in.map((a) => {
      const dates = a.dates.map((d) => d.text);
      return `${breakPath(`${a.path}:${a.line}`, textWidth)}\n${escapeControls(a.forms.join(' / '))}${dates.length ? paint.yellow(` · ${escapeControls([...new Set(dates)].join(', '))}`) : ''}`;
    });
    t.push([escapeControls(name), lines.join('\n'), String(c.articles), c.dates.join('\n')]);
  }
  const shared = conferences.filter((c) => c.articles > 1).length;
  return `${t.toString()}\n${paint.dim(`${conferences.length} conference${conferences.length === 1 ? '' : 's'}; ${shared} named in more than one article`)}\n`;
}
