// `vnews officials`: one row per person across all inputs, with the titles the articles give
// and when. Errors are reported as they come (and as ndjson error lines); the people follow.
import { extract } from '../extract.js';
import { addDocument, officialsAcross, type OfficialsSummary } from '../corpus/officials.js';
import { eachInput } from '../cli/run.js';
import { terminalWidth, write } from '../cli/output.js';
import { indent, officialsTable } from '../render/index.js';
import type { Format } from '../cli.js';
import type { InputError } from '../types.js';

export interface OfficialsCommandOptions {
  format: Exclude<Format, 'csv'>;
  color: boolean;
  name?: string;
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
      await write(officialsTable(people, options.color, terminalWidth()));
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
