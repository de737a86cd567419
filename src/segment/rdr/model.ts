// RDRsegmenter's model (Nguyen et al., LREC 2018; VnCoreNLP's word segmenter), read from the files
// in models/rdrsegmenter/: the word lists of its initial segmentation and its tree of ripple-down
// rules, compiled into an index so that a syllable is tested only against the rules that could fire.
//
// A rule tests up to ten fields of a five-syllable window: the tag (B/I) and lower-cased syllable of
// the syllable itself and of the two before and after it (`<W>` and `<T>` outside the line). The
// tree is single-classification RDR: the root holds; a node that holds passes the question to its
// exceptions (children, in order); the first child that holds takes it further; the last node that
// held gives the answer. Siblings are tried in file order, so each node's children are indexed by
// one field each rule tests (a syllable field if it tests one): finding the first child that holds
// looks up the window's ten values and tests only the children filed under them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The window fields, in the order a compiled condition stores them. */
export const FIELDS = ['tag', 'word', 'prevWord1', 'prevTag1', 'prevWord2', 'prevTag2', 'nextWord1', 'nextTag1', 'nextWord2', 'nextTag2'] as const;
/** Field numbers (an index into FIELDS). */
export const TAG = 0;
export const WORD = 1;
/** What a field holds outside the line. */
export const NO_WORD = '<W>';
export const NO_TAG = '<T>';

/** A syllable trie: the syllables that may follow, and whether the syllables so far make a word. */
export interface Trie {
  next: Map<string, Trie> | undefined;
  word: boolean;
}

/** Field numbers of tags (the others hold syllables). */
export const TAG_FIELDS = [0, 3, 5, 7, 9];
export const OUTSIDE_WORD = 1;
export const OUTSIDE_TAG = 2;

/** Which field a rule is filed under, most selective first: syllables before tags. */
const KEY_ORDER = [1, 2, 6, 4, 8, 0, 3, 7, 5, 9];

/** A node of the compiled tree. */
export interface RuleNode {
  /** The fields tested (numbers into FIELDS) and the values they must hold. */
  fields: number[];
  values: string[];
  /** The values as codes (see RdrModel.codes), for the window's codes to be compared with. */
  codes: Int32Array;
  /** `B` is 0, `I` is 1. */
  conclusion: number;
  depth: number;
  children: Children | undefined;
  /** The line of Model.RDR it was read from (1-based), for messages and tests. */
  line: number;
}

/** A node's children, in order, filed by the value of one field each tests. */
export interface Children {
  nodes: RuleNode[];
  /** Per field, by value's code: the numbers (into `nodes`, ascending) of the children filed under it. */
  byField: ((number[] | undefined)[] | undefined)[];
  /** The fields some child is filed under. */
  keyed: number[];
  /** So few children that testing each in turn is quicker than looking them up. */
  scan: boolean;
}

export interface RdrModel {
  /** The root's children (the root holds for every syllable and concludes nothing). */
  root: Children;
  /** Words of two to four syllables (lower case) that longest matching joins, as a trie of syllables. */
  joins: Trie;
  /**
   * The code of each lower-case syllable some rule tests (2 and up; a syllable no rule tests is 0,
   * the outside of the line 1). Tags are coded B 0, I 1, outside 2.
   */
  codes: Map<string, number>;
  firstSentenceWords: Set<string>;
  countryShort: Set<string>;
  companies: Set<string>;
  middleNames: Set<string>;
  familyNames: Set<string>;
  rules: number;
  /** Milliseconds the files took to read and compile. */
  loadMs: number;
}

/** The folder of the model files: models/rdrsegmenter at the package's root (from src/ or dist/ alike). */
export function modelDir(): string {
  return fileURLToPath(new URL('../../../models/rdrsegmenter/', import.meta.url));
}

function wordList(dir: string, name: string): string[] {
  const path = `${dir}vocab/${name}.txt`;
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The value a `field == "value"` test (or a conclusion) names. As RDRsegmenter reads it: a test
 * holding `""` anywhere names the outside of the line (`<W>` when the test's text holds `Word`,
 * else `<T>`); otherwise the value is what lies between the first quote and the last character.
 */
function valueOf(test: string): string {
  if (test.includes('""')) return test.includes('Word') ? NO_WORD : NO_TAG;
  return test.slice(test.indexOf('"') + 1, test.length - 1);
}

function conclusionOf(text: string, where: string): number {
  const c = valueOf(text);
  if (c === 'B') return 0;
  if (c === 'I') return 1;
  throw new Error(`${where}: conclusion ${JSON.stringify(c)} is neither B nor I`);
}

function node(line: string, lineNo: number, depth: number, where: string): RuleNode {
  const [condition = '', conclusion = ''] = line.split(' : ');
  const tests = new Map<number, string>();
  for (const part of condition.trim().split(' and ')) {
    const test = part.trim();
    const name = test.slice(test.indexOf('.') + 1, test.indexOf(' '));
    const field = (FIELDS as readonly string[]).indexOf(name);
    if (field < 0) throw new Error(`${where}: unknown field ${JSON.stringify(name)}`);
    tests.set(field, valueOf(test));
  }
  const fields = [...tests.keys()].sort((a, b) => a - b);
  return { fields, values: fields.map((f) => tests.get(f)!), codes: new Int32Array(fields.length), conclusion: conclusionOf(conclusion.trim(), where), depth, children: undefined, line: lineNo };
}

/** The code of a rule's value in a field (see RdrModel.codes), a new syllable coded as it comes. */
function codeOf(field: number, value: string, codes: Map<string, number>): number {
  // A tag field tested for a value it never holds gets -1, a code no window has.
  if (TAG_FIELDS.includes(field)) return ['B', 'I', NO_TAG].indexOf(value);
  if (value === NO_WORD) return OUTSIDE_WORD;
  let code = codes.get(value);
  if (code === undefined) codes.set(value, (code = codes.size + 2));
  return code;
}

/** Children lists up to this long are tested in turn rather than looked up. */
const SCAN_MAX = 8;

function index(nodes: RuleNode[], codes: Map<string, number>): Children {
  const byField: ((number[] | undefined)[] | undefined)[] = FIELDS.map(() => undefined);
  nodes.forEach((n, k) => {
    n.fields.forEach((f, t) => (n.codes[t] = codeOf(f, n.values[t]!, codes)));
    const field = KEY_ORDER.find((f) => n.fields.includes(f));
    if (field === undefined) throw new Error(`Model.RDR line ${n.line}: a rule that tests nothing`);
    const byCode = (byField[field] ??= []);
    const value = n.codes[n.fields.indexOf(field)]!;
    // A tag tested for a value no tag holds (code -1): the rule never holds, and is filed under nothing.
    if (value < 0) return;
    (byCode[value] ??= []).push(k);
  });
  return { nodes, byField, keyed: byField.flatMap((m, f) => (m ? [f] : [])), scan: nodes.length <= SCAN_MAX };
}

/**
 * Parse Model.RDR: its first line is the root (`True`); each other line is one rule, its depth
 * the tabs before it (a child is one tab deeper than its parent; the lines after a node at its
 * own depth are its next siblings).
 */
export function parseRules(text: string, where = 'Model.RDR'): { root: Children; rules: number; codes: Map<string, number> } {
  const codes = new Map<string, number>();
  // As RDRsegmenter builds it: a deeper line is the exception of the line before; a line at the
  // same depth is its next sibling; a shallower one, the next sibling of the last line at its depth.
  interface Built {
    node: RuleNode | undefined;
    depth: number;
    kids: Built[];
    father: Built | undefined;
    owner: Built | undefined;
  }
  const root: Built = { node: undefined, depth: 0, kids: [], father: undefined, owner: undefined };
  let current = root;
  let rules = 0;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    let depth = 0;
    while (depth < 7 && raw[depth] === '\t') depth++;
    const line = raw.trim();
    if (line === '' || line.includes('cc:')) continue;
    const at = `${where} line ${i + 1}`;
    const b: Built = { node: node(line, i + 1, depth, at), depth, kids: [], father: current, owner: undefined };
    if (depth > current.depth) b.owner = current;
    else {
      let sibling: Built | undefined = current;
      while (sibling && sibling.depth !== depth) sibling = sibling.father;
      if (!sibling || !sibling.owner) throw new Error(`${at}: depth ${depth} has no rule before it to follow`);
      b.owner = sibling.owner;
    }
    b.owner.kids.push(b);
    current = b;
    rules++;
  }
  const compile = (kids: Built[]): Children => {
    const nodes = kids.map((k) => {
      const n = k.node!;
      if (k.kids.length > 0) n.children = compile(k.kids);
      return n;
    });
    return index(nodes, codes);
  };
  return { root: compile(root.kids), rules, codes };
}

/**
 * Add a word to the trie: its syllables are what lies between single spaces. Only words of two to
 * four syllables can ever be matched (longest matching tries four syllables down to two).
 */
function addWord(trie: Trie, word: string): void {
  const syllables = word.split(' ');
  if (syllables.length < 2 || syllables.length > 4) return;
  let node = trie;
  for (const s of syllables) {
    const next = (node.next ??= new Map());
    let child = next.get(s);
    if (child === undefined) next.set(s, (child = { next: undefined, word: false }));
    node = child;
  }
  node.word = true;
}

let model: RdrModel | undefined;

/** The model, read on first use. */
export function rdrModel(): RdrModel {
  if (model) return model;
  const t0 = performance.now();
  const dir = modelDir();
  const { root, rules, codes } = parseRules(readFileSync(`${dir}Model.RDR`, 'utf8'), `${dir}Model.RDR`);
  const joins: Trie = { next: undefined, word: false };
  for (const name of ['VN_DICT', 'VN_LOCATIONS', 'COUNTRY_L_NAME']) for (const w of wordList(dir, name)) addWord(joins, w);
  model = {
    root,
    joins,
    codes,
    firstSentenceWords: new Set(wordList(dir, 'VN_FIRST_SENT_WORDS')),
    countryShort: new Set(wordList(dir, 'COUNTRY_S_NAME')),
    companies: new Set(wordList(dir, 'WORLD_COMPANY')),
    middleNames: new Set(wordList(dir, 'VN_MIDDLE_NAMES')),
    familyNames: new Set(wordList(dir, 'VN_FAMILY_NAMES')),
    rules,
    loadMs: 0,
  };
  model.loadMs = performance.now() - t0;
  return model;
}
