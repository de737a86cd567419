// `npm run char-classes`: writes src/text/char-classes.ts, the tokenizer's character-class table
// as runs, from Unicode's properties as this Node.js knows them (see src/text/char-class-table.ts).
// test/text.test.ts fails when the file and the properties disagree: run this again then.
import { writeFileSync } from 'node:fs';
import { classTable, toRuns } from '../../src/text/char-class-table.js';

const runs = toRuns(classTable());
const lines: string[] = [];
for (let i = 0; i < runs.length; i += 24) lines.push(`  ${runs.slice(i, i + 24).join(', ')},`);
const out = `// Written by \`npm run char-classes\` (test/scripts/char-classes.ts) from Unicode ${process.versions.unicode}'s
// properties: the class of each code unit below TABLE_SIZE (char-class-table.ts) as runs, class
// then length. Do not edit; test/text.test.ts checks it against the properties.
export const CHAR_CLASS_RUNS: readonly number[] = [
${lines.join('\n')}
];
`;
writeFileSync(new URL('../../src/text/char-classes.ts', import.meta.url), out);
console.log(`src/text/char-classes.ts: ${runs.length / 2} runs`);
