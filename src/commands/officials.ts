// `vnews officials`: one row per person across all inputs, with the titles the articles give
// and when. Errors are reported as they come (and as ndjson error lines); the people follow.
import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import { extract } from '../extract.js';
import { addDocument, officialsAcross, type OfficialAcross, type OfficialsSummary } from '../corpus/officials.js';
import { eachInput } from '../cli/run.js';
import { write } from '../cli/output.js';
import { indent } from '../render/index.js';
import type { Format } from '../cli.js';
import type { InputError } from '../types.js';

export interface OfficialsCommandOptions {
  format: Exclude<Format, 'csv'>;
  color: boolean;
  name?: string;
}

/** `2023-11 … 2023-12-13` for a title's articles, or nothing when they give no dates. */
function dateSpan(dates: string[]): string {
  const sorted = [...new Set(dates)].sort();
  if (sorted.length === 0) return '';
  return sorted.length === 1 ? (sorted[0] as string) : `${sorted[0]} … ${sorted[sorted.length - 1]}`;
}

function table(people: OfficialAcross[], color: boolean, width: number): string {
  const paint = color ? chalk : new Chalk({ level: 0 });
  if (people.length === 0) return `${paint.dim('no officials')}\n`;
  const room = Math.max(60, Math.min(width, 200)) - 1 - 4 * 3;
  const nameWidth = Math.min(24, Math.max(4, ...people.map((p) => p.name.length)));
  const t = new Table({
    head: ['name', 'titles (articles; dates those articles give)', 'articles', 'mentions'],
    colWidths: [nameWidth + 2, room - nameWidth - 18 + 2, 10, 10],
    wordWrap: true,
    style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] },
  });
  for (const p of people) {
    const titles = p.titles.map((x) => {
      const dates = dateSpan(x.articles.flatMap((a) => a.dates));
      return `${x.title} (${x.articles.length}${dates ? `; ${dates}` : ''})`;
    });
    const name = p.changed ? `${p.name}\n${paint.yellow(`${p.roles.join(' → ')}`)}` : p.name;
    t.push([name, titles.join('\n'), String(p.articles), String(p.mentions)]);
  }
  const changed = people.filter((p) => p.changed).length;
  return `${t.toString()}\n${paint.dim(`${people.length} ${people.length === 1 ? 'person' : 'people'}; ${changed} with titles that differ between articles`)}\n`;
}

export async function runOfficials(inputs: string[], options: OfficialsCommandOptions): Promise<number> {
  const summary: OfficialsSummary = {};
  const errors: InputError[] = [];
  const status = await eachInput(inputs, {
    document: (text, path) => addDocument(summary, extract(text, { path, only: ['officials', 'dates'] })),
    error: async (path, message) => {
      errors.push({ path, message });
      if (options.format === 'ndjson') await write(`${JSON.stringify({ type: 'error', path, message })}\n`);
    },
  });
  const people = officialsAcross(summary, options.name);
  switch (options.format) {
    case 'table':
      await write(table(people, options.color, process.stdout.columns ?? (Number(process.env.COLUMNS) || 120)));
      break;
    case 'json':
      await write(`{\n  "officials": ${indent(JSON.stringify(people, null, 2), '  ').trimStart()},\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ').trimStart()}\n}\n`);
      break;
    case 'ndjson':
      for (const p of people) await write(`${JSON.stringify(p)}\n`);
      break;
  }
  return status;
}
