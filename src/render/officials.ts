// The people table of `vnews officials`.
import Table from 'cli-table3';
import type { OfficialAcross } from '../corpus/officials.js';
import { escapeControls, painter, tableStyle, tableWidth, wholePaths } from './table.js';
import { countLine } from './counts.js';

/** `2023-11 … 2024-03`, one date, or nothing. */
function span(from: string | null, to: string | null): string {
  if (from === null) return '';
  return to === null || to === from ? from : `${from} … ${to}`;
}

/**
 * `vnews officials` as a table: one row per person; for each title, its articles, the dates they
 * hold it on and the first and last article; under the name, when the titles changed, the
 * timeline (titles held together joined by +).
 */
export function officialsTable(people: OfficialAcross[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  if (people.length === 0) return countLine('no officials');
  const room = tableWidth(width) - 1 - 4 * 3;
  const nameWidth = Math.min(24, Math.max(4, ...people.map((p) => p.name.length)));
  const paths = wholePaths(
    people.flatMap((p) => p.titles.flatMap((t) => [t.first.path, t.last.path])),
    0,
    1,
  );
  const t = new Table({
    head: ['name', 'titles (articles; the dates they hold it on; the first and last article)', 'articles', 'mentions'],
    colWidths: [nameWidth + 2, room - nameWidth - 18 + 2, 10, 10],
    wordWrap: true,
    style: tableStyle(color),
  });
  for (const p of people) {
    const titles = p.titles.map((x) => {
      const n = x.articles.length;
      const dates = span(x.from, x.to);
      const where = n === 1 ? paths.shown(x.first.path) : `${paths.shown(x.first.path)} … ${paths.shown(x.last.path)}`;
      return `${x.title} (${n} article${n === 1 ? '' : 's'}${dates ? `; ${dates}` : ''}; ${where})`;
    });
    const timeline = p.timeline.map((s) => `${s.roles.join(' + ')}${s.from !== null ? ` (${span(s.from, s.to)})` : ''}`).join(' → ');
    const name = p.changed ? `${p.name}\n${paint.yellow(timeline)}` : p.name;
    t.push([escapeControls(name), escapeControls(titles.join('\n')), String(p.articles), String(p.mentions)]);
  }
  const changed = people.filter((p) => p.changed).length;
  countLine(`${people.length} ${people.length === 1 ? 'person' : 'people'}; ${changed} with titles that changed between articles`);
  return `${paths.note !== '' ? `${paint.dim(paths.note)}\n` : ''}${t.toString()}\n`;
}
