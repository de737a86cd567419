// Encodings: one seed article in every encoding vnews reads (fixtures/encodings/, written by
// test/scripts/make-encodings.ts), texts that must not pass for Vietnamese, and --encoding.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, normalize, type Document } from '../src/index.js';
import { decodeBytes, encodingNamed, type Encoding, type EncodingChoice } from '../src/io/decode.js';
import { tcvn3Table, UNASSIGNED } from '../src/io/tcvn3.js';
import { runCli } from './support/cli.js';

const DIR = 'fixtures/encodings';
const NAME = '003_e1e8b47241fbfe42';
const ORIGINAL = readFileSync(`fixtures/seeds/${NAME}.txt`, 'utf8');
const file = (suffix: string) => `${DIR}/${NAME}.${suffix}`;
/** A copy of file(suffix), `k`-th, in a folder of its own: the same bytes under another name (a file named twice is read once). */
let copies: string | undefined;
const copyOf = (suffix: string, k: number): string => {
  copies ??= mkdtempSync(join(tmpdir(), 'vnews-enc-copy-'));
  const copy = join(copies, `${k}.${suffix}`);
  copyFileSync(file(suffix), copy);
  return copy;
};
afterAll(() => {
  if (copies !== undefined) rmSync(copies, { recursive: true, force: true });
});

/** Each fixture of the article: its file suffix, the encoding it is in. */
const ARTICLE: [string, Encoding][] = [
  ['utf-8', 'utf-8'],
  ['utf-8-bom', 'utf-8'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['windows-1258', 'windows-1258'],
  ['tcvn3', 'tcvn3'],
];

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** A capital vowel with a tone mark (Ả, Ấ, Ờ…): TCVN3 has none, and reads it as its small letter. */
const isTonedCapital = (ch: string) => ch !== ch.toLowerCase() && TONE_MARK.test(ch.normalize('NFD'));
/** What TCVN3 keeps of a text: every capital vowel with a tone mark becomes its small letter, nothing else changes. */
const tcvn3Text = (text: string) => [...text.normalize('NFC')].map((ch) => (isTonedCapital(ch) ? ch.toLowerCase() : ch)).join('');

/** The normalized text the article reads as in `encoding`. */
const expected = (encoding: Encoding) => normalize(encoding === 'tcvn3' ? tcvn3Text(ORIGINAL) : ORIGINAL);

const INVALID = /^invalid UTF-8 at byte \d+ \(not Windows-1258 or TCVN3 either; use --encoding\)$/;

describe('decoding each encoding of the article', () => {
  it.each(ARTICLE)('%s: told from the bytes, and the same text as the UTF-8 original', (suffix, encoding) => {
    const decoded = decodeBytes(readFileSync(file(suffix)));
    expect(decoded.encoding).toBe(encoding);
    expect(normalize(decoded.text)).toBe(expected(encoding));
  });

  it.each(ARTICLE)('%s: the same text when the encoding is forced', (suffix, encoding) => {
    expect(normalize(decodeBytes(readFileSync(file(suffix)), encoding).text)).toBe(expected(encoding));
  });

  it('TCVN3 loses exactly the capitals with a tone mark: here Ả twice and Ấ once, which read as ả and ấ', () => {
    const lost = [...ORIGINAL.normalize('NFC')].filter(isTonedCapital);
    expect(lost).toEqual(['Ả', 'Ả', 'Ấ']);
    const text = normalize(decodeBytes(readFileSync(file('tcvn3'))).text);
    expect(text).not.toBe(normalize(ORIGINAL));
    expect(text.toLowerCase()).toBe(normalize(ORIGINAL).toLowerCase());
    // The capitals without a tone mark are kept.
    expect(text).toContain('(ảnh: Tuấn Anh)');
    expect(text).toContain('Đ');
  });

  it('Windows-1258 tone marks are combining characters until normalize() composes them', () => {
    const raw = decodeBytes(readFileSync(file('windows-1258'))).text;
    expect(raw).not.toBe(raw.normalize('NFC'));
    expect(TONE_MARK.test(raw)).toBe(true);
    expect(TONE_MARK.test(normalize(raw))).toBe(false);
  });

  it('extract gives the same document from every encoding', () => {
    const original = extract(ORIGINAL, { path: 'x' });
    for (const [suffix, encoding] of ARTICLE) {
      const doc = extract(decodeBytes(readFileSync(file(suffix))).text, { path: 'x' });
      expect(doc).toEqual(encoding === 'tcvn3' ? extract(tcvn3Text(ORIGINAL), { path: 'x' }) : original);
    }
  });
});

describe('UTF-8 is read as TextDecoder reads it (fatal, one BOM dropped), by the faster path decode.ts takes', () => {
  const reference = new TextDecoder('utf-8', { fatal: true });
  const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
  // Byte sequences with an edge in them: each must read as the reference reads it, or fail as it fails.
  const CASES: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['ASCII', new TextEncoder().encode('Hoi nghi lan thu 20\n')],
    ['Vietnamese', new TextEncoder().encode('Hội nghị Ngoại vụ toàn quốc lần thứ 20, ngày 13/12')],
    ['a BOM alone', hex('efbbbf')],
    ['two BOMs: only the first is dropped', hex('efbbbfefbbbf41')],
    ['a BOM in the middle stays', hex('41efbbbf42')],
    ['astral and noncharacters', new TextEncoder().encode('😀 \u{10FFFF} \uFFFE \uFFFF')],
    ['Latin-1 letters only', new TextEncoder().encode('café naïve')],
    ['a lone continuation byte', hex('4180')],
    ['a cut sequence at the end', hex('41e1bb')],
    ['an overlong slash', hex('c0af')],
    ['an encoded surrogate', hex('eda080')],
    ['past U+10FFFF', hex('f4908080')],
    ['Windows-1258 bytes', hex('48e0204ee469')],
  ];
  it.each(CASES)('%s', (_, bytes) => {
    let expected: string | undefined;
    try {
      expected = reference.decode(bytes);
    } catch {
      expected = undefined;
    }
    if (expected === undefined) expect(() => decodeBytes(bytes, 'utf-8')).toThrow(/invalid UTF-8 at byte \d+/);
    else {
      expect(decodeBytes(bytes, 'utf-8')).toEqual({ text: expected, encoding: 'utf-8' });
      expect(decodeBytes(bytes, 'auto')).toEqual({ text: expected, encoding: 'utf-8' });
    }
  });

  it('every seed, and 2,000 random byte strings, read the same', () => {
    for (const f of readdirSync('fixtures/seeds')) {
      const bytes = readFileSync(`fixtures/seeds/${f}`);
      expect(decodeBytes(bytes, 'utf-8').text).toBe(reference.decode(bytes));
    }
    let seed = 20;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (let k = 0; k < 2000; k++) {
      // Mostly valid UTF-8 (code points of every length), with a byte changed in some.
      const cps = Array.from({ length: random() % 12 }, () => [0x41, 0xe9, 0x1ec7, 0xfeff, 0x1f600][random() % 5] as number);
      const bytes = new TextEncoder().encode(String.fromCodePoint(...cps));
      if (bytes.length > 0 && random() % 3 === 0) bytes[random() % bytes.length] = random() & 0xff;
      let expected: string | undefined;
      try {
        expected = reference.decode(bytes);
      } catch {
        expected = undefined;
      }
      if (expected === undefined) expect(() => decodeBytes(bytes, 'utf-8')).toThrow();
      else expect(decodeBytes(bytes, 'utf-8').text).toBe(expected);
    }
  });
});

describe('what is not Vietnamese in any encoding is an error, not a wrong decoding', () => {
  const bad = readdirSync(`${DIR}/not-vietnamese`).sort();
  it('the fixtures are there', () => expect(bad.length).toBeGreaterThanOrEqual(6));
  it.each(bad)('%s', (f) => {
    expect(() => decodeBytes(readFileSync(`${DIR}/not-vietnamese/${f}`))).toThrow(INVALID);
  });

  /** Short texts given as bytes: what auto-detection makes of them. */
  const SHORT: [string, number[] | string, Encoding | RegExp][] = [
    ['Vietnamese in Windows-1258 (à is E0)', 'Ng\xe0y 13/12', 'windows-1258'],
    ['Vietnamese in TCVN3 (à is B5)', 'Ng\xb5y 13/12', 'tcvn3'],
    ['TCVN3 in an all-capital font: the toned letters read small', 'H\xe9I NGH\xde', 'tcvn3'],
    ['Windows-1258 with combining tone marks (Thời tiết: ơ + grave, ê + acute)', 'Th\xf5\xcci ti\xea\xect', 'windows-1258'],
    ['French in Latin-1', 'caf\xe9 cr\xe8me', INVALID],
    ['English in Windows-1252, only quotes outside ASCII', '\x93Hello,\x94 she said.', INVALID],
    ['one word that is căng in Windows-1258 and cóng in TCVN3', 'c\xe3ng', /^invalid UTF-8 at byte 1 \(it reads as Windows-1258 and as TCVN3; use --encoding\)$/],
    ['a byte neither encoding has (0x81) in Vietnamese', 'Ng\xe0y \x81', INVALID],
  ];
  it.each(SHORT)('%s', (_, text, outcome) => {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : Buffer.from(text);
    if (outcome instanceof RegExp) expect(() => decodeBytes(bytes)).toThrow(outcome);
    else expect(decodeBytes(bytes).encoding).toBe(outcome);
  });

  it('a NUL byte is a binary file, whatever the encoding', () => {
    expect(() => decodeBytes(Buffer.from('Ng\xb5y\x00', 'latin1'))).toThrow('binary file (NUL byte at offset 4)');
    expect(() => decodeBytes(Buffer.from('Ng\xb5y\x00', 'latin1'), 'tcvn3')).toThrow('binary file (NUL byte at offset 4)');
  });
});

describe('a forced encoding fails clearly on bytes it cannot read', () => {
  const CASES: [string, EncodingChoice, string][] = [
    ['tcvn3', 'utf-8', 'invalid UTF-8 at byte 2'],
    ['windows-1258', 'tcvn3', 'byte 0xF0 at offset 46 is not a TCVN3 character'],
    ['utf-8', 'windows-1258', 'byte 0x8F at offset 4 is not a Windows-1258 character'],
    ['utf-8-bom', 'tcvn3', 'starts with a UTF-8 byte order mark, so it is not TCVN3'],
    ['utf-16le', 'windows-1258', 'starts with a UTF-16LE byte order mark, so it is not Windows-1258'],
    ['utf-16le', 'utf-16be', 'starts with a UTF-16LE byte order mark, so it is not UTF-16BE'],
    ['utf-16be', 'utf-16le', 'starts with a UTF-16BE byte order mark, so it is not UTF-16LE'],
  ];
  it.each(CASES)('%s forced as %s', (suffix, encoding, message) => {
    expect(() => decodeBytes(readFileSync(file(suffix)), encoding)).toThrow(message);
  });

  it('UTF-16 without a BOM is read when forced, and an odd length is an error', () => {
    const le = Buffer.from('Ngày', 'utf16le');
    expect(decodeBytes(le, 'utf-16le').text).toBe('Ngày');
    expect(decodeBytes(Buffer.from(le).swap16(), 'utf-16be').text).toBe('Ngày');
    expect(() => decodeBytes(le.subarray(0, 3), 'utf-16le')).toThrow('invalid UTF-16LE (an odd number of bytes)');
  });
});

describe('names and the TCVN3 table', () => {
  it('--encoding names, any case, aliases', () => {
    const names: [string, EncodingChoice | undefined][] = [
      ['auto', 'auto'], ['UTF-8', 'utf-8'], ['utf-16le', 'utf-16le'], ['UTF-16BE', 'utf-16be'],
      ['windows-1258', 'windows-1258'], ['CP1258', 'windows-1258'], ['tcvn3', 'tcvn3'], ['VN3', 'tcvn3'], ['abc', 'tcvn3'],
      ['latin1', undefined], ['utf8', undefined], ['constructor', undefined], ['', undefined],
    ];
    for (const [name, encoding] of names) expect(encodingNamed(name)).toBe(encoding);
  });

  it('TCVN3 (VN3) adds 75 characters to ASCII: NBSP, 7 capitals and 67 small letters, no capital with a tone mark', () => {
    const table = tcvn3Table();
    for (let b = 0; b < 0x80; b++) expect(table[b]).toBe(b);
    const added = [...table.subarray(0xa0)].filter((u) => u !== UNASSIGNED).map((u) => String.fromCharCode(u));
    expect(added).toHaveLength(75);
    expect(added[0]).toBe('\u00a0');
    expect(added.filter((c) => c !== c.toLowerCase()).join('')).toBe('ĂÂÊÔƠƯĐ');
    const small = added.filter((c) => c !== c.toUpperCase());
    expect(small).toHaveLength(67);
    // Every small vowel with every tone, once.
    const toned = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((v) => ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((t) => (v + t).normalize('NFC')));
    expect(new Set(small)).toEqual(new Set([...toned, 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ']));
  });
});

describe('the command line', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'vnews-enc-'));
    // What TCVN3 keeps of the article, in UTF-8: its documents are the TCVN3 file's.
    writeFileSync(join(tmp, `${NAME}.tcvn3-as-utf-8`), tcvn3Text(ORIGINAL));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const docs = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Document & { type?: string; message?: string });
  const withoutPath = ({ path: _p, ...rest }: Document) => rest;

  it('extract reads every encoding to the same document, with -j 1 and with worker threads; legacy files are noted once a run', () => {
    const inputs = ARTICLE.map(([suffix]) => file(suffix));
    const one = runCli(['-j', '1', 'extract', '--format', 'ndjson', ...inputs]);
    const two = runCli(['extract', '--format', 'ndjson', '-j', '2', ...inputs]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = docs(one.stdout);
    expect(out.map((d) => d.path)).toEqual(inputs);
    const utf8 = withoutPath(out[0] as Document);
    const tcvn3 = withoutPath(docs(runCli(['extract', '--format', 'ndjson', join(tmp, `${NAME}.tcvn3-as-utf-8`)]).stdout)[0] as Document);
    ARTICLE.forEach(([, encoding], i) => expect(withoutPath(out[i] as Document)).toEqual(encoding === 'tcvn3' ? tcvn3 : utf8));
    const notes = [
      `vnews: note: read ${file('windows-1258')} as Windows-1258, not UTF-8`,
      `vnews: note: read ${file('tcvn3')} as TCVN3, not UTF-8 (TCVN3 has no capitals with tone marks: they read as small letters)`,
    ];
    for (const r of [one, two]) expect(r.stderr.trim().split('\n').sort()).toEqual([...notes].sort());
  });

  it('many legacy files: one note per encoding, with the count and the first', () => {
    const r = runCli(['extract', '--format', 'ndjson', '-j', '2', file('tcvn3'), file('utf-8'), copyOf('tcvn3', 1), copyOf('tcvn3', 2)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`vnews: note: read 3 files as TCVN3, not UTF-8 (the first: ${file('tcvn3')}; TCVN3 has no capitals with tone marks: they read as small letters)\n`);
  });

  it('a file that is no encoding: one line naming it, exit 2, the other files still read', () => {
    const bad = `${DIR}/not-vietnamese/french.latin1`;
    for (const jobs of ['1', '2']) {
      const r = runCli(['-j', jobs, 'extract', '--format', 'ndjson', file('utf-8'), bad, file('windows-1258')]);
      expect(r.status).toBe(2);
      const out = docs(r.stdout);
      expect(out.map((d) => d.type ?? 'document')).toEqual(['document', 'error', 'document']);
      expect(out[1]?.message).toMatch(INVALID);
      expect(r.stderr).toMatch(new RegExp(`^vnews: ${bad}: invalid UTF-8 at byte 28 \\(not Windows-1258 or TCVN3 either; use --encoding\\)\n`));
    }
  });

  it('--encoding forces, before or after the command name; a wrong one is an error for that file, exit 2, and the others are read', () => {
    for (const args of [['--encoding', 'tcvn3', 'extract'], ['extract', '--encoding', 'VN3'], ['-j', '2', 'extract', '--encoding=abc']]) {
      const r = runCli([...args, '--format', 'ndjson', file('tcvn3'), file('windows-1258'), copyOf('tcvn3', 1)]);
      expect(r.status).toBe(2);
      const out = docs(r.stdout);
      expect(out.map((d) => d.type ?? 'document')).toEqual(['document', 'error', 'document']);
      expect(out[1]).toEqual({ type: 'error', path: file('windows-1258'), message: 'byte 0xF0 at offset 46 is not a TCVN3 character' });
      // Forced: no note.
      expect(r.stderr).toBe(`vnews: ${file('windows-1258')}: byte 0xF0 at offset 46 is not a TCVN3 character\n`);
    }
  });

  it('--encoding utf-8 turns detection off', () => {
    const r = runCli(['--encoding', 'utf-8', 'extract', '--format', 'ndjson', file('windows-1258')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vnews: ${file('windows-1258')}: invalid UTF-8 at byte 3\n`);
  });

  it('standard input is decoded the same way', () => {
    const bytes = readFileSync(file('tcvn3'));
    const auto = runCli(['extract', '--format', 'ndjson', '-'], { input: bytes });
    const forced = runCli(['--encoding', 'tcvn3', 'extract', '--format', 'ndjson', '-'], { input: bytes });
    expect(auto.status).toBe(0);
    expect(forced.stdout).toBe(auto.stdout);
    expect(auto.stderr).toContain('vnews: note: read - as TCVN3');
    expect(forced.stderr).toBe('');
  });

  it('an unknown encoding is a usage error naming those accepted', () => {
    const r = runCli(['--encoding', 'latin1', 'extract', file('utf-8')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--encoding takes one of auto, utf-8, utf-16le, utf-16be, windows-1258, cp1258, tcvn3, vn3, abc; got latin1');
  });

  // Every command that reads articles reads them through one loop (cli/run.ts), in this thread:
  // --encoding reaches each (a forced encoding that does not fit is that file's error), and the
  // text each gives workers is the same whatever the encoding the file was in.
  const COMMANDS: string[][] = [
    ['extract'], ['segment'], ['clean'], ['officials'], ['conferences'], ['figures'], ['check'], ['dedupe'], ['quotes'],
    ['kwic', 'ngoại giao'], ['collocations', 'ngoại giao'], ['plot', 'ngoại giao'], ['freq'], ['ngrams', '-n', '2'], ['keywords', '--tfidf'],
    ['keywords', '--reference', file('windows-1258')],
  ];
  it.each(COMMANDS)('%s: --encoding reaches it', (...command) => {
    const inputs = command.includes('--reference') ? [file('tcvn3')] : [file('windows-1258')];
    const r = runCli([...command, '--encoding', 'tcvn3', '--format', 'json', ...inputs]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`vnews: ${file('windows-1258')}: byte 0xF0 at offset 46 is not a TCVN3 character\n`);
  });

  it('segment and freq: the same output from every encoding, paths aside', () => {
    const lossy = join(tmp, `${NAME}.tcvn3-as-utf-8`);
    const inputs = [file('utf-8'), file('windows-1258'), file('utf-16be'), lossy, file('tcvn3')];
    const r = runCli(['segment', '--format', 'ndjson', ...inputs]);
    expect(r.status).toBe(0);
    const words = r.stdout.trim().split('\n').map((l) => JSON.stringify(withoutPath(JSON.parse(l) as Document)));
    expect(words).toHaveLength(5);
    expect(new Set(words.slice(0, 3)).size).toBe(1);
    expect(words[4]).toBe(words[3]);
    const freq = (path: string) => runCli(['freq', '--format', 'json', path]).stdout;
    expect(freq(file('windows-1258'))).toBe(freq(file('utf-8')));
    expect(freq(file('tcvn3'))).toBe(freq(lossy));
  });
});
