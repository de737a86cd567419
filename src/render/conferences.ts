// The table of `vnews conferences`: one row per (series, number), each article on a line with
// how it writes the conference and the dates it states with it.
import Table from 'cli-table3';
import type { ConferenceAcross } from '../corpus/conferences.js';
import { countLine } from './counts.js';
import { breakPath, escapeControls, painter, tableStyle, tableWidth } from './table.js';

export function conferencesTable(conferences: ConferenceAcross[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  if (conferences.length === 0) return countLine('no conferences');
  const room = tableWidth(width) - 1 - 4 * 3;
  // Narrow terminals (tableWidth is at least 60): the name and dates columns give way first, and
  // the text column keeps at least 20 (no width ever negative: cli-table3 throws on one).
  const nameWidth = Math.max(10, Math.min(30, room - 8 - 12 - 20, Math.max(...conferences.map((c) => c.series.length + 4))));
  const dateWidth = Math.max(12, Math.min(24, room - nameWidth - 8 - 20));
  const textWidth = Math.max(20, room - nameWidth - 8 - dateWidth);
  const t = new Table({
    head: ['conference', 'articles: file:line, then how it is written · dates stated with it', 'articles', 'dates'],
    colWidths: [nameWidth + 2, textWidth + 2, 10, dateWidth + 2],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: tableStyle(color),
  });
  for (const c of conferences) {
    // Escaped before it is painted: the colour's own escape codes must reach the terminal as codes.
    const name = `${escapeControls(`${c.series} ${c.number}`)}${c.terms.length ? paint.dim(` (khóa ${escapeControls(c.terms.join(', '))})`) : ''}`;
    const lines = c.in.map((a) => {
      const dates = a.dates.map((d) => d.text);
      return `${breakPath(`${a.path}:${a.line}`, textWidth)}\n${escapeControls(a.forms.join(' / '))}${dates.length ? paint.yellow(` · ${escapeControls([...new Set(dates)].join(', '))}`) : ''}`;
    });
    t.push([name, lines.join('\n'), String(c.articles), escapeControls(c.dates.join('\n'))]);
  }
  const shared = conferences.filter((c) => c.articles > 1).length;
  countLine(`${conferences.length} conference${conferences.length === 1 ? '' : 's'}; ${shared} named in more than one article`);
  return `${t.toString()}\n`;
}
