// Run by `npm run build` once tsc is done (`node dist/lexicon/write-keys.js`): folds Viet74K and
// writes its keys' table (viet74k-keys.bin) beside the built dictionary module, the table it then
// loads (see dictionary.ts).
import { writeFileSync } from 'node:fs';
import { foldWordList, KEYS_FILE, KeyTable, readWordList } from './dictionary.js';

writeFileSync(KEYS_FILE, KeyTable.of(foldWordList(readWordList())).toBuffer());
