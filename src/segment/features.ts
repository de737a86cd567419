// vntk's word features (lib/features/word_features.js with word_tokenizer's template and
// clean-up), built in one pass over a line's tokens.
//
// For token i, each template names tokens relative to i (`T[-1]`, `T[0,2]` = tokens i..i+2
// joined by one space) and optionally a function of them (`lower`, `isdigit`, `istitle`,
// `is_in_dict`); a token before the line gives `BOS`, after it `EOS`; `T[k][1]` is the
// dummy label column, always `X`. vntk then turns `name=value` strings into an object by
// splitting at `=` and keeping the second part, so a value is cut at its first `=`. Where
// `T[k].is_in_dict` is True, `T[k]` and `T[k].lower` become `-`; where `T[k,k+1].is_in_dict`
// is True, `T[k,k+1]` becomes `-`. The attribute handed to CRFsuite is `name=value`, in
// template order, each with weight 1.
import { hasPair, hasTriple, type Dictionary } from './dictionary.js';
import { isTitle, notTitleAtFirstCharacter } from './title.js';

/** word_tokenizer's template, in vntk's order (the order attributes are summed in). */
export const TEMPLATE = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
] as const;

const BOS = 'BOS';
const EOS = 'EOS';
const TRUE = 'True';
const FALSE = 'False';
const DASH = '-';
const cut = (v: string): string => {
  const k = v.indexOf('=');
  return k < 0 ? v : v.slice(0, k);
};
/** `/^\d+$/`: ASCII digits only, at least one. */
function asciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `istitle` of strings seen before (tokens repeat; the cache is dropped when it grows large). */
let titles = new Map<string, boolean>();
function cachedIsTitle(s: string): boolean {
  if (notTitleAtFirstCharacter(s)) return false;
  let v = titles.get(s);
  if (v === undefined) {
    if (titles.size > 200_000) titles = new Map();
    v = isTitle(s);
    titles.set(s, v);
  }
  return v;
}

/** What the features need of a line's unigrams, bigrams (i, i+1) and trigrams (i..i+2). */
interface Grams {
  n: number;
  /** the tokens, and lower-cased, both cut at `=` */
  uText: string[];
  uLower: string[];
  uIn: boolean[];
  uDigit: boolean[];
  uTitle: boolean[];
  bIn: boolean[];
  bTitle: boolean[];
  tIn: boolean[];
  tTitle: boolean[];
}

/** vntk's `istitle` of `tokens[i..i+width-1]` joined by spaces. */
function gramIsTitle(tokens: readonly string[], i: number, width: number): boolean {
  // The answer is often known from the first character, before joining.
  if (notTitleAtFirstCharacter(tokens[i]!)) return false;
  let s = tokens[i]!;
  for (let k = 1; k < width; k++) s += ' ' + tokens[i + k]!;
  return cachedIsTitle(s);
}

/** Lower-casing a space-joined string is joining the lower-cased parts: no case mapping looks across a space. */
function grams(tokens: readonly string[], dict: Dictionary): Grams {
  const n = tokens.length;
  const lowers: string[] = new Array<string>(n);
  const g: Grams = {
    n,
    uText: new Array<string>(n),
    uLower: new Array<string>(n),
    uIn: new Array<boolean>(n),
    uDigit: new Array<boolean>(n),
    uTitle: new Array<boolean>(n),
    bIn: [],
    bTitle: [],
    tIn: [],
    tTitle: [],
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    lowers[i] = lower;
    g.uText[i] = cut(t);
    g.uLower[i] = cut(lower);
    g.uIn[i] = t.length > 0 && dict.words.has(lower);
    g.uDigit[i] = asciiDigits(t);
    g.uTitle[i] = cachedIsTitle(t);
  }
  for (let i = 0; i + 1 < n; i++) {
    g.bIn.push(hasPair(dict, lowers[i]!, lowers[i + 1]!));
    g.bTitle.push(gramIsTitle(tokens, i, 2));
  }
  for (let i = 0; i + 2 < n; i++) {
    g.tIn.push(hasTriple(dict, lowers[i]!, lowers[i + 1]!, lowers[i + 2]!));
    g.tTitle.push(gramIsTitle(tokens, i, 3));
  }
  return g;
}

/**
 * The feature values of every token of a line, flat: `values[i * TEMPLATE.length + j]` is
 * the value of TEMPLATE[j] for token i, exactly as vntk hands `TEMPLATE[j]=value` to CRFsuite.
 */
export function lineFeatureValues(tokens: readonly string[], dict: Dictionary): string[] {
  const { n, uText, uLower, uIn, uDigit, uTitle, bIn, bTitle, tIn, tTitle } = grams(tokens, dict);
  const bText: string[] = [];
  const tText: string[] = [];
  for (let i = 0; i + 1 < n; i++) bText.push(cut(tokens[i]! + ' ' + tokens[i + 1]!));
  for (let i = 0; i + 2 < n; i++) tText.push(cut(tokens[i]! + ' ' + tokens[i + 1]! + ' ' + tokens[i + 2]!));
  const W = TEMPLATE.length;
  const out: string[] = new Array<string>(n * W);
  for (let i = 0; i < n; i++) {
    let o = i * W;
    // T[k].lower, k = -2..2 ('-' when T[k] is in the dictionary)
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j >= n ? EOS : uIn[j] ? DASH : uLower[j]!;
    }
    // T[k].isdigit, k = -1..1
    for (let k = -1; k <= 1; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j >= n ? EOS : uDigit[j] ? TRUE : FALSE;
    }
    // T[k].istitle, k = -1..1; T[0,1].istitle; T[0,2].istitle
    for (let k = -1; k <= 1; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j >= n ? EOS : uTitle[j] ? TRUE : FALSE;
    }
    out[o++] = i + 1 >= n ? EOS : bTitle[i] ? TRUE : FALSE;
    out[o++] = i + 2 >= n ? EOS : tTitle[i] ? TRUE : FALSE;
    // T[k].is_in_dict, k = -2..2
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j >= n ? EOS : uIn[j] ? TRUE : FALSE;
    }
    // T[k,k+1].is_in_dict, k = -2..1
    for (let k = -2; k <= 1; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j + 1 >= n ? EOS : bIn[j] ? TRUE : FALSE;
    }
    // T[k,k+2].is_in_dict, k = -2..0
    for (let k = -2; k <= 0; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j + 2 >= n ? EOS : tIn[j] ? TRUE : FALSE;
    }
    // T[k], k = -2..2 ('-' when in the dictionary)
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j >= n ? EOS : uIn[j] ? DASH : uText[j]!;
    }
    // T[k,k+1], k = -2..1 ('-' when in the dictionary)
    for (let k = -2; k <= 1; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j + 1 >= n ? EOS : bIn[j] ? DASH : bText[j]!;
    }
    // T[k,k+2], k = -2..0
    for (let k = -2; k <= 0; k++) {
      const j = i + k;
      out[o++] = j < 0 ? BOS : j + 2 >= n ? EOS : tText[j]!;
    }
    // T[-2][1], T[-1][1]: the dummy label column
    out[o++] = i - 2 < 0 ? BOS : 'X';
    out[o++] = i - 1 < 0 ? BOS : 'X';
  }
  return out;
}

/** The same values as rows, one per token (for tests and inspection). */
export function lineFeatures(tokens: readonly string[], dict: Dictionary): string[][] {
  const flat = lineFeatureValues(tokens, dict);
  const W = TEMPLATE.length;
  const rows: string[][] = [];
  for (let i = 0; i < tokens.length; i++) rows.push(flat.slice(i * W, (i + 1) * W));
  return rows;
}

/**
 * The model's attribute ids, arranged for lookups by value: one lookup per distinct unigram,
 * bigram and trigram value gives the ids of every template that uses it.
 */
export interface AttributeIndex {
  /** value → ids of [T[-2].lower … T[2].lower, T[-2] … T[2]] (-1 where the model has none) */
  uni: Map<string, Int32Array>;
  /** value → ids of [T[-2,-1], T[-1,0], T[0,1], T[1,2]]; values of two parts nested by part */
  bi: Nested;
  /** value → ids of [T[-2,0], T[-1,1], T[0,2]]; values of three parts nested by part */
  tri: Nested;
  /**
   * per template (TEMPLATE's order), for the templates with constant values: the ids of
   * `BOS`, `EOS`, `True`, `False`, `X` (-1 where the model has none)
   */
  constant: Int32Array[];
}

const CONSTANTS = [BOS, EOS, TRUE, FALSE, 'X'];
const C_BOS = 0;
const C_EOS = 1;
const C_TRUE = 2;
const C_FALSE = 3;
const C_X = 4;

/**
 * Ids by value, where a value of exactly `parts` space-separated parts is found part by part
 * (`nested.get(a).get(b)`), so a line's bigrams and trigrams need not be joined; other values
 * (`BOS`, `-`, values cut at `=`...) are in `flat`.
 */
export interface Nested {
  parts: number;
  nested: Map<string, unknown>;
  flat: Map<string, Int32Array>;
}

function nestedSet(n: Nested, value: string, ids: Int32Array): void {
  const parts = value.split(' ');
  if (parts.length !== n.parts) {
    n.flat.set(value, ids);
    return;
  }
  let m = n.nested;
  for (let k = 0; k < parts.length - 1; k++) {
    let next = m.get(parts[k]!) as Map<string, unknown> | undefined;
    if (!next) m.set(parts[k]!, (next = new Map()));
    m = next;
  }
  m.set(parts[parts.length - 1]!, ids);
}

/** The ids of a value given whole. */
function nestedGet(n: Nested, value: string): Int32Array {
  const parts = value.split(' ');
  return parts.length === n.parts ? nestedGetParts(n, parts, 0) : (n.flat.get(value) ?? NONE);
}

/** The ids of `parts[from] + ' ' + parts[from + 1] …` (n.parts of them, none holding a space). */
function nestedGetParts(n: Nested, parts: readonly string[], from: number): Int32Array {
  let m: unknown = n.nested;
  for (let k = 0; k < n.parts; k++) {
    m = (m as Map<string, unknown>).get(parts[from + k]!);
    if (m === undefined) return NONE;
  }
  return m as Int32Array;
}

const UNI = ['T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower', 'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]'];
const BI = ['T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]'];
const TRI = ['T[-2,0]', 'T[-1,1]', 'T[0,2]'];

/** Arrange `template → (value → id)` maps for lineAttributes. */
export function attributeIndex(byTemplate: Map<string, number>[]): AttributeIndex {
  const group = (names: string[]): Map<string, Int32Array> => {
    const out = new Map<string, Int32Array>();
    names.forEach((name, slot) => {
      for (const [value, aid] of byTemplate[TEMPLATE.indexOf(name as (typeof TEMPLATE)[number])]!) {
        let ids = out.get(value);
        if (!ids) {
          ids = new Int32Array(names.length).fill(-1);
          out.set(value, ids);
        }
        ids[slot] = aid;
      }
    });
    return out;
  };
  const constant = byTemplate.map((m) => Int32Array.from(CONSTANTS, (v) => m.get(v) ?? -1));
  const nest = (flat: Map<string, Int32Array>, parts: number): Nested => {
    const n: Nested = { parts, nested: new Map(), flat: new Map() };
    for (const [value, ids] of flat) nestedSet(n, value, ids);
    return n;
  };
  return { uni: group(UNI), bi: nest(group(BI), 2), tri: nest(group(TRI), 3), constant };
}

const NONE = new Int32Array(10).fill(-1);

/** Attribute ids of a line, flat: token i's ids are `ids[starts[i]] … ids[starts[i + 1] - 1]`. */
export interface LineAttributes {
  ids: Int32Array;
  starts: Int32Array;
}

/**
 * The attribute ids CRFsuite would find for each token of a line, in template order: the
 * ids of `TEMPLATE[j]=value` for the values lineFeatureValues gives, skipping values the
 * model does not know. `clean` maps a value to the string CRFsuite actually looks up.
 */
export function lineAttributes(
  tokens: readonly string[],
  dict: Dictionary,
  index: AttributeIndex,
  clean?: (v: string) => string,
): LineAttributes {
  const { n, uText, uLower, uIn, uDigit, uTitle, bIn, bTitle, tIn, tTitle } = grams(tokens, dict);
  const look = (m: Map<string, Int32Array>, v: string): Int32Array => m.get(clean ? clean(v) : v) ?? NONE;
  const uLowerIds = uLower.map((v) => look(index.uni, v));
  const uTextIds = uText.map((v) => look(index.uni, v));
  // A bigram or trigram value is its tokens joined by spaces, unless a token holds `=` (the
  // value is cut there) or the value needs cleaning: then it is built and looked up whole.
  const simple = !clean && !tokens.some((t) => t.includes('='));
  const gramIds = (nest: Nested, width: number): Int32Array[] => {
    const out: Int32Array[] = [];
    for (let i = 0; i + width <= n; i++) {
      if (simple) out.push(nestedGetParts(nest, tokens, i));
      else {
        let v = tokens[i]!;
        for (let k = 1; k < width; k++) v += ' ' + tokens[i + k]!;
        v = cut(v);
        out.push(nestedGet(nest, clean ? clean(v) : v));
      }
    }
    return out;
  };
  const bIds = gramIds(index.bi, 2);
  const tIds = gramIds(index.tri, 3);
  const uBos = look(index.uni, BOS);
  const uEos = look(index.uni, EOS);
  const uDash = look(index.uni, DASH);
  const bBos = nestedGet(index.bi, BOS);
  const bEos = nestedGet(index.bi, EOS);
  const bDash = nestedGet(index.bi, DASH);
  const tBos = nestedGet(index.tri, BOS);
  const tEos = nestedGet(index.tri, EOS);
  const C = index.constant;
  const ids = new Int32Array(n * TEMPLATE.length);
  const starts = new Int32Array(n + 1);
  let m = 0;
  const push = (aid: number | undefined): void => {
    if (aid !== undefined && aid >= 0) ids[m++] = aid;
  };
  for (let i = 0; i < n; i++) {
    starts[i] = m;
    let j = 0; // template index
    for (let k = -2; k <= 2; k++, j++) {
      const p = i + k;
      push((p < 0 ? uBos : p >= n ? uEos : uIn[p] ? uDash : uLowerIds[p]!)[k + 2]);
    }
    for (let k = -1; k <= 1; k++, j++) {
      const p = i + k;
      push(C[j]![p < 0 ? C_BOS : p >= n ? C_EOS : uDigit[p] ? C_TRUE : C_FALSE]);
    }
    for (let k = -1; k <= 1; k++, j++) {
      const p = i + k;
      push(C[j]![p < 0 ? C_BOS : p >= n ? C_EOS : uTitle[p] ? C_TRUE : C_FALSE]);
    }
    push(C[j++]![i + 1 >= n ? C_EOS : bTitle[i] ? C_TRUE : C_FALSE]);
    push(C[j++]![i + 2 >= n ? C_EOS : tTitle[i] ? C_TRUE : C_FALSE]);
    for (let k = -2; k <= 2; k++, j++) {
      const p = i + k;
      push(C[j]![p < 0 ? C_BOS : p >= n ? C_EOS : uIn[p] ? C_TRUE : C_FALSE]);
    }
    for (let k = -2; k <= 1; k++, j++) {
      const p = i + k;
      push(C[j]![p < 0 ? C_BOS : p + 1 >= n ? C_EOS : bIn[p] ? C_TRUE : C_FALSE]);
    }
    for (let k = -2; k <= 0; k++, j++) {
      const p = i + k;
      push(C[j]![p < 0 ? C_BOS : p + 2 >= n ? C_EOS : tIn[p] ? C_TRUE : C_FALSE]);
    }
    for (let k = -2; k <= 2; k++, j++) {
      const p = i + k;
      push((p < 0 ? uBos : p >= n ? uEos : uIn[p] ? uDash : uTextIds[p]!)[5 + k + 2]);
    }
    for (let k = -2; k <= 1; k++, j++) {
      const p = i + k;
      push((p < 0 ? bBos : p + 1 >= n ? bEos : bIn[p] ? bDash : bIds[p]!)[k + 2]);
    }
    for (let k = -2; k <= 0; k++, j++) {
      const p = i + k;
      push((p < 0 ? tBos : p + 2 >= n ? tEos : tIds[p]!)[k + 2]);
    }
    push(C[j++]![i - 2 < 0 ? C_BOS : C_X]);
    push(C[j++]![i - 1 < 0 ? C_BOS : C_X]);
  }
  starts[n] = m;
  return { ids, starts };
}

/** lineAttributes as one list per token (for tests and inspection). */
export function lineAttributeLists(a: LineAttributes): number[][] {
  const out: number[][] = [];
  for (let i = 0; i + 1 < a.starts.length; i++) out.push(Array.from(a.ids.subarray(a.starts[i], a.starts[i + 1])));
  return out;
}
