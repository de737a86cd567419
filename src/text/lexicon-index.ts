// Which lexicons a word can start: each PhraseMatcher takes a bit, and the tokenizer looks a
// word's key up once, so a matcher can refuse a token with one bitwise test.

const masks = new Map<string, number>();
let bits = 0;
/** Bumped whenever a mask changes, so that a cache of masks (tokens.ts) knows to start again. */
let version = 0;
/** Bits available in a small integer. */
const MAX_BITS = 30;

/** A new lexicon's bit, or 0 when all are taken (that lexicon then checks every token). */
export function allocateBit(): number {
  return bits < MAX_BITS ? 1 << bits++ : 0;
}

/** Record that phrases of the lexicon with this bit start with `key`. */
export function markFirstKey(key: string, bit: number): void {
  if (bit !== 0) {
    masks.set(key, (masks.get(key) ?? 0) | bit);
    version++;
  }
}

/** Changes whenever some key's mask does. */
export function masksVersion(): number {
  return version;
}

/** The bits of every lexicon with a phrase starting with `key`. */
export function firstKeyMask(key: string): number {
  return masks.get(key) ?? 0;
}

/** What a token carries for `TokenKeySet` (tokens.ts's Token). */
interface Keyed {
  key: string;
  starts: number;
}

/**
 * A set of token keys with a bit of its own in the tokens' `starts` masks: `has` is one bitwise
 * test, not a string look-up (the same answer: a key's mask holds the bit exactly when the key is here).
 */
export class TokenKeySet {
  private readonly keys: ReadonlySet<string>;
  private readonly bit = allocateBit();

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
    for (const k of this.keys) markFirstKey(k, this.bit);
  }

  /** Is this token's key in the set? */
  has(t: Keyed): boolean {
    return this.bit !== 0 ? (t.starts & this.bit) !== 0 : this.keys.has(t.key);
  }
}
