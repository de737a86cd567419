// The model reader and the pieces of vntk's features that come from other packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCrfModel } from '../../src/segment/model.js';
import { modelPath } from '../../src/segment/index.js';
import { TEMPLATE, attributeIndex, lineAttributeLists, lineAttributes, lineFeatureValues, lineFeatures } from '../../src/segment/features.js';
import { tokenize } from '../../src/segment/tokenizer.js';
import { normalize } from '../../src/text/normalize.js';
import { dictionary, inDictionary } from '../../src/segment/dictionary.js';
import { titleCase } from '../../src/segment/title.js';

describe('readCrfModel', () => {
  const model = readCrfModel(readFileSync(modelPath()));

  it("reads vntk's word model: two labels, every attribute, two-by-two transitions", () => {
    expect(model.labels).toEqual(['BW', 'IW']);
    expect(model.attributes.size).toBe(10969);
    expect(model.trans).toHaveLength(4);
    // a bigram attribute (one seen in the file) has weights
    const aid = model.attributes.get('T[-1,0]=Gia Định');
    expect(aid).toBeTypeOf('number');
    expect(model.state[aid! * 2] !== 0 || model.state[aid! * 2 + 1] !== 0).toBe(true);
  });

  it('uses only the templates vntk generates', () => {
    const names = new Set([...model.attributes.keys()].map((k) => k.slice(0, k.indexOf('='))));
    expect([...names].sort()).toEqual([...TEMPLATE].sort());
  });

  it('rejects a file that is not a CRFsuite model', () => {
    expect(() => readCrfModel(Buffer.alloc(64, 'x'))).toThrow(/crf1d/);
    expect(() => readCrfModel(Buffer.alloc(10))).toThrow(/too short/);
  });
});

describe('dictionary', () => {
  it('answers as @vntk/dictionary does, ignoring case', () => {
    const dict = dictionary();
    expect(inDictionary(dict, 'Ngoại giao')).toBe(true);
    expect(inDictionary(dict, 'ngoại giao')).toBe(true);
    expect(inDictionary(dict, 'giao ngoại')).toBe(false);
    expect(inDictionary(dict, '')).toBe(false);
  });
});

describe('lineFeatures', () => {
  it("builds vntk's values, with BOS/EOS, '-' for dictionary words and values cut at '='", () => {
    const [first, last] = lineFeatures(['Ngoại', 'a=b'], dictionary());
    const at = (row: string[] | undefined, name: (typeof TEMPLATE)[number]): string => row![TEMPLATE.indexOf(name)]!;
    expect(at(first, 'T[-1].lower')).toBe('BOS');
    expect(at(first, 'T[0]')).toBe('-'); // "Ngoại" is in the dictionary
    expect(at(first, 'T[0].is_in_dict')).toBe('True');
    expect(at(first, 'T[1]')).toBe('a');
    expect(at(first, 'T[0,1]')).toBe('Ngoại a');
    expect(at(first, 'T[0,2]')).toBe('EOS');
    expect(at(first, 'T[0].istitle')).toBe('True');
    expect(at(last, 'T[-1][1]')).toBe('X');
    expect(at(last, 'T[0].isdigit')).toBe('False');
  });
});

describe('lineAttributes', () => {
  it('finds the ids of exactly the `name=value` attributes lineFeatureValues describes', () => {
    const model = readCrfModel(readFileSync(modelPath()));
    const byTemplate = TEMPLATE.map(() => new Map<string, number>());
    for (const [attr, aid] of model.attributes) {
      const eq = attr.indexOf('=');
      byTemplate[TEMPLATE.indexOf(attr.slice(0, eq) as (typeof TEMPLATE)[number])]!.set(attr.slice(eq + 1), aid);
    }
    const index = attributeIndex(byTemplate);
    const dict = dictionary();
    const text = normalize(readFileSync('fixtures/seeds/002_021c48eba725d1ab.txt', 'utf8'));
    let checked = 0;
    for (const line of text.split('\n')) {
      const tokens = tokenize(line).map((t) => line.slice(t.start, t.end));
      const values = lineFeatureValues(tokens, dict);
      const expected = tokens.map((_, i) =>
        TEMPLATE.flatMap((name, j) => {
          const aid = model.attributes.get(`${name}=${values[i * TEMPLATE.length + j]!}`);
          return aid === undefined ? [] : [aid];
        }),
      );
      expect(lineAttributeLists(lineAttributes(tokens, dict, index))).toEqual(expected);
      checked += tokens.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('titleCase', () => {
  const reference = createRequire(import.meta.url)('title-case') as (s: string) => string;

  it.each(['Hà Nội', 'hà nội', 'TP.', 'iPhone', 'ABCdef', 'a1B', '.', '"Hà', 'ß', 'ǅx', 'Ab-Cd', '😀', 'Ⅷ'])(
    'gives what title-case gives for %j',
    (s) => expect(titleCase(s)).toBe(reference(s)),
  );

  it('agrees with title-case on random strings of tricky characters', () => {
    const alphabet = [...'aAbBzZđĐếẾ1 .-_,"\'ßǅⅧ\u0301'].concat(['\ud83d', '\ude00']);
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let i = 0, n = 1 + rand(7); i < n; i++) s += alphabet[rand(alphabet.length)];
      expect(titleCase(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
