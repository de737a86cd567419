// A child process that tags lines with vntk's own word tokenizer (the native crfsuite
// tagger): it receives `{ id, line }` messages and answers `{ id, words }`. Dev-time only; the
// parent kills it when a line takes too long (vntk's tokenizer can backtrack for hours).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vntk = require('vntk') as { wordTokenizer(): { tag(line: string): string[] } };
const tagger = vntk.wordTokenizer();

process.on('message', (msg: { id: number; line: string }) => {
  const words = tagger.tag(msg.line);
  process.send?.({ id: msg.id, words });
});
process.send?.({ ready: true });
