// The RDR segmenter (src/segment/rdr) against RDRsegmenter's Java reference output on the seed
// fixtures and odd lines, recorded by test/scripts/record-rdr-fixtures.ts (no Java needed here);
// the rule file's reading; and segment() with --segmenter rdr.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { segment, segmentLine, useSegmenter } from '../../src/segment/index.js';
import { parseRules, rdrModel } from '../../src/segment/rdr/model.js';
import { rdrTags, respell } from '../../src/segment/rdr/index.js';
import { asReference, lineTokens } from '../scripts/rdr-reference.js';

const DIR = 'fixtures/segment/rdr';
const recorded = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'edge-cases.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { source: string; lines: string[] });

const pure = (line: string): string => {
  const tokens = lineTokens(line);
  return asReference(tokens, rdrTags(tokens, { pure: true }));
};

describe('RDR segmenter on the seed fixtures', () => {
  it('has a recording for every seed', () => {
    expect(recorded.map((r) => r.source)).toEqual(
      readdirSync('fixtures/seeds')
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => `fixtures/seeds/${f}`),
    );
  });

  for (const { source, lines } of recorded) {
    it(`gives the reference's words on every line of ${source}`, () => {
      const text = normalize(readFileSync(source, 'utf8'));
      expect(text.split('\n').map(pure)).toEqual(lines);
    });
  }

  const { cases } = JSON.parse(readFileSync(`${DIR}/edge-cases.json`, 'utf8')) as { cases: { line: string; answer: string }[] };
  it.each(cases.map((c) => [c.line, c.answer] as const))("gives the reference's words for %j", (line, answer) => {
    expect(pure(line)).toBe(answer);
  });
});

describe('segment with the RDR segmenter', () => {
  beforeAll(() => useSegmenter('rdr'));
  afterAll(() => useSegmenter('rdr'));

  it('joins a full name, and words the vocabulary knows', () => {
    expect(segment('Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị Ngoại vụ toàn quốc lần thứ 20.').map((w) => w.text)).toEqual([
      'Bộ trưởng', 'Bộ', 'Ngoại giao', 'Bùi Thanh Sơn', 'chủ trì', 'Hội nghị', 'Ngoại vụ', 'toàn quốc', 'lần', 'thứ', '20', '.',
    ]);
  });

  it('gives words as written (not respelled) with offsets into the normalized text', () => {
    const raw = 'Ủy ban  Nhân dân\r\nthủy điện';
    const text = normalize(raw);
    const words = segment(raw);
    expect(words.map((w) => w.text)).toEqual(['Ủy ban  Nhân dân', 'thủy điện']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.line)).toEqual([1, 2]);
  });

  it('gives every seed line the words the reference gives, with honest offsets', () => {
    for (const { source, lines } of recorded) {
      const text = normalize(readFileSync(source, 'utf8'));
      text.split('\n').forEach((line, i) => {
        const words = segmentLine(line);
        const answer = lines[i]!.replace(/^_/, '');
        expect(words.map((w) => w.syllables.map(respell).join('_')).join(' ')).toBe(answer);
        for (const w of words) expect(line.slice(w.start, w.end).split(/\s+/)).toEqual(w.syllables);
      });
    }
  });

  it('respells the tone of oa, oe, uy only to match the vocabulary', () => {
    expect(respell('thủy')).toBe('thuỷ');
    expect(respell('Ủy')).toBe('Uỷ');
    expect(respell('hòa')).toBe('hoà');
    expect(respell('hoà')).toBe('hoà');
    expect(segment('Ủy ban').map((w) => w.text)).toEqual(['Ủy ban']);
  });
});

describe('the rule tree', () => {
  it('reads every rule of Model.RDR', () => {
    const text = readFileSync('models/rdrsegmenter/Model.RDR', 'utf8');
    expect(rdrModel().rules).toBe(text.split('\n').slice(1).filter((l) => l.trim() !== '').length);
  });

  const RULES = [
    'True : object.conclusion = "NN"',
    '\tobject.tag == "I" : object.conclusion = "I"',
    '\t\tobject.prevWord1 == "quận" : object.conclusion = "B"',
    '\t\t\tobject.prevWord1 == "quận" and object.word == "huyện" : object.conclusion = "I"',
    '\t\tobject.prevWord2 == "" and object.word == "ta" : object.conclusion = "B"',
    '\tobject.tag == "B" : object.conclusion = "B"',
    '\t\tobject.nextTag2 == "" and object.word == "x" : object.conclusion = "I"',
  ].join('\n');

  it('nests by tabs: deeper lines are exceptions, a shallower line follows the last rule at its depth', () => {
    const { root, rules } = parseRules(RULES);
    expect(rules).toBe(6);
    expect(root.nodes.map((n) => n.line)).toEqual([2, 6]);
    const inside = root.nodes[0]!.children!;
    expect(inside.nodes.map((n) => n.line)).toEqual([3, 5]);
    expect(inside.nodes[0]!.children!.nodes.map((n) => n.line)).toEqual([4]);
    expect(root.nodes[1]!.children!.nodes.map((n) => n.line)).toEqual([7]);
  });

  it('reads "" as the outside of the line: <W> for a syllable field, <T> for a tag field', () => {
    const { root } = parseRules(RULES);
    expect(root.nodes[0]!.children!.nodes[1]!.values).toEqual(['ta', '<W>']);
    expect(root.nodes[1]!.children!.nodes[0]!.values).toEqual(['x', '<T>']);
    expect(root.nodes[0]!.conclusion).toBe(1);
  });

  it('files each rule under a syllable it tests before a tag', () => {
    const { root } = parseRules(RULES);
    expect(root.keyed).toEqual([0]);
    expect(root.nodes[0]!.children!.keyed).toEqual([1, 2]);
  });

  it('names the line of a rule it cannot read', () => {
    expect(() => parseRules('True : x\n\tobject.tag == "I" : object.conclusion = "Q"')).toThrow(/line 2: conclusion "Q"/);
    expect(() => parseRules('True : x\n\tobject.tog == "I" : object.conclusion = "B"')).toThrow(/line 2: unknown field "tog"/);
  });
});

describe("vnews's change: a full name cut from the known word before it", () => {
  const words = (line: string, pure = false): string[] => {
    const tokens = lineTokens(line);
    return asReference(tokens, rdrTags(tokens, { pure })).split(' ');
  };
  const POSITIVE: [string, string][] = [
    ['Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất phát biểu', 'Hoàng_Văn_Chất'],
    ['Người phát ngôn Bộ Ngoại giao Đoàn Khắc Việt chia sẻ', 'Đoàn_Khắc_Việt'],
  ];
  it.each(POSITIVE)('%j: %s is one word (RDRsegmenter alone joins it to the word before)', (line, name) => {
    expect(words(line)).toContain(name);
    expect(words(line, true)).not.toContain(name);
  });
  const NEGATIVE = [
    'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp Đoàn Việt Nam',
    'tại Thành phố Hồ Chí Minh và Bồ Đào Nha',
    'Tổng Bí thư Nguyễn Phú Trọng',
    'Ông Lê Hoài Trung',
  ];
  it.each(NEGATIVE)('%j: the same words as RDRsegmenter', (line) => {
    expect(words(line)).toEqual(words(line, true));
  });
});
