// What a check summary keeps, each once: the strings (the same sentence of two copies of an
// article is one string, and no string kept is a slice that holds its whole article's text
// alive), and the sides of an article under one key (copies of an article share them). Not part
// of the JSON: a summary read back shares what is added to it from then on.
import type { Figure } from '../../types.js';
import { fnv1a } from '../similar.js';
import type { CheckSummary, Stated } from './types.js';

interface Shared {
  strings: Map<string, string>;
  /** A hash of the JSON of what is kept → the first kept with that hash. */
  values: Map<number, unknown>;
}

const sharedOf = new WeakMap<CheckSummary, Shared>();

/** The functions that intern a summary's strings and share its sides. */
export function sharerOf(summary: CheckSummary): { own: (s: string) => string; share: <T>(value: T) => T } {
  let t = sharedOf.get(summary);
  if (!t) sharedOf.set(summary, (t = { strings: new Map(), values: new Map() }));
  const { strings, values } = t;
  const own = (s: string) => {
    let kept = strings.get(s);
    if (kept === undefined) {
      // A copy of its own (V8 slices and concatenates without copying; a parsed string is flat).
      kept = s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
      strings.set(kept, kept);
    }
    return kept;
  };
  const share = <T>(value: T): T => {
    const json = JSON.stringify(value);
    // 30 bits: a small integer as a key. Two values with one hash are both kept, the later unshared.
    const h = fnv1a(json) & 0x3fffffff;
    const kept = values.get(h);
    if (kept === undefined) values.set(h, value);
    else if (JSON.stringify(kept) === json) return kept as T;
    return value;
  };
  return { own, share };
}

/** A side with its strings interned (changed in place). */
export function internSide<S extends Stated>(side: S, own: (s: string) => string): S {
  side.text = own(side.text);
  if (typeof side.value === 'string') side.value = own(side.value);
  if (side.unit !== undefined) side.unit = own(side.unit);
  side.sentence = own(side.sentence);
  return side;
}

/** A figure's side, without its path. */
export function figureSide(f: Figure, sentence: string): Stated {
  return {
    line: f.line,
    text: f.text,
    value: f.value,
    ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
    ...(f.unit !== null ? { unit: f.unit } : {}),
    ...(f.qualifier !== null ? { qualifier: f.qualifier } : {}),
    sentence,
  };
}

/** Do two articles' statements under one key conflict: nothing one says matches anything the other says? */
function conflict(a: readonly Stated[], b: readonly Stated[], same: (x: Stated, y: Stated) => boolean): boolean {
  return !a.some((x) => b.some((y) => same(x, y)));
}

/**
 * Compare the articles of one key: a finding when two or more articles state it. With `bridge`,
 * two articles that match nothing of each other still agree when a third matches both (`20/5` and
 * `21/5` for a meeting a third article dates `20-21/5`).
 */
export function compareKeyed(
  kind: import('./types.js').FindingKind,
  subject: string,
  key: string,
  articles: Record<string, Stated[]>,
  same: (x: Stated, y: Stated) => boolean,
  bridge: boolean,
  agreements: boolean,
): import('./types.js').Finding | undefined {
  const paths = Object.keys(articles).sort();
  if (paths.length < 2) return undefined;
  const sides = (p: string) => articles[p] as Stated[];
  let agree = true;
  for (let i = 0; i < paths.length && agree; i++) {
    for (let j = i + 1; j < paths.length && agree; j++) {
      const [a, b] = [sides(paths[i] as string), sides(paths[j] as string)];
      if (!conflict(a, b, same)) continue;
      if (bridge && paths.some((p, k) => k !== i && k !== j && !conflict(sides(p), a, same) && !conflict(sides(p), b, same))) continue;
      agree = false;
    }
  }
  if (agree && !agreements) return undefined;
  return { kind, agree, subject, key, score: 1, sides: paths.flatMap((p) => (articles[p] as Stated[]).map((side) => ({ path: p, ...side }))) };
}
