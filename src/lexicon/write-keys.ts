// Run by `npm run build` once tsc is done (`node dist/lexicon/write-keys.js`): folds Viet74K into
// viet74k-keys.txt beside the built dictionary module, the keys it then loads (see dictionary.ts).
import { writeFileSync } from 'node:fs';
import { foldWordList, KEYS_FILE, readWordList } from './dictionary.js';

writeFileSync(KEYS_FILE, foldWordList(readWordList()).join('\n'));
