// Matching lexicon phrases against tokens: longest match first, compared by folded key, so a
// lexicon written `Ủy ban` also finds `Uỷ ban` and `ỦY BAN`.
import { tokenize, type Token } from './tokens.js';
import { allocateBit, markFirstKey } from './lexicon-index.js';

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
      const keys = tokenize(phrase, 0).map((t) => t.key);
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
