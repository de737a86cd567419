// A child process that tags lines with vntk's own word tokenizer (the native crfsuite
// tagger): it receives `{ id, line }` messages and answers `{ id, words }`. Dev-time only; the
// parent kills it when a line takes too long (vntk's tokenizer can backtrack for hours).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vntk = require('vntk') as { wordTokenizer(): { tag(line: string): string[] } };
const tagger = vntk.wordTokenizer();

// VNTK_WINDOWED=1: for lines vntk would need minutes for, remove its two super-linear costs
// without changing what it computes. (1) Every feature of token i reads tokens i-2..i+2 only
// (templates reach at most two tokens away; BOS/EOS are decided by the same bounds), so
// word2features is handed that window of the sentence instead of the whole sentence, whose
// columns it rebuilds on every call. (2) The dictionary's `has` scans a 74,000-entry array
// with indexOf (strict equality); a Set of the same array answers the same.
if (process.env.VNTK_WINDOWED === '1') {
  type Sent = unknown[];
  const fe = require('vntk/lib/features/word_features.js') as {
    word2features(sent: Sent, i: number, template: string[]): string[];
  };
  const whole = fe.word2features.bind(fe);
  fe.word2features = (sent, i, template) => {
    const from = Math.max(0, i - 2);
    return whole(sent.slice(from, Math.min(sent.length, i + 3)), i - from, template);
  };
  const dict = require('@vntk/dictionary') as { lower_words: string[]; has(w: string): boolean };
  const words = new Set(dict.lower_words);
  dict.has = (w: string) => (w ? words.has(w.toLowerCase()) : false);
}

process.on('message', (msg: { id: number; line: string }) => {
  const words = tagger.tag(msg.line);
  process.send?.({ id: msg.id, words });
});
process.send?.({ ready: true });
