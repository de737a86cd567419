// Matching lexicon phrases against tokens: longest match first, compared by folded key, so a
// lexicon written `Ủy ban` also finds `Uỷ ban` and `ỦY BAN`.
//
// A phrase's keys are its tokens' keys. Tokenizing the 1,300-odd phrases of the lexicons took 5 to
// 7 ms of every run's and worker's start (code not yet compiled), so `npm run build` writes them
// (write-phrase-keys.ts: phrase-keys.json beside the built module), and a matcher takes a
// phrase's keys from there. Run from the sources (tests, tsx), where no such file is written, or
// for a phrase not in it, the phrase is tokenized as before: the same keys either way.
import { readFileSync } from 'node:fs';
import { tokenize, type Token } from './tokens.js';
import { allocateBit, markFirstKey } from './lexicon-index.js';

/** Where the build writes the phrases' keys: next to this module (dist/text/). */
export const PHRASE_KEYS_FILE = new URL('./phrase-keys.json', import.meta.url);

/** Phrases given to a matcher since `recordPhrases` (write-phrase-keys.ts). */
let seen: Set<string> | undefined;

/** From now on, note every phrase given to a matcher in the set returned. */
export function recordPhrases(): ReadonlySet<string> {
  seen ??= new Set();
  return seen;
}

/** Phrase → its keys joined by spaces (a key never holds one), as the build wrote them. */
const built = loadBuilt();

function loadBuilt(): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(PHRASE_KEYS_FILE, 'utf8');
  } catch {
    return new Map();
  }
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
}

/** The keys of a phrase's tokens. */
export function phraseKeys(phrase: string): string[] {
  const keys = built.get(phrase);
  return keys !== undefined ? keys.split(' ') : tokenize(phrase, 0).map((t) => t.key);
}

export interface PhraseMatch<V> {
  /** Index of the first token after the phrase. */
  end: number;
  value: V;
}

export class PhraseMatcher<V = string> {
  /** First token's key → phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, { keys: string[]; value: V }[]>();

  /** This lexicon's bit in each token's `starts` mask (0: no fast path). */
  private readonly bit = allocateBit();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      seen?.add(phrase);
      const keys = phraseKeys(phrase);
      const first = keys[0];
      if (first === undefined) continue;
      markFirstKey(first, this.bit);
      const list = this.byFirst.get(first) ?? [];
      list.push({ keys, value });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** A matcher whose value is each phrase itself. */
  static of(phrases: readonly string[]): PhraseMatcher<string> {
    return new PhraseMatcher(phrases.map((p) => [p, p] as const));
  }

  /** The longest phrase starting at token `i`, if any. */
  match(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    const first = tokens[i];
    if (first === undefined || (this.bit !== 0 && (first.starts & this.bit) === 0)) return undefined;
    const candidates = this.byFirst.get(first.key);
    if (!candidates) return undefined;
    outer: for (const c of candidates) {
      if (i + c.keys.length > tokens.length) continue;
      for (let k = 1; k < c.keys.length; k++) {
        if ((tokens[i + k] as Token).key !== c.keys[k]) continue outer;
      }
      return { end: i + c.keys.length, value: c.value };
    }
    return undefined;
  }

  /** Does any phrase start with this token? A cheap test before `match`. */
  startsWith(t: Token): boolean {
    if (this.bit !== 0) return (t.starts & this.bit) !== 0;
    return this.byFirst.has(t.key);
  }
}
