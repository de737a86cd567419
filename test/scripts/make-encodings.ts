// Write fixtures/encodings/: one seed article in every encoding vnews reads, and texts that are
// not Vietnamese in any of them, which auto-detection must report as errors (test/encoding.test.ts).
// The files do not end in .txt, so that `vnews extract fixtures/` does not read them.
//   npx tsx test/scripts/make-encodings.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tcvn3Table, UNASSIGNED, WINDOWS_1252_HIGH } from '../../src/io/tcvn3.js';

const SEED = 'fixtures/seeds/003_e1e8b47241fbfe42.txt';
const OUT = 'fixtures/encodings';
const BAD = `${OUT}/not-vietnamese`;

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** A map from each character a single-byte decoding gives back to its byte. */
function reverse(decoded: (byte: number) => number): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0xff; b >= 0; b--) {
    const u = decoded(b);
    if (u !== UNASSIGNED && !(u >= 0x80 && u <= 0x9f)) map.set(String.fromCharCode(u), b);
  }
  return map;
}

const cp1258Text = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
const CP1258 = reverse((b) => cp1258Text.charCodeAt(b));
const TCVN3 = reverse((b) => tcvn3Table()[b] as number);

/**
 * Windows-1258 as Windows writes it: a letter it has precomposed (à, é, Ơ) is one byte; other
 * toned letters are the letter without its tone mark, then the combining tone mark.
 */
function encodeCp1258(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONE.test(p));
    const base = CP1258.get(parts.filter((p) => p !== tone).join('').normalize('NFC'));
    const mark = tone === undefined ? undefined : CP1258.get(tone);
    if (base === undefined || mark === undefined) throw new Error(`Windows-1258 has no ${JSON.stringify(ch)}`);
    out.push(base, mark);
  }
  return Buffer.from(out);
}

/** TCVN3: a capital with a tone mark, which VN3 does not have, is written as its small letter. */
function encodeTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = TCVN3.get(ch) ?? (TONE.test(ch.normalize('NFD')) ? TCVN3.get(ch.toLowerCase()) : undefined);
    if (b === undefined) throw new Error(`TCVN3 has no ${JSON.stringify(ch)}`);
    out.push(b);
  }
  return Buffer.from(out);
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** Windows-1252 (Node's TextDecoder reads it as ISO-8859-1, so its 0x80–0x9F are spelled out in tcvn3.ts). */
function encodeCp1252(text: string): Buffer {
  const map = reverse((b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] || UNASSIGNED : b));
  return Buffer.from([...text].map((ch) => {
    const b = map.get(ch);
    if (b === undefined) throw new Error(`Windows-1252 has no ${JSON.stringify(ch)}`);
    return b;
  }));
}

/** Bytes 1–255 from a fixed seed (no NUL: that would be reported as a binary file before detection). */
function randomBytes(length: number, seed: number): Buffer {
  let x = seed;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 1 + ((x >>> 16) % 255);
  }
  return out;
}

const seed = readFileSync(SEED, 'utf8');
const name = SEED.replace(/^.*\//, '').replace(/\.txt$/, '');
const utf16le = Buffer.from(seed, 'utf16le');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(BAD, { recursive: true });
// Byte for byte: git must not convert line ends or take the legacy files for text.
writeFileSync(`${OUT}/.gitattributes`, '* binary\n');
const article: [string, Buffer][] = [
  ['utf-8', Buffer.from(seed, 'utf8')],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')])],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
  ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
  ['windows-1258', encodeCp1258(seed)],
  ['tcvn3', encodeTcvn3(seed)],
];
for (const [encoding, bytes] of article) writeFileSync(`${OUT}/${name}.${encoding}`, bytes);

// Texts that are not Vietnamese, and a Vietnamese UTF-8 text with one byte gone wrong: read as
// Windows-1258 or TCVN3 they would give text, but not Vietnamese text.
const vietnamese = Buffer.from(seed.slice(0, 1000), 'utf8');
const broken = Buffer.from(vietnamese);
broken[Math.floor(broken.length / 2)] = 0xff;
const notVietnamese: [string, Buffer][] = [
  ['random-bytes.bin', randomBytes(600, 8)],
  ['french.latin1', latin1(
    "Le conseil municipal s'est réuni jeudi soir à la mairie. Après deux heures de débat, les élus ont " +
      "voté le budget de l'année prochaine : la rénovation de l'école primaire, très attendue, commencera " +
      'en été. Le maire a déclaré que la commune « ne peut plus attendre » et que les travaux seront ' +
      "financés sans hausse des impôts locaux. Où trouver l'argent ? Déjà, dit-il, dans les économies faites sur l'éclairage.\n",
  )],
  ['german.latin1', latin1(
    'Die Stadtverwaltung hat am Donnerstag über den Haushalt für das nächste Jahr beraten. Größere ' +
      'Ausgaben sind für die Schulen und für den öffentlichen Nahverkehr geplant; die Gebühren für ' +
      'Müllabfuhr und Straßenreinigung bleiben gleich. Der Bürgermeister sagte, man müsse früher als ' +
      'geplant mit dem Umbau des Bahnhofs beginnen.\n',
  )],
  ['portuguese.latin1', latin1(
    'A câmara municipal aprovou ontem o orçamento para o próximo ano. As obras na escola primária ' +
      'começam em junho e não vão aumentar os impostos, disse o presidente. Também estão previstas ' +
      'melhorias nos transportes públicos e na iluminação das ruas; a oposição votou contra.\n',
  )],
  ['english.windows-1252', encodeCp1252(
    '“We expect the new bridge to open in June,” the minister said on Thursday — two months later ' +
      'than planned. The café owners on the riverside, who had hoped for an earlier date, were ' +
      '“disappointed but not surprised”, their association’s spokesman said… The budget is €12 million.\n',
  )],
  ['vietnamese-utf-8-one-bad-byte.bin', broken],
];
for (const [file, bytes] of notVietnamese) writeFileSync(`${BAD}/${file}`, bytes);
console.log(`wrote ${article.length} encodings of ${SEED} and ${notVietnamese.length} texts that are not Vietnamese to ${OUT}/`);
