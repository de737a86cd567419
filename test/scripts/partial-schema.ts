// Writes src/cli/partial-schema.ts: a JSON Schema for each command's partial file, from the
// types in src/cli/partial-types.ts (ts-json-schema-generator). Run it after changing what a
// command keeps: `npm run schema:partials`. test/hardening-partials.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

export const PARTIAL_TYPES = ['Officials', 'Conferences', 'Check', 'Dedupe', 'Freq', 'Ngrams', 'Keywords', 'Collocations', 'Figures'].map((c) => `${c}Partial`);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCHEMA_FILE = `${ROOT}src/cli/partial-schema.ts`;

/** The schema, as text (what the file should hold). */
export function partialSchema(): string {
  const generator = createGenerator({ path: `${ROOT}src/cli/partial-types.ts`, tsconfig: `${ROOT}tsconfig.json`, type: '*', expose: 'export', jsDoc: 'none', skipTypeCheck: true, additionalProperties: false, topRef: true });
  const definitions: Record<string, unknown> = {};
  for (const type of PARTIAL_TYPES) Object.assign(definitions, (generator.createSchema(type) as { definitions: Record<string, unknown> }).definitions);
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const schema = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', definitions: sorted }, null, 2);
  return `// Written by test/scripts/partial-schema.ts (npm run schema:partials) from src/cli/partial-types.ts: do not edit.\n// The JSON Schema of each command's partial file, which merge checks a partial against.\nexport const PARTIAL_SCHEMA = ${schema} as const;\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, partialSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
