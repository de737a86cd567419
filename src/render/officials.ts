// The people table of `vnews officials`.
import Table from 'cli-table3';
import type { OfficialAcross } from '../corpus/officials.js';
import { escapeControls, painter, tableStyle, tableWidth } from './table.js';
import { countLine } from './counts.js';

/** `2023-11 … 2023-12-13` for a title's articles, or nothing when they give no dates. */
function dateSpan(dates: string[]): string {
  const sorted = [...new Set(dates)].sort();
  if (sorted.length === 0) return '';
  return sorted.length === 1 ? (sorted[0] as string) : `${sorted[0]} … ${sorted[sorted.length - 1]}`;
}

/** `vnews officials` as a table: one row per person, a change of title marked under the name. */
export function officialsTable(people: OfficialAcross[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  if (people.length === 0) return countLine('no officials');
  const room = tableWidth(width) - 1 - 4 * 3;
  const nameWidth = Math.min(24, Math.max(4, ...people.map((p) => p.name.length)));
  const t = new Table({
    head: ['name', 'titles (articles; dates those articles give)', 'articles', 'mentions'],
    colWidths: [nameWidth + 2, room - nameWidth - 18 + 2, 10, 10],
    wordWrap: true,
    style: tableStyle(color),
  });
  for (const p of people) {
    const titles = p.titles.map((x) => {
      const dates = dateSpan(x.articles.flatMap((a) => a.dates));
      return `${x.title} (${x.articles.length}${dates ? `; ${dates}` : ''})`;
    });
    const name = p.changed ? `${p.name}\n${paint.yellow(`${p.roles.join(' → ')}`)}` : p.name;
    t.push([escapeControls(name), escapeControls(titles.join('\n')), String(p.articles), String(p.mentions)]);
  }
  const changed = people.filter((p) => p.changed).length;
  countLine(`${people.length} ${people.length === 1 ? 'person' : 'people'}; ${changed} with titles that differ between articles`);
  return `${t.toString()}\n`;
}
