// RDRsegmenter's word segmentation over our syllable tokens: an initial segmentation by longest
// matching against its vocabulary (with its handling of capitalized syllables, names, places and
// countries), then its ripple-down rules correcting each syllable's tag (B: begins a word, I: inside
// one) from the window of two syllables and tags on each side. Written from RDRsegmenter's Java
// sources (Apache-2.0; see models/rdrsegmenter/License.md) to give the same tags.
import { SURNAMES } from '../../lexicon/names.js';
import { OUTSIDE_TAG, OUTSIDE_WORD, rdrModel, type Children, type RdrModel, type RuleNode, type Trie } from './model.js';

export const B = 0;
export const I = 1;

// Character classes as Java's Character.isLetter/isLowerCase/isUpperCase see a UTF-16 code unit
// (a surrogate is none of them), worked out on first sight of each code unit.
const LETTER = 1;
const LOWER = 2;
const UPPER = 4;
const KNOWN = 8;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const s = String.fromCharCode(c);
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    k = KNOWN;
    if (!surrogate) {
      if (/\p{L}/u.test(s)) k |= LETTER;
      if (/\p{Lowercase}/u.test(s)) k |= LOWER;
      if (/\p{Uppercase}/u.test(s)) k |= UPPER;
    }
    classes[c] = k;
  }
  return k;
}

function every(s: string, flag: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (((classes[c] || classOf(c)) & flag) === 0) return false;
  }
  return true;
}

function firstIs(s: string, flag: number): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  return ((classes[c] || classOf(c)) & flag) !== 0;
}

/** RDRsegmenter's spelling normalization (tone on the second vowel of `oa`, `oe`, `uy`), done before anything else. */
const RESPELL: Record<string, string> = {
  òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ',
  òe: 'oè', óe: 'oé', ỏe: 'oẻ', õe: 'oẽ', ọe: 'oẹ',
  ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ',
  Ủy: 'Uỷ',
};
const RESPELLED = new RegExp(Object.keys(RESPELL).join('|'), 'g');
const NEEDS_RESPELL = /[òóỏõọùúủũụỦ]/;

/** A syllable as RDRsegmenter writes it (`thủy` → `thuỷ`); the same length. */
export function respell(token: string): string {
  return NEEDS_RESPELL.test(token) ? token.replace(RESPELLED, (m) => RESPELL[m]!) : token;
}

/**
 * The initial tags: longest matching of two to four syllables against the vocabulary, then the
 * capitalized runs of RDRsegmenter (up to four capitalized syllables join, a middle name after a
 * family name joins the syllable before it). `forms` are the tokens (respelling changes no
 * character's class, so they need not be respelled), `lower` respelled and lower-cased.
 */
export function initialTags(forms: readonly string[], lower: readonly string[], m: RdrModel): Uint8Array {
  const n = forms.length;
  const tags = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const token = forms[i]!;
    if (!every(token, LETTER)) {
      i++;
      continue;
    }
    const lowerFirst = firstIs(token, LOWER);
    if (lowerFirst && i + 1 < n && firstIs(forms[i + 1]!, UPPER)) {
      i++;
      continue;
    }
    // The longest word of two to four syllables from here that the vocabulary holds.
    let end = 0;
    let node: Trie | undefined = m.joins;
    for (let j = i; j < n && j < i + 4; j++) {
      node = node.next?.get(lower[j]!);
      if (node === undefined) break;
      if (node.word && j > i) end = j + 1;
    }
    if (end > 0) {
      for (let k = i + 1; k < end; k++) tags[k] = I;
      i = end;
      continue;
    }
    const low = lower[i]!;
    if (lowerFirst || m.firstSentenceWords.has(low) || every(token, UPPER) || m.countryShort.has(low) || m.companies.has(low)) {
      i++;
      continue;
    }
    // A capitalized syllable: the capitalized syllables of letters after it (up to three) join it.
    let next = i + 1;
    const stop = Math.min(i + 4, n);
    for (; next < stop; next++) {
      const t = forms[next]!;
      if (firstIs(t, LOWER) || !every(t, LETTER) || t === 'LBKT' || t === 'RBKT') break;
    }
    if (next > i + 1) {
      if (i >= 1 && m.middleNames.has(low)) {
        const prev = forms[i - 1]!;
        if (firstIs(prev, UPPER) && m.familyNames.has(lower[i - 1]!)) tags[i] = I;
      }
      for (let k = i + 1; k < next; k++) tags[k] = I;
      i = next;
    } else i++;
  }
  return tags;
}

export interface RdrOptions {
  /** RDRsegmenter's tags exactly, without vnews's own changes (for the identity check). */
  pure?: boolean;
}

/** Whether `node`'s condition holds for the window `w`. */
function holds(node: RuleNode, w: Int32Array): boolean {
  const fields = node.fields;
  const codes = node.codes;
  for (let t = 0; t < fields.length; t++) if (w[fields[t]!] !== codes[t]) return false;
  return true;
}

/** The first of `kids` whose condition holds for the window `w` (ten codes, as FIELDS), or -1. */
function firstHolding(kids: Children, w: Int32Array): number {
  const nodes = kids.nodes;
  if (kids.scan) {
    for (let k = 0; k < nodes.length; k++) if (holds(nodes[k]!, w)) return k;
    return -1;
  }
  let best = -1;
  for (const f of kids.keyed) {
    const list = kids.byField[f]![w[f]!];
    if (list === undefined) continue;
    for (const k of list) {
      if (best >= 0 && k >= best) break;
      if (holds(nodes[k]!, w)) {
        best = k;
        break;
      }
    }
  }
  return best;
}

/** The tag the rule tree gives a syllable: the conclusion of the last rule that holds, or its initial tag when none does. */
function treeTag(root: Children, w: Int32Array, initial: number): number {
  let tag = initial;
  let kids: Children | undefined = root;
  while (kids) {
    const k = firstHolding(kids, w);
    if (k < 0) break;
    const node: RuleNode = kids.nodes[k]!;
    tag = node.conclusion;
    kids = node.children;
  }
  return tag;
}

interface Syllable {
  /** Respelled, then lower-cased (as RDRsegmenter matches it). */
  lower: string;
  /** Its code in the rules (0: no rule tests it). */
  code: number;
}

/** What was worked out for each token seen (a corpus has far fewer distinct tokens than tokens); cleared past 100,000. */
const SEEN = new Map<string, Syllable>();
let seenModel: RdrModel | undefined;

function syllable(token: string, m: RdrModel): Syllable {
  if (seenModel !== m) {
    SEEN.clear();
    seenModel = m;
  }
  let s = SEEN.get(token);
  if (s === undefined) {
    if (SEEN.size >= 100_000) SEEN.clear();
    const lower = respell(token).toLowerCase();
    s = { lower, code: m.codes.get(lower) ?? 0 };
    SEEN.set(token, s);
  }
  return s;
}

/**
 * RDRsegmenter's tags (B or I) for a line's syllable tokens: what its `segmentTokenizedString`
 * gives for the tokens joined by spaces (a token tagged I joins the one before it).
 */
export function rdrTags(tokens: readonly string[], options: RdrOptions = {}): Uint8Array {
  const m = rdrModel();
  const n = tokens.length;
  const lower: string[] = new Array<string>(n);
  const code = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const seen = syllable(tokens[i]!, m);
    lower[i] = seen.lower;
    code[i] = seen.code;
  }
  const init = initialTags(tokens, lower, m);
  const out = new Uint8Array(n);
  const w = new Int32Array(10);
  for (let i = 0; i < n; i++) {
    w[0] = init[i]!;
    w[1] = code[i]!;
    w[2] = i > 0 ? code[i - 1]! : OUTSIDE_WORD;
    w[3] = i > 0 ? init[i - 1]! : OUTSIDE_TAG;
    w[4] = i > 1 ? code[i - 2]! : OUTSIDE_WORD;
    w[5] = i > 1 ? init[i - 2]! : OUTSIDE_TAG;
    w[6] = i + 1 < n ? code[i + 1]! : OUTSIDE_WORD;
    w[7] = i + 1 < n ? init[i + 1]! : OUTSIDE_TAG;
    w[8] = i + 2 < n ? code[i + 2]! : OUTSIDE_WORD;
    w[9] = i + 2 < n ? init[i + 2]! : OUTSIDE_TAG;
    out[i] = treeTag(m.root, w, init[i]!);
  }
  if (!options.pure) splitBeforeNames(tokens, lower, out, m);
  return out;
}

let surnames: Set<string> | undefined;

/** Family names, lower case: RDRsegmenter's and those the officials kind knows (lexicon/names.ts). */
function surnameSet(m: RdrModel): Set<string> {
  return (surnames ??= new Set([...m.familyNames, ...SURNAMES.map((n) => n.toLowerCase())]));
}

/** Whether the syllables are a word the vocabulary holds. */
function inVocabulary(lower: readonly string[], from: number, to: number, m: RdrModel): boolean {
  let node: Trie | undefined = m.joins;
  for (let j = from; j < to && node; j++) node = node.next?.get(lower[j]!);
  return node?.word === true;
}

/** Whether the syllables before `to` (from `from` on) end with a word of two to four syllables the vocabulary holds. */
function endsInVocabulary(lower: readonly string[], from: number, to: number, m: RdrModel): boolean {
  for (let j = Math.max(from, to - 4); j <= to - 2; j++) if (inVocabulary(lower, j, to, m)) return true;
  return false;
}

/** Whether tokens `from` to `to` all start with a capital and are letters only. */
function capitalized(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!firstIs(tokens[k]!, UPPER) || !every(tokens[k]!, LETTER)) return false;
  return true;
}

/**
 * vnews's change to RDRsegmenter's words: a word with a capital in which a known word, place or
 * country (of two syllables or more) is followed by a full name (a family name and one to three
 * more capitalized syllables, the last ones maybe the next word), as `Sơn_La_Hoàng_Văn_Chất` or
 * `Ngoại_giao_Đoàn_Khắc_Việt`, is cut before the family name, and the name made one word (the
 * VLSP convention: a person's name is one word, apart from what comes before it).
 */
function splitBeforeNames(tokens: readonly string[], lower: readonly string[], tags: Uint8Array, m: RdrModel): void {
  const n = tokens.length;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && tags[end] === I) end++;
    if (end - start >= 3 && firstIs(tokens[start]!, UPPER)) {
      const names = surnameSet(m);
      // A full name is at most four syllables: its family name is among the word's last four.
      for (let k = Math.max(start + 2, end - 4); k < end; k++) {
        if (!names.has(lower[k]!) || !capitalized(tokens, k, end) || !endsInVocabulary(lower, start, k, m)) continue;
        let next = end + 1;
        while (next < n && tags[next] === I) next++;
        if (end - k >= 2) tags[k] = B;
        else if (end < n && next - k <= 4 && capitalized(tokens, end, next)) {
          tags[k] = B;
          tags[end] = I;
        }
        break;
      }
    }
    start = end;
  }
}
