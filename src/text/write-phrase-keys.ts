// Run by `npm run build` once tsc is done (`node dist/text/write-phrase-keys.js`): loads every
// module that builds a PhraseMatcher, then writes each phrase they were given with its tokens'
// keys (phrase-keys.json beside the built phrases module), which a run then reads (see phrases.ts).
// The keys are worked out here by the tokenizer, not read from an earlier build's file.
import { writeFileSync } from 'node:fs';
import { PHRASE_KEYS_FILE, recordPhrases } from './phrases.js';
import { tokenize } from './tokens.js';

const seen = recordPhrases();
await import('../extract.js');
await import('../corpus/claims.js');
const table: Record<string, string> = {};
for (const phrase of [...seen].sort()) {
  const keys = tokenize(phrase, 0).map((t) => t.key);
  if (keys.length > 0 && keys.every((k) => !k.includes(' '))) table[phrase] = keys.join(' ');
}
writeFileSync(PHRASE_KEYS_FILE, `${JSON.stringify(table)}\n`);
