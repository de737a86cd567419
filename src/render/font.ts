// A 3×5 pixel font for the labels of PNG plots (pngjs draws pixels, not text): digits, Latin
// letters (upper case drawn as lower), and the punctuation of paths. Vietnamese letters are drawn
// without their marks (`Biển Đông` → `bien dong`); anything else as `?`.

/** Each glyph: 5 rows of 3 pixels, top to bottom, `1` drawn. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111', '1': '010110010010111', '2': '111001111100111', '3': '111001111001111',
  '4': '101101111001001', '5': '111100111001111', '6': '111100111101111', '7': '111001001010010',
  '8': '111101111101111', '9': '111101111001111',
  a: '010101111101101', b: '110101110101110', c: '011100100100011', d: '110101101101110',
  e: '111100110100111', f: '111100110100100', g: '011100101101011', h: '101101111101101',
  i: '111010010010111', j: '001001001101010', k: '101101110101101', l: '100100100100111',
  m: '101111111101101', n: '110101101101101', o: '010101101101010', p: '110101110100100',
  q: '010101101110011', r: '110101110101101', s: '011100010001110', t: '111010010010010',
  u: '101101101101111', v: '101101101101010', w: '101101111111101', x: '101101010101101',
  y: '101101010010010', z: '111001010100111',
  ' ': '000000000000000', '.': '000000000000010', _: '000000000000111', '-': '000000111000000',
  '/': '001001010100100', ':': '000010000010000', '?': '111001010000010', '"': '101101000000000',
  '(': '010100100100010', ')': '010001001001010', ',': '000000000010100', '…': '000000000000101',
  '+': '000010111010000', '=': '000111000111000', '*': '101010101000000', '%': '101001010100101',
};

/** The text as the font can draw it: lower case, marks dropped, `đ` → `d`, quotes → `"`. */
export function drawable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[“”‘’']/g, '"')
    .toLowerCase();
}

/** The pixels of `text` at `scale`, as [x, y] offsets from its top left corner; each character takes 4·scale columns. */
export function textPixels(text: string, scale = 2): [number, number][] {
  const out: [number, number][] = [];
  [...drawable(text)].forEach((ch, i) => {
    const glyph = GLYPHS[ch] ?? (GLYPHS['?'] as string);
    for (let p = 0; p < 15; p++) {
      if (glyph[p] !== '1') continue;
      const x = i * 4 * scale + (p % 3) * scale;
      const y = Math.floor(p / 3) * scale;
      for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) out.push([x + dx, y + dy]);
    }
  });
  return out;
}
