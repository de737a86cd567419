// The inputs of the property tests (test/fuzz.test.ts), apart so scripts can draw from them too:
// (1) arbitrary Unicode, (2) text built from Vietnamese news words, (3) real lines of fixtures/ mutated,
// (4) news sentences from templates (speaker, verb, quotation, figures, furniture glued in).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** (1) Any code point, and more often than chance: lone surrogates, combining marks, controls, line breaks, odd spaces. */
export const unicodeUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\t', '\0', '\v', '\f', '\u0085', '\u2028', '\u2029', '\u00a0', '\u200b', '\u202f', '\u3000', '\ufeff', '\u00d0', '\ufffd'),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...'aàáảãạăằắẳẵặâầấẩẫậđĐeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵAÁÀÂĂÊÔƠƯ') },
);
export const anyUnicode = fc.string({ unit: unicodeUnit, maxLength: 160, size: 'max' });

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uy', 'ươ', 'iê', 'uô', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'oi', 'ôi', 'ơi', 'ui', 'ưa', 'ua', 'ia', 'uyê'];
const CODAS = ['', '', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** A Vietnamese-looking syllable; the tone mark on either vowel of a pair (`hoà`, `hòa`). */
export const syllable: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...NUCLEI), fc.constantFrom(...TONES), fc.nat(2), fc.constantFrom(...CODAS), fc.nat(9))
  .map(([onset, nucleus, tone, at, coda, cap]) => {
    const i = Math.min(at, nucleus.length - 1);
    const s = (onset + nucleus.slice(0, i + 1) + tone + nucleus.slice(i + 1) + coda).normalize('NFC');
    return cap < 3 ? s.charAt(0).toUpperCase() + s.slice(1) : cap === 3 ? s.toUpperCase() : s;
  });

/** Words and phrases the extractors look for. */
const PHRASES = [
  'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch', 'Chủ tịch nước', 'Tổng Bí thư', 'Đại sứ', 'Tổng thống', 'Ngoại trưởng',
  'Bộ Ngoại giao', 'Bộ trưởng Ngoại giao', 'Cục trưởng', 'Giám đốc Sở', 'UBND tỉnh', 'Tỉnh ủy', 'Phó Bí thư', 'Người phát ngôn', 'Chánh văn phòng',
  'Hội nghị', 'Đại hội', 'Kỳ họp', 'Phiên họp', 'Diễn đàn', 'Hội thảo', 'Hội chợ', 'Hội nghị Trung ương', 'Hội nghị Ngoại vụ toàn quốc', 'HNNG',
  'lần thứ', 'thứ', 'khóa', 'khoá', 'Quốc hội', 'Đảng', 'toàn quốc', 'XIII', 'XIV', 'IV', 'ba', 'hai', 'mười', 'một số', 'một trong',
  'triệu USD', 'tỷ đồng', 'tỉ', 'nghìn', 'ngàn', 'triệu', 'USD', 'đồng', '%', 'km2', 'tấn', 'lần', 'đại biểu', 'tỉnh', 'nước', 'người', 'năm', 'tháng', 'ngày',
  'hơn', 'trên', 'gần', 'xấp xỉ', 'khoảng', 'chừng', 'dưới', 'chưa đầy', 'không quá', 'ít nhất', 'tối thiểu', 'từ', 'trở lên', 'đến', 'giai đoạn',
  'ông', 'bà', 'Ông', 'Bà', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Bùi Thanh Sơn', 'Lê Hoài Trung', 'Thị', 'Văn', 'Donald Trump', 'Angela Merkel',
  'Việt Nam', 'Hà Nội', 'Trung Quốc', 'Mỹ', 'tại', 'ở', 'thăm', 'và', 'của', 'với',
  'cho biết', 'nói', 'khẳng định', 'nhấn mạnh', 'cho rằng', 'chia sẻ', 'Theo', 'theo', 'rằng', 'là', 'PV',
  'Ảnh', 'Ảnh:', '(Ảnh: Tuấn Anh)', 'Nguồn:', 'Theo TTXVN', 'TTXVN', 'VOV', 'Chia sẻ', 'Bình luận (0)', 'Có thể bạn quan tâm', 'Nhỏ Bình thường Lớn',
  'Covid-19', 'U23', 'G20', 'số', 'Nghị định', 'giờ', 'phút', 'sáng',
];
const PUNCT = ['.', ',', '%', '/', '-', '–', '—', '“', '”', '"', '«', '»', '‘', '’', '(', ')', ':', ';', '?', '!', '…', '|', './.'];

const digits = fc.nat(99_999).map(String);
const number: fc.Arbitrary<string> = fc.oneof(
  digits,
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(999)).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 })).map(([a, b, m]) => `${a}-${b}/${m}`),
  fc.integer({ min: 1900, max: 2100 }).map(String),
);

export const vnToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: syllable },
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
);
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', '', '  ', '\n', '\n\n', ', ', '. ', ': ', ' - '];
/** (2) Text built from Vietnamese news words, numbers, punctuation and line breaks. */
export const vietnamese: fc.Arbitrary<string> = fc
  .array(fc.tuple(vnToken, fc.constantFrom(...SEPARATORS)), { maxLength: 60, size: 'max' })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** The lines of every fixture article. */
export const FIXTURES: string[][] = ['fixtures/seeds', 'fixtures/check'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\n')),
);

export type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; n: number }
  | { op: 'nfd'; at: number; n: number }
  | { op: 'upper' | 'lower'; at: number; n: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.string({ unit: unicodeUnit, minLength: 1, maxLength: 3 }), vnToken) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('nfd' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constantFrom('upper' as const, 'lower' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 60 }) }),
);

export function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.s + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.n);
    case 'nfd':
      return text.slice(0, at) + text.slice(at, at + m.n).normalize('NFD') + text.slice(at + m.n);
    case 'upper':
      return text.slice(0, at) + text.slice(at, at + m.n).toUpperCase() + text.slice(at + m.n);
    case 'lower':
      return text.slice(0, at) + text.slice(at, at + m.n).toLowerCase() + text.slice(at + m.n);
  }
}

/** (3) A run of real lines (now and then a whole article), mutated; now and then all NFD. */
export const mutatedFixture: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat(FIXTURES.length - 1),
    fc.nat(),
    fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }),
    fc.array(mutation, { maxLength: 6 }),
    fc.nat(9),
  )
  .map(([file, from, count, mutations, nfd]) => {
    const lines = FIXTURES[file] as string[];
    const start = count === Infinity ? 0 : from % lines.length;
    const text = lines.slice(start, start + count).join('\n');
    const mutated = mutations.reduce(mutate, text);
    return nfd === 0 ? mutated.normalize('NFD') : mutated;
  });

const TITLES = [
  'Bộ trưởng', 'Thứ trưởng', 'Bộ trưởng Bộ Ngoại giao', 'Thứ trưởng Thường trực Bộ Ngoại giao', 'Thủ tướng', 'Phó Thủ tướng, Bộ trưởng Ngoại giao',
  'Chủ tịch UBND tỉnh Vĩnh Phúc', 'Phó Bí thư Tỉnh ủy', 'Đại sứ Việt Nam tại Mỹ', 'Tổng thống Mỹ', 'Ngoại trưởng Nga', 'Cục trưởng', 'Chủ tịch nước',
  'Người phát ngôn Bộ Ngoại giao', 'Tổng Bí thư', 'Đại tướng',
];
const NAMES = ['Bùi Thanh Sơn', 'Lê Hoài Trung', 'Nguyễn Như Hiếu', 'Lê Duy Thành', 'Phạm Bình Minh', 'Nguyễn Thị Hằng', 'Donald Trump', 'Sergei Lavrov', 'Angela Merkel', 'Tập Cận Bình'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Bùi', 'Đỗ', 'Võ', 'Đặng', 'Hồ'];
const VERBS = ['cho biết', 'nói', 'khẳng định', 'nhấn mạnh', 'cho rằng', 'chia sẻ', 'nêu rõ', 'bày tỏ', 'phát biểu', 'đề nghị'];
/** Furniture as sites glue it into the story. */
const FURNITURE = [
  '(Ảnh: Tuấn Anh)', '(Ảnh minh họa)', 'Ảnh: Nguyễn Dân -TTXVN', 'Ảnh: VGP/Quang Hiếu', 'Chia sẻ Zalo', 'Bình luận (0)', 'Nguồn: Thế giới và Việt Nam. |',
  'Nguyễn Hồng Điệp (TTXVN)', 'Theo TTXVN', 'Mai Quý', 'Lưu bài viết thành công', 'Nhỏ Bình thường Lớn', 'Có thể bạn quan tâm',
];
const CONFERENCES = ['Hội nghị Ngoại vụ toàn quốc lần thứ 20', 'Đại hội XIII', 'Kỳ họp thứ ba, Quốc hội khóa XIV', 'Phiên họp 52', 'HNNG 30', 'Hội nghị Trung ương 6', 'Diễn đàn lần thứ ba'];
const FIGURES = ['hơn 300 đại biểu', 'gần 558 triệu USD', '34,82%', 'khoảng 2.000 lượt cán bộ', '600 – 800 triệu USD', 'hai năm', '21 nghìn tỷ đồng', '50 tỉnh'];
const DATES = ['ngày 13/12', 'Ngày 15 tháng 3 năm 1975', 'tháng 11/2023', 'năm 2013', '24-25/3/2022', 'từ ngày 18-23/12', 'giai đoạn 2021-2030'];

const name = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SURNAMES), fc.array(syllable, { minLength: 1, maxLength: 2 })).map(([a, rest]) => [a, ...rest.map((x) => x.charAt(0).toUpperCase() + x.slice(1))].join(' ')) },
);
const speaker: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...TITLES), name).map(([t, n]) => `${t} ${n}`),
  name.map((n) => `ông ${n}`),
  name.map((n) => `bà ${n}`),
  fc.tuple(name, fc.constantFrom(...TITLES)).map(([n, t]) => `ông ${n}, ${t}`),
  fc.constantFrom(...TITLES, 'ông', 'bà', 'Bộ trưởng', 'đại diện Ban Đối ngoại Trung ương', 'quan chức Iran', 'Điện Kremlin'),
);
/** Words of a clause, with now and then a figure, a date, a conference or furniture among them. */
const clause: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.oneof(syllable, fc.constantFrom(...PHRASES)) },
      { weight: 1, arbitrary: fc.constantFrom(...FIGURES, ...DATES, ...CONFERENCES) },
      { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
      { weight: 1, arbitrary: fc.constantFrom(',', ' -', ':', '“', '”', '"', '(', ')') },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((words) => words.join(' '));
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(speaker, fc.constantFrom(...VERBS), clause).map(([s, v, c]) => `${s} ${v} ${c}.`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), clause).map(([s, v, c]) => `${s} ${v}, ${c}.`),
  fc.tuple(clause, speaker, fc.constantFrom(...VERBS)).map(([c, s, v]) => `“${c}”, ${s} ${v}.`),
  fc.tuple(clause, speaker, fc.constantFrom(...VERBS)).map(([c, s, v]) => `"${c}" - ${s} ${v}`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), clause).map(([s, v, c]) => `${s} ${v}: “${c}”`),
  fc.tuple(speaker, clause).map(([s, c]) => `Theo ${s}, ${c}.`),
  fc.tuple(speaker, clause).map(([s, c]) => `${s}: ${c}.`),
  fc.tuple(fc.constantFrom(...DATES), fc.constantFrom(...CONFERENCES), fc.constantFrom(...FIGURES)).map(([d, k, f]) => `${d}, ${k} diễn ra tại Hà Nội với ${f}.`),
  clause.map((c) => `${c}.`),
  fc.constantFrom(...FURNITURE),
);
/** (4) Sentences of a news story from templates (speakers, verbs, quotations, figures, dates, conferences), furniture in and between them. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\n- ')), { minLength: 1, maxLength: 12, size: 'max' })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

export const INPUTS: [string, fc.Arbitrary<string>][] = [
  ['arbitrary unicode', anyUnicode],
  ['vietnamese-like text', vietnamese],
  ['mutated fixture lines', mutatedFixture],
  ['news sentences from templates', newsText],
];
