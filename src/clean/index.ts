// Site furniture: what a saved news page carries that is not the story (share buttons, font
// menus, counters, bylines and source lines, photo credits, related-article teasers). Found as
// spans of the normalized text, each with the reason it was cut; `maskFurniture` blanks them with
// spaces (newlines kept), so every offset found in the masked text still points into the full text.
import { foldKey, normalize } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { isWordKeys } from '../lexicon/dictionary.js';
import { AGENCIES, BANNER_LINES, CREDIT_WORDS, INLINE_PHRASES, SOURCE_WORDS, TEASER_HEADINGS, WIDGET_LINES, WIDGET_PATTERNS } from './lexicon.js';
import { controlSpans } from '../text/controls.js';

export type CutReason =
  /** A share button, font menu, counter or other widget. */
  | 'widget'
  /** A site banner or section slogan. */
  | 'banner'
  /** The related-article block at the end: from its heading, or from the first of a run of headlines each printed twice. */
  | 'teasers'
  /** Headlines of other stories run together on one line. */
  | 'headlines'
  /** The author's name. */
  | 'byline'
  /** `Theo TTXVN`, `Nguồn: …`. */
  | 'source'
  /** `(Ảnh: Tuấn Anh)`. */
  | 'photo_credit'
  /** A terminal escape sequence (`ESC [ 3 1 m`) or a control character (a bell, a form feed): cut even with --no-clean. */
  | 'control';

export interface Cut {
  start: number;
  end: number;
  reason: CutReason;
}

const fold = (s: string) => foldKey(s.trim());
const widgetLines = new Set(WIDGET_LINES.map(fold));
const bannerLines = new Set(BANNER_LINES.map(fold));
const teaserHeadings = new Set(TEASER_HEADINGS.map(fold));
const agencies = new Set(AGENCIES.map((a) => a.toLowerCase()));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INLINE = new RegExp(INLINE_PHRASES.map(escape).join('|'), 'gu');
const CREDIT_WORD = `(?:${CREDIT_WORDS.map(escape).join('|')})`;
/** `(Ảnh: Tuấn Anh)`, `(Ảnh minh họa)`, `(Nguồn ảnh: Reuters)`. */
const BRACKETED_CREDIT = new RegExp(`\\(\\s*${CREDIT_WORD}\\s*(?::[^()\\n]{1,80})?\\)`, 'gu');
/** After a credit word, the colon of an unbracketed credit: `Ảnh: …`; how far it runs is worked out by `creditEnd`. */
const CREDIT_COLON = /^\s*:\s*/u;
/** Credit words, longest first, so `Ảnh minh họa` is tried before `Ảnh`. */
const creditWords = [...CREDIT_WORDS].sort((a, b) => b.length - a.length);

/** Unbracketed credits in a line: each credit word not inside a word or after `(`, followed by a colon. */
function* bareCredits(line: string): Generator<{ index: number; length: number }> {
  const seen = new Set<number>();
  for (const w of creditWords) {
    for (let i = line.indexOf(w); i !== -1; i = line.indexOf(w, i + 1)) {
      if (seen.has(i)) continue;
      const before = i > 0 ? (line[i - 1] as string) : ' ';
      if (before === '(' || /\p{L}/u.test(before)) continue;
      const colon = CREDIT_COLON.exec(line.slice(i + w.length, i + w.length + 8));
      if (!colon) continue;
      seen.add(i);
      yield { index: i, length: w.length + colon[0].length };
    }
  }
}
/**
 * A source glued after a caption: `… tại phiên họp. Nguồn: Thế giới và Việt Nam. |`. What comes
 * before `Nguồn` is looked at after it is found (`(?<=[.!?”"]\s+)` in front was tried at every
 * position, reading back over the spaces before each: quadratic in a run of spaces).
 */
const INLINE_SOURCE = /Nguồn(?<=[.!?”"]\s+Nguồn)\s*:\s*[^\n|:]{1,60}?\s*\|/gu;
const SOURCE_LINE = new RegExp(`^(?:${SOURCE_WORDS.map(escape).join('|')})\\s*:?\\s+[^,;.!?]{1,60}[.|]?\\s*\\|?$`, 'u');
/** A name: one to five capitalized words, maybe with `/AGENCY` or `(Theo …)` after it. */
const NAME_LINE = /^(?:[\p{Lu}][\p{L}]*\.?(?:[ \t]*[-–,&][ \t]*|[ \t]+|$)){1,6}$/u;
// Up to four capitalized words before `Theo` or a bracket are written as up to three, each before
// spaces, and a last one: `(?:[\p{Lu}][\p{L}]*[ \t]*){0,4}` would match the same, but tries every
// way to cut a run of capitals into words (hundreds of milliseconds for a line of 80 capitals).
/** `Theo Reuters, AFP`, `Theo D.`, glued to a name: `Minh PhươngTheo TASS, Sputnik`: sources named, nothing else. */
const NAMED_SOURCES = /^(?:[\p{Lu}]\p{L}*[ \t]+){0,3}(?:[\p{Lu}]\p{L}*[ \t]*)?Theo[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&]*)*(?:[ \t]*,[ \t]*[\p{Lu}\p{N}][\p{L}\p{N}.&]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&]*)*)*$/u;
/**
 * What may follow the last full stop of a line and still be a byline: `Nguyễn Hồng Điệp (TTXVN)`,
 * `Vũ Dũng/VOV`, `Thanh Tâm(TheoCNA, AFP)`. A word runs to its end (`(?![\p{L}+])`): the same
 * strings match as without it, but a failing run of capitals is no longer cut into words every
 * possible way (exponential: 26 capitals and a `!` after a full stop took 4 s).
 */
const TRAILING_BYLINE = /^(?:[\p{Lu}][\p{L}+]*(?![\p{L}+])|[/()\-–,]|\s)+$/u;
/** A name then its sources in brackets, which may hold anything: `Hà Thu(theo AP, Reuters)`, `Như Tâm(TheoWashington Post, BBC, France 24)`. */
const BYLINE_WITH_SOURCES = /^(?:[\p{Lu}]\p{L}*[ \t]+){0,3}[\p{Lu}]\p{L}*[ \t]*\((?:[Tt]heo|[Nn]guồn)[^()]{1,60}\)$/u;
/** Characters of story text before a repeated headline for it to open the teaser block (a repeat at the top is a doubled title). */
const BODY_BEFORE_TEASERS = 400;

interface LineInfo {
  start: number;
  end: number;
  /** Offsets of the text without its surrounding spaces. */
  trimStart: number;
  trimEnd: number;
  key: string;
}

/** Lines longer than this are not folded for lexicon lookups (no furniture line is this long). */
const MAX_KEYED_LINE = 200;

function linesOf(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    // Lexicon lines are short; a long line's key is its text, which is all a repeat needs.
    const line = text.slice(a, b);
    out.push({ start, end, trimStart: a, trimEnd: b, key: line.length > MAX_KEYED_LINE ? line : foldKey(line) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** How many headlines are repeated on the next non-empty line from line `from` on: teasers come in runs (a doubled photo caption is one). */
function repeatsFrom(lines: readonly LineInfo[], from: number): number {
  let count = 0;
  let previous: LineInfo | undefined;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    if (l.key === '') continue;
    if (previous?.key === l.key) count++;
    previous = l;
  }
  return count;
}

function isWidget(key: string): boolean {
  return widgetLines.has(key) || WIDGET_PATTERNS.some((p) => p.test(key));
}

function isSourceLine(line: string): boolean {
  if (line.length > 80) return false;
  // NAMED_SOURCES needs `Theo`; looking for it first spares most runs compiling that regex (10 ms).
  return SOURCE_LINE.test(line) || (line.includes('Theo') && NAMED_SOURCES.test(line)) || agencies.has(line.toLowerCase());
}

function isNameLine(line: string): boolean {
  return line.length <= 40 && NAME_LINE.test(line);
}

/**
 * Headlines run together: a line with no full stop where, at least twice, a word ends and a
 * capitalized word that starts a common word follows (`… cả nước Nâng cao hiệu quả … ở nước
 * ngoài Công tác đối ngoại …`). Names (`Việt Nam`, `Bộ Ngoại giao`) are capitalized words in a
 * row, and words after `của`, `và`… start phrases, not headlines; neither counts.
 */
function isHeadlineRun(line: string, offset: number): boolean {
  if (line.length < 3 * MIN_HEADLINE || /[.!?…:;]/.test(line)) return false;
  const toks = tokenize(line, offset);
  let restarts = 0;
  let lastStart = offset;
  for (let i = 1; i + 1 < toks.length; i++) {
    const prev = toks[i - 1] as Token;
    const t = toks[i] as Token;
    const next = toks[i + 1] as Token;
    // Word against word, no punctuation between: `Bộ trưởng` after a comma starts a phrase, not a headline.
    if (!prev.word || !t.word || !next.word) continue;
    if (!t.cap || prev.cap || prev.digit || next.cap || FUNCTION_WORDS.has(prev.key)) continue;
    // Each headline is a phrase of its own length, not two capitalized words close together (`dự Hội nghị Xúc tiến`).
    if (t.start - lastStart < MIN_HEADLINE || offset + line.length - t.start < MIN_HEADLINE) continue;
    if (isWordKeys([t.key, next.key])) {
      restarts++;
      lastStart = t.start;
    }
  }
  return restarts >= 2;
}
/** The shortest headline counted, in characters. */
const MIN_HEADLINE = 40;
const FUNCTION_WORDS = new Set(['của', 'và', 'với', 'cho', 'các', 'những', 'tại', 'ở', 'về', 'từ', 'đến', 'tới', 'trong', 'theo', 'là', 'do', 'bởi', 'như']);

/**
 * Where an unbracketed credit ends: at its agency (`Ảnh: Nguyễn Dân -TTXVN`, `Ảnh: Văn
 * Điệp/TTXVN`), one name word after an agency prefix (`Ảnh: VGP/Quang Hiếu`), or at the end of
 * the line when only a short name is left (`Ảnh: Tuấn Anh`). Otherwise where the name stops is
 * not known, and nothing is cut.
 */
function creditEnd(text: string, from: number, lineEnd: number): number | undefined {
  // A credit is a few words: look no further than 80 characters.
  const to = Math.min(lineEnd, from + 80);
  const toks = tokenize(text.slice(from, to), from);
  const cutShort = to < lineEnd;
  const isAgency = (part: string) => agencies.has(part.toLowerCase());
  for (let i = 0; i < toks.length && i < 6; i++) {
    const t = toks[i] as Token;
    if (!t.word) {
      if (t.text === '-' || t.text === '–' || t.text === '/') continue;
      return undefined;
    }
    if (!t.cap) return undefined;
    const parts = t.text.split('/');
    if (parts.length > 1 && isAgency(parts[0] as string) && !isAgency(parts[parts.length - 1] as string)) {
      const next = toks[i + 1];
      return next?.word && next.cap ? next.end : t.end;
    }
    if (parts.some(isAgency)) return t.end;
  }
  const rest = toks.filter((t) => t.word);
  return !cutShort && rest.length > 0 && rest.length <= 4 && rest.every((t) => t.cap) ? (rest[rest.length - 1] as Token).end : undefined;
}

/** The furniture of a normalized text, as sorted spans that do not overlap. */
export function findFurniture(text: string): Cut[] {
  const lines = linesOf(text);
  const cuts: Cut[] = [];
  const cutLine = (l: LineInfo, reason: CutReason) => cuts.push({ start: l.trimStart, end: l.trimEnd, reason });
  const lineCut = new Array<boolean>(lines.length).fill(false);

  // Where the teaser block starts: a teaser heading, or the first headline repeated on the next
  // non-empty line once the story has begun.
  let teasersFrom = lines.length;
  let body = 0;
  let previous = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    if (l.key === '') continue;
    if (teaserHeadings.has(l.key)) {
      teasersFrom = i;
      break;
    }
    if (previous >= 0 && (lines[previous] as LineInfo).key === l.key && body >= BODY_BEFORE_TEASERS && repeatsFrom(lines, previous) >= 2) {
      teasersFrom = previous;
      break;
    }
    body += l.trimEnd - l.trimStart;
    previous = i;
  }

  for (let i = 0; i < teasersFrom; i++) {
    const l = lines[i] as LineInfo;
    if (l.key === '') continue;
    const line = text.slice(l.trimStart, l.trimEnd);
    let reason: CutReason | undefined;
    if (isWidget(l.key)) reason = 'widget';
    else if (bannerLines.has(l.key)) reason = 'banner';
    else if (isSourceLine(line)) reason = 'source';
    else if (isHeadlineRun(line, l.trimStart)) reason = 'headlines';
    if (reason) {
      cutLine(l, reason);
      lineCut[i] = true;
    }
  }

  // Bylines and source lines closing the story: the last lines before the teasers, back to the
  // first that is neither.
  for (let i = teasersFrom - 1; i >= 0; i--) {
    const l = lines[i] as LineInfo;
    if (l.key === '' || lineCut[i]) continue;
    const line = text.slice(l.trimStart, l.trimEnd);
    if (isNameLine(line)) cutLine(l, 'byline');
    else if (isSourceLine(line)) cutLine(l, 'source');
    else break;
    lineCut[i] = true;
  }

  if (teasersFrom < lines.length) {
    const first = lines[teasersFrom] as LineInfo;
    const last = [...lines].reverse().find((x) => x.key !== '') as LineInfo;
    cuts.push({ start: first.trimStart, end: last.trimEnd, reason: 'teasers' });
  }

  // Inside the lines kept: widgets glued into the text, photo credits, a byline after the last full stop.
  for (let i = 0; i < teasersFrom; i++) {
    const l = lines[i] as LineInfo;
    if (l.key === '' || lineCut[i]) continue;
    const line = text.slice(l.start, l.end);
    // No cut crosses a line, so a credit inside a cut is inside one of this line's cuts, from here on.
    const lineCuts = cuts.length;
    for (const m of line.matchAll(INLINE)) cuts.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, reason: 'widget' });
    if (line.includes('Nguồn')) for (const m of line.matchAll(INLINE_SOURCE)) cuts.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, reason: 'source' });
    for (const m of line.matchAll(BRACKETED_CREDIT)) cuts.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, reason: 'photo_credit' });
    let cover: Coverage | undefined;
    for (const m of bareCredits(line)) {
      const from = l.start + m.index;
      if (!cover) {
        cover = new Coverage(l.start, l.end);
        for (let k = lineCuts; k < cuts.length; k++) cover.add(cuts[k] as Cut);
      }
      if (cover.covers(from)) continue;
      const end = creditEnd(text, from + m.length, l.end);
      if (end === undefined) continue;
      const cut: Cut = { start: from, end, reason: 'photo_credit' };
      cuts.push(cut);
      cover.add(cut);
    }
    const tail = trailingByline(line);
    if (tail) cuts.push({ start: l.start + tail.start, end: l.start + tail.end, reason: tail.reason });
  }
  return settle([...cuts, ...controlCuts(text)]);
}

/**
 * Spans inside one line [start, end), asked whether any covers an offset, in O(log n) whatever
 * order they come in: a Fenwick tree of the furthest end of the spans starting at or before each
 * offset (a line of many credits must not compare each with every cut before it).
 */
class Coverage {
  private readonly ends: Int32Array;

  constructor(private readonly base: number, end: number) {
    this.ends = new Int32Array(end - base + 2);
  }

  add(span: { start: number; end: number }): void {
    const end = span.end - this.base;
    for (let i = span.start - this.base + 1; i < this.ends.length; i += i & -i) if ((this.ends[i] as number) < end) this.ends[i] = end;
  }

  /** Does a span added hold `at` (start ≤ at < end)? */
  covers(at: number): boolean {
    const to = at - this.base;
    let furthest = 0;
    for (let i = to + 1; i > 0; i -= i & -i) if ((this.ends[i] as number) > furthest) furthest = this.ends[i] as number;
    return furthest > to;
  }
}

/** A byline or source after a line's last full stop: `… tốt đẹp. Nguyễn Hồng Điệp (TTXVN)`. */
function trailingByline(line: string): { start: number; end: number; reason: CutReason } | undefined {
  // A byline is short: only the last stretch of the line can hold the full stop before it.
  const from = Math.max(0, line.length - 80);
  const window = line.slice(from);
  const last = (mark: string) => {
    const i = window.lastIndexOf(mark);
    return i >= 0 ? from + i : -1;
  };
  const stop = Math.max(last('. '), last('./. '), last('! '), last('? '), last('” '), last('." '));
  if (stop < 0) return undefined;
  let start = line.indexOf(' ', stop) + 1;
  while (start < line.length && line[start] === ' ') start++;
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1] as string)) end--;
  const tail = line.slice(start, end);
  if (tail.length === 0 || tail.length > 60) return undefined;
  if (isSourceLine(tail)) return { start, end, reason: 'source' };
  if ((TRAILING_BYLINE.test(tail) || BYLINE_WITH_SOURCES.test(tail)) && /\p{Lu}\p{Ll}/u.test(tail)) return { start, end, reason: 'byline' };
  return undefined;
}

/** The text's terminal escape sequences and control characters, as cuts. */
function controlCuts(text: string): Cut[] {
  return controlSpans(text).map(({ start, end }) => ({ start, end, reason: 'control' }));
}

/** Sorted, overlaps merged (the wider cut's reason wins). */
function settle(cuts: Cut[]): Cut[] {
  const sorted = cuts.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cut[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

/** The text with the cuts blanked: each cut character becomes a space, newlines stay, so offsets hold. */
export function maskFurniture(text: string, cuts: readonly Cut[]): string {
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const c of cuts) {
    out += text.slice(at, c.start) + text.slice(c.start, c.end).replace(/[^\n]/g, ' ');
    at = c.end;
  }
  return out + text.slice(at);
}

/** The text a reader keeps: lines cut whole are dropped, cuts inside a line removed. */
export function keptText(text: string, cuts: readonly Cut[]): string {
  const masked = maskFurniture(text, cuts);
  const out: string[] = [];
  const original = text.split('\n');
  masked.split('\n').forEach((line, i) => {
    const had = (original[i] ?? '').trim() !== '';
    const kept = line.replace(/ {2,}/g, ' ').trim();
    if (kept !== '' || !had) out.push(kept);
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** An article made ready for extraction: the normalized text, the furniture found, and the text with it blanked. */
export interface Prepared {
  /** The normalized text (SPEC.md's text model); every offset points into it. */
  text: string;
  /** `text` with the cuts replaced by spaces (newlines kept): what the extractors read. */
  masked: string;
  cuts: Cut[];
}

/**
 * Normalize, and find and blank the site furniture unless `clean` is false; terminal escape
 * sequences and control characters are cut either way (nothing is read across them).
 */
export function prepare(raw: string, clean = true): Prepared {
  const text = normalize(raw);
  const cuts = clean ? findFurniture(text) : controlCuts(text);
  return { text, masked: maskFurniture(text, cuts), cuts };
}

