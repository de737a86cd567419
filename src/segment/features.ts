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
import { inDictionary } from './dictionary.js';
import { isTitle } from './title.js';

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
const bool = (b: boolean): string => (b ? 'True' : 'False');
const cut = (v: string): string => {
  const k = v.indexOf('=');
  return k < 0 ? v : v.slice(0, k);
};
const ASCII_DIGITS = /^\d+$/;

/** What is known of one n-gram of tokens (1, 2 or 3 consecutive tokens). */
interface Gram {
  text: string;
  lower: string;
  inDict: boolean;
  title: boolean;
  digit: boolean;
}

function gram(text: string, dict: Set<string>, withLower: boolean, withTitle: boolean, withDigit: boolean): Gram {
  return {
    text,
    lower: withLower ? text.toLowerCase() : '',
    inDict: inDictionary(dict, text),
    title: withTitle ? isTitle(text) : false,
    digit: withDigit ? ASCII_DIGITS.test(text) : false,
  };
}

/**
 * The feature values of every token of a line: `values[i][j]` is the value of TEMPLATE[j]
 * for token i, exactly as vntk hands `TEMPLATE[j]=value` to CRFsuite.
 */
export function lineFeatures(tokens: readonly string[], dict: Set<string>): string[][] {
  const n = tokens.length;
  const uni: Gram[] = tokens.map((t) => gram(t, dict, true, true, true));
  const bi: Gram[] = [];
  for (let i = 0; i + 1 < n; i++) bi.push(gram(tokens[i]! + ' ' + tokens[i + 1]!, dict, false, true, false));
  const tri: Gram[] = [];
  for (let i = 0; i + 2 < n; i++) tri.push(gram(bi[i]!.text + ' ' + tokens[i + 2]!, dict, false, true, false));

  const at = (grams: Gram[], i: number, k: number, width: number): Gram | string => {
    const first = i + k;
    if (first < 0) return BOS;
    if (first + width - 1 >= n) return EOS;
    return grams[first]!;
  };
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const u = (k: number): Gram | string => at(uni, i, k, 1);
    const b = (k: number): Gram | string => at(bi, i, k, 2);
    const t = (k: number): Gram | string => at(tri, i, k, 3);
    const f = (g: Gram | string, fn: (g: Gram) => string): string => (typeof g === 'string' ? g : cut(fn(g)));
    const inDict = (g: Gram | string): string => f(g, (x) => bool(x.inDict));
    const isIn = (g: Gram | string): boolean => typeof g !== 'string' && g.inDict;
    const lower = (k: number): string => (isIn(u(k)) ? '-' : f(u(k), (x) => x.lower));
    const text = (g: Gram | string, dashed: boolean): string => (dashed && isIn(g) ? '-' : f(g, (x) => x.text));
    out.push([
      lower(-2), lower(-1), lower(0), lower(1), lower(2),
      f(u(-1), (x) => bool(x.digit)), f(u(0), (x) => bool(x.digit)), f(u(1), (x) => bool(x.digit)),
      f(u(-1), (x) => bool(x.title)), f(u(0), (x) => bool(x.title)), f(u(1), (x) => bool(x.title)),
      f(b(0), (x) => bool(x.title)), f(t(0), (x) => bool(x.title)),
      inDict(u(-2)), inDict(u(-1)), inDict(u(0)), inDict(u(1)), inDict(u(2)),
      inDict(b(-2)), inDict(b(-1)), inDict(b(0)), inDict(b(1)),
      inDict(t(-2)), inDict(t(-1)), inDict(t(0)),
      text(u(-2), true), text(u(-1), true), text(u(0), true), text(u(1), true), text(u(2), true),
      text(b(-2), true), text(b(-1), true), text(b(0), true), text(b(1), true),
      text(t(-2), false), text(t(-1), false), text(t(0), false),
      i - 2 < 0 ? BOS : 'X', i - 1 < 0 ? BOS : 'X',
    ]);
  }
  return out;
}
