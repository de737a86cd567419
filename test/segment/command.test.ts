// `vnews segment`: formats, input errors and exit codes, with stdout and stderr captured.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSegment } from '../../src/cli/commands/segment.js';
import { segmentedText } from '../../src/corpus/words.js';
import { TASKS } from '../../src/parallel/tasks.js';
import { normalize } from '../../src/text/normalize.js';
import { useSegmenter } from '../../src/segment/index.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'vnews-segment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
writeFileSync(a, 'Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị\n\nGiá 140.000đ / kg  ==> giảm 20%\n');
const missing = join(dir, 'missing.txt');

describe('segmentedText', () => {
  afterAll(() => useSegmenter('rdr'));
  it('joins every space inside a word with _ (vntk text mode replaces only the first)', () => {
    useSegmenter('vntk');
    expect(segmentedText('Giá 140.000đ / kg  ==> giảm 20%')).toBe('Giá 140.000 đ / kg ==>_giảm 20 %');
    // vntk: [..., "Đại sứ", ",", "Tổng Lãnh sự", "Việt Nam", ...]
    expect(segmentedText('các Đại sứ, Tổng Lãnh sự Việt Nam ở nước ngoài.')).toBe(
      'các Đại_sứ , Tổng_Lãnh_sự Việt_Nam ở nước_ngoài .',
    );
  });
  it('gives the RDR segmenter\'s words by default', () => {
    useSegmenter('rdr');
    // RDRsegmenter does not join across punctuation: `==>` and `giảm` stay apart.
    expect(segmentedText('Giá 140.000đ / kg  ==> giảm 20%')).toBe('Giá 140.000 đ / kg ==> giảm 20 %');
    expect(segmentedText('các Đại sứ, Tổng Lãnh sự Việt Nam ở nước ngoài.')).toBe('các Đại_sứ , Tổng_Lãnh_sự Việt_Nam ở nước_ngoài .');
  });
});

describe('furniture inside a line', () => {
  // Found by test/fuzz.test.ts: `đại` and `dịch` were joined across the blanked credit, and the
  // word's text was the masked `đại                dịch`, not the normalized text.
  const raw = 'Dù bị ảnh hưởng bởi đại(Ảnh: Tuấn Anh) dịch, việc chủ động';
  it('no word crosses it: the text on each side is tagged apart', async () => {
    const words = (await TASKS.segment({ clean: true })).fn(raw, 'a.txt').words;
    expect(words.map((w) => w.text)).toEqual(['Dù', 'bị', 'ảnh hưởng', 'bởi', 'đại', 'dịch', ',', 'việc', 'chủ động']);
    for (const w of words) expect(normalize(raw).slice(w.start, w.end)).toBe(w.text);
    expect((await TASKS.segmentText({ clean: true })).fn(raw, 'a.txt').out).toBe('Dù bị ảnh_hưởng bởi đại dịch , việc chủ_động');
  });
  it('with --no-clean it is text like any other', async () => {
    expect((await TASKS.segment({ clean: false })).fn(raw, 'a.txt').words.map((w) => w.text)).toContain('Ảnh');
  });
});

describe('runSegment', () => {
  it('prints each line in text mode, keeping empty lines', async () => {
    expect(await runSegment([a], { format: 'text', clean: true })).toBe(0);
    expect(out).toBe('Bộ_trưởng Bộ Ngoại_giao chủ_trì Hội_nghị\n\nGiá 140.000 đ / kg ==> giảm 20 %\n');
  });

  describe('with --segmenter vntk', () => {
    beforeAll(() => useSegmenter('vntk'));
    afterAll(() => useSegmenter('rdr'));
    it("prints vntk's words", async () => {
      expect(await runSegment([a], { format: 'text', clean: true })).toBe(0);
      expect(out).toBe('Bộ_trưởng Bộ Ngoại_giao chủ_trì Hội_nghị\n\nGiá 140.000 đ / kg ==>_giảm 20 %\n');
    });
  });

  it('gives one {path, words} per input in ndjson, and an error line in place', async () => {
    expect(await runSegment([a, missing], { format: 'ndjson', clean: true })).toBe(2);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.path).toBe(a);
    expect((lines[0]!.words as unknown[])[0]).toEqual({ text: 'Bộ trưởng', start: 0, end: 9, line: 1 });
    expect(lines[1]).toEqual({ type: 'error', path: missing, message: 'no such file or directory' });
    expect(err).toBe(`vnews: ${missing}: no such file or directory\n`);
  });

  it('gives one JSON value with documents and errors', async () => {
    expect(await runSegment([missing, a], { format: 'json', clean: true })).toBe(2);
    const value = JSON.parse(out) as { documents: { path: string; words: { text: string }[] }[]; errors: unknown[] };
    expect(value.documents.map((d) => d.path)).toEqual([a]);
    expect(value.documents[0]!.words.map((w) => w.text).slice(0, 5)).toEqual(['Bộ trưởng', 'Bộ', 'Ngoại giao', 'chủ trì', 'Hội nghị']);
    expect(value.errors).toEqual([{ path: missing, message: 'no such file or directory' }]);
  });

  it('gives valid JSON with no documents', async () => {
    expect(await runSegment([missing], { format: 'json', clean: true })).toBe(2);
    expect(JSON.parse(out)).toEqual({ documents: [], errors: [{ path: missing, message: 'no such file or directory' }] });
  });
});
