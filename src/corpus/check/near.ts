// near_duplicate: two near-duplicate articles (one story from two sites) whose figures in
// matching sentences differ. Each distinct article is kept once, as a digest (its MinHash
// signature and its figures with a unit, each sentence once); each path points to its digest.
import { createHash } from 'node:crypto';
import { pushTo } from '../../collections.js';
import { foldKey } from '../../text/normalize.js';
import { sameNumber } from '../../kinds/figures/compare.js';
import { candidatesAmong, compare as compareSignatures, packMinhash, signature, unpackMinhash, type Signature } from '../similar.js';
import { claimed, sideId } from './claims.js';
import type { CheckSide, CheckSummary, Finding, NearArticle, NearIndex, Stated } from './types.js';

/** An article's MinHash signature, packed. */
export function signatureDigest(text: string): Pick<NearArticle, 'shingles' | 'minhash'> {
  const sig = signature(text);
  return { shingles: sig.shingles, minhash: packMinhash(sig.minhash) };
}

/** The id of a digest: identical articles (the same signature, the same figures in the same sentences) have one. */
function nearId(near: NearArticle): string {
  return createHash('sha256').update(JSON.stringify(near)).digest('base64url');
}

/** Add (or replace) a path's digest, kept once however many paths have it. */
export function addNear(index: NearIndex, path: string, near: NearArticle, own: (s: string) => string): void {
  const id = own(nearId(near));
  index.articles[id] ??= near;
  index.paths[path] = id;
}

/** Words of a sentence, numbers left out: what two near-duplicate sentences are compared by. */
function sentenceWords(sentence: string): Set<string> {
  return new Set(foldKey(sentence).split(/[^\p{L}]+/u).filter((w) => w.length > 0));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Sentences this alike (word Jaccard, numbers left out) state the same thing in near-duplicates. */
export const SAME_SENTENCE = 0.6;

/** A match of two near-duplicate articles' figures: the figure of each (by number) and whether their numbers agree. */
interface NearMatch {
  x: number;
  y: number;
  agree: boolean;
}

/** Figures of two near-duplicate articles: the same unit in matching sentences, with different numbers (or, agreeing, the same). */
function compareNearDuplicates(a: Stated[], b: Stated[], unitOf: (s: Stated) => string, wordsOf: (s: Stated) => Set<string>): NearMatch[] {
  const out: NearMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Stated;
    let best: number | undefined;
    let bestScore = SAME_SENTENCE;
    for (let j = 0; j < b.length; j++) {
      const y = b[j] as Stated;
      if (used.has(j) || unitOf(y) !== unitOf(x)) continue;
      const score = jaccard(wordsOf(x), wordsOf(y)) + (sameNumber(x, y) ? 1 : 0);
      if (score >= bestScore && (best === undefined || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === undefined) continue;
    used.add(best);
    const y = b[best] as Stated;
    const agree = sameNumber(x, y);
    // A number that differs here but is stated, the same, elsewhere in the other article is a reordering, not a disagreement.
    if (!agree && (b.some((z) => unitOf(z) === unitOf(x) && sameNumber(x, z)) || a.some((z) => unitOf(z) === unitOf(y) && sameNumber(y, z)))) continue;
    out.push({ x: i, y: best, agree });
  }
  return out;
}

/**
 * The pairs of near-duplicate articles, by digest: each pair of digests whose signatures are
 * near-duplicates (similar.ts: LSH candidates, then containment), and each digest with itself
 * when two or more paths have it. The same pairs of paths as similar.ts's nearDuplicatePairs
 * over every path's signature, found once for all the copies of an article.
 */
export function nearDigestPairs(near: NearIndex, threshold: number): { ids: string[]; paths: string[][]; pairs: [number, number][] } {
  const byId = new Map<string, string[]>();
  for (const [path, id] of Object.entries(near.paths)) {
    if (!near.articles[id]) continue;
    pushTo(byId, id, path);
  }
  const ids = [...byId.keys()];
  const paths = ids.map((id) => (byId.get(id) as string[]).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  const signatures: Signature[] = ids.map((id) => {
    const a = near.articles[id] as NearArticle;
    return { shingles: a.shingles, minhash: unpackMinhash(a.minhash) };
  });
  const pairs: [number, number][] = [];
  const minShingles = 20;
  for (let i = 0; i < ids.length; i++) {
    const sig = signatures[i] as Signature;
    if ((paths[i] as string[]).length > 1 && sig.shingles >= minShingles && compareSignatures(sig, sig).containment >= threshold) pairs.push([i, i]);
  }
  for (const [i, j] of candidatesAmong(signatures, near.signatureSize, minShingles)) {
    if (compareSignatures(signatures[i] as Signature, signatures[j] as Signature).containment >= threshold) pairs.push([i, j]);
  }
  return { ids, paths, pairs };
}

/** The near-duplicates' findings, those already reported under a claim left out. */
export function nearDuplicateFindings(summary: CheckSummary, threshold: number, nearAgreements: boolean): Finding[] {
  const units = new Map<string, string>();
  const unitOf = (s: Stated) => units.get(s.unit ?? '') ?? (units.set(s.unit ?? '', foldKey(s.unit ?? '')), units.get(s.unit ?? '') as string);
  // A sentence's words are worked out once, however many pairs its article is in.
  const words = new Map<string, Set<string>>();
  const wordsOf = (s: Stated) => words.get(s.sentence) ?? (words.set(s.sentence, sentenceWords(s.sentence)), words.get(s.sentence) as Set<string>);
  // A digest's figures as sides (without a path), made once for all the pairs it is in.
  const templates = new Map<string, Stated[]>();
  const sidesOf = (id: string) => {
    let t = templates.get(id);
    if (!t) templates.set(id, (t = nearSides(summary.near.articles[id] as NearArticle)));
    return t;
  };
  const { ids, paths, pairs } = nearDigestPairs(summary.near, threshold);
  // The near-duplicates' findings, before those already reported under a claim are left out.
  const near: Finding[] = [];
  for (const [i, j] of pairs) {
    const [x, y] = [ids[i] as string, ids[j] as string];
    const [fx, fy] = [sidesOf(x), sidesOf(y)];
    // Articles whose figures are the same, in the same order, cannot disagree (a page saved twice).
    if (!nearAgreements && (i === j || sameFigures(fx, fy))) continue;
    // The matches of x's figures in y's (x's path first) and of y's in x's, each worked out once.
    let xy: NearMatch[] | undefined;
    let yx: NearMatch[] | undefined;
    for (const p of paths[i] as string[]) {
      for (const q of paths[j] as string[]) {
        if (i === j && q <= p) continue;
        const [a, b, fa, fb] = p < q ? [p, q, fx, fy] : [q, p, fy, fx];
        const matches = p < q ? (xy ??= compareNearDuplicates(fx, fy, unitOf, wordsOf)) : (yx ??= compareNearDuplicates(fy, fx, unitOf, wordsOf));
        for (const m of matches) {
          if (m.agree && !nearAgreements) continue;
          const sa: CheckSide = { path: a, ...(fa[m.x] as Stated) };
          const sb: CheckSide = { path: b, ...(fb[m.y] as Stated) };
          near.push({ kind: 'near_duplicate', agree: m.agree, score: 1, subject: `${a} ~ ${b} · ${unitOf(sa)}`, key: `${a} ~ ${b}`, sides: [sa, sb] });
        }
      }
    }
  }
  // Already reported under a claim (every claim two or more articles state, agreed or not): say it once.
  const covered = claimed(summary, new Set(near.flatMap((f) => f.sides.map((side) => side.path))));
  return near.filter((f) => !f.sides.every((side) => covered.has(sideId(side))));
}

/** A digest's figures as sides, without a path (the path is given when a finding is reported). */
function nearSides(near: NearArticle): Stated[] {
  return near.figures.map((f) => ({
    line: f.line,
    text: f.text,
    value: f.value,
    ...(f.value_max !== undefined ? { value_max: f.value_max } : {}),
    unit: f.unit,
    ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
    sentence: near.sentences[f.sentence] as string,
  }));
}

function sameFigures(a: readonly Stated[], b: readonly Stated[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === (b[i] as Stated).text && x.sentence === (b[i] as Stated).sentence);
}

