// Finding quotations in one article: speaker labels (`Thứ trưởng Lê Hoài Trung: …`), direct
// quotations with the speaker after (`“…”, ông Lê Duy Thành nói.`) or before (`Bộ trưởng X nhấn
// mạnh: “…”`), and reported speech (`Bộ trưởng X khẳng định …`, `Theo Thứ trưởng X, …`). The
// speaker is an official of `extract` when one is written there, a title or pronoun resolved to the
// one official it can stand for, a name, or a noun phrase (`đại diện Ban Đối ngoại Trung ương`).
import { addTo, pushTo } from '../collections.js';
import type { Article } from '../corpus/article.js';
import type { Mention, Official, SpeakerKind } from '../types.js';
import { foldKey, LineIndex } from '../text/normalize.js';
import { firstOverlap, partitionPoint } from '../text/spans.js';
import { ROLE_PREFIXES, TITLES } from '../kinds/officials/lexicon.js';
import { COUNTRIES, VIETNAM_PLACES } from '../lexicon/places.js';
import {
  ADVERBS, HONORIFICS, NOT_IN_SPEAKER, TIME_WORDS, INTERVIEWER_LABELS, NOT_SUBJECTS, PRONOUNS, QUANTIFIERS, SPEAKER_NOUNS, SPEECH_VERBS, THEO_NOT_SPEAKERS,
  ORGANIZATION_HEADS, PERSON_SPEAKER_NOUNS, TITLE_NOUNS, TITLE_PERIPHRASES, VERB_LINKS, VERB_STOPS, GROUP_SPEAKERS,
} from './lexicon.js';

export type QuoteKind = 'direct' | 'label' | 'reported';
export type { SpeakerKind };

/** The official a quotation is attributed to, as `extract` gives them. */
export interface QuoteOfficial {
  name: string;
  titles: string[];
  role?: string;
}

/** Who said what, where. */
export interface Quote {
  path: string;
  /** `direct`: in quotation marks; `label`: an interview answer after `Speaker:`; `reported`: `X khẳng định …`. */
  kind: QuoteKind;
  /** The official's name when the speaker is one; else the name (without `ông`/`bà`) or the noun phrase as written. */
  speaker: string;
  /** The official, when the speaker is one; else null. */
  official: QuoteOfficial | null;
  /** The speaker as written where the quotation is attributed (for a resolved one, the title or pronoun). */
  speaker_text: Mention;
  /** True when the speaker is written as a title or pronoun alone (`Bộ trưởng cho biết`, `ông nói`) and was resolved to the one official it can stand for. */
  resolved: boolean;
  /** The speech verb as written (`nói`, `cho biết`); `theo` for `Theo X, …`; null for a label. */
  verb: string | null;
  /** The quoted or reported words: exactly `normalized.slice(start, end)`, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  line: number;
  /** (Added field) `person` (an official, a name), `role` (`người phát ngôn Bộ Ngoại giao`, `hai bên`, `chuyên gia Nga`) or `organization` (`Bộ Ngoại giao`, `Nhà Trắng`). */
  speaker_kind: SpeakerKind;
}

const L = '\\p{L}\\p{M}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of phrases, longest first, any run of spaces between words. */
const alternation = (list: readonly string[]) =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map((p) => p.split(' ').map(escape).join('\\s+')).join('|');

const VERB_ALT = alternation(SPEECH_VERBS.map((v) => v.verb));
const VERBS = new RegExp(`(?<![${L}])(?:${VERB_ALT})(?![${L}])`, 'giu');
const CLAUSE_VERBS = new Set(SPEECH_VERBS.filter((v) => v.clause).map((v) => foldKey(v.verb)));
const VERB_STOP = new RegExp(`^\\s+(?:${alternation(VERB_STOPS)})(?![${L}])`, 'iu');
const VERB_LINK = new RegExp(`^(?:\\s+(?:${alternation(VERB_LINKS)})(?![${L}]))*\\s*([,:])?\\s*`, 'iu');
const TRAILING_ADVERB = new RegExp(`(?:^|\\s)(?:${alternation(ADVERBS)})\\s*,?\\s*$`, 'iu');
/** A time between a speaker and the verb: `ngày 29/1`, `hôm qua`, `tối 3/2 (giờ địa phương)`. */
const TRAILING_TIME = new RegExp(`\\s(?:${alternation(TIME_WORDS)})(?:\\s+(?:qua|nay|này|trước|tới|\\d[\\d/.-]*|\\(giờ[^)]*\\)))+\\s*,?\\s*$`, 'iu');
/** A speech verb ending a speaker phrase: `ông Taniguchi nói, cho rằng …` (the second verb's subject is the first's). */
const ENDS_WITH_VERB = new RegExp(`(?<![${L}])(?:${VERB_ALT})\\s*$`, 'iu');
const HAS_VERB = new RegExp(`(?<![${L}])(?:${VERB_ALT})(?![${L}])`, 'iu');
const VERB_BEFORE_QUOTE = new RegExp(`(?<![${L}])(${VERB_ALT})((?:\\s+(?:${alternation(VERB_LINKS)}))*)\\s*[:,]?\\s*$`, 'iu');
const VERB_COLON_BEFORE_QUOTE = new RegExp(`(?<![${L}])(${VERB_ALT})(?![${L}])([^.!?;“”"«»\\n]{1,100}):\\s*$`, 'iu');
const TITLE_NOUN_BEFORE = new RegExp(`(?<![${L}])(?:${alternation(TITLE_NOUNS)})(?:\\s+[${L}\\d]+){0,3}\\s*:?\\s*$`, 'iu');
const HONORIFIC_NAME = new RegExp(
  `^(?:${alternation([...HONORIFICS, ...HONORIFICS.map((h) => h[0]?.toUpperCase() + h.slice(1))])})\\s+((?:\\p{Lu}[${L}'’.-]*)(?:\\s+(?:\\p{Lu}[${L}'’.-]*|van|von|de|der|bin|al|la|le|da)){0,5})(?:\\s*,\\s*(.+))?$`,
  'u',
);
const CAP_NAME = new RegExp(`^\\p{Lu}[${L}'’.-]*(?:\\s+\\p{Lu}[${L}'’.-]*){0,3}$`, 'u');
const SPEAKER_NOUN = new RegExp(`^(?:(?:${alternation([...QUANTIFIERS, ...QUANTIFIERS.map((q) => q[0]?.toUpperCase() + q.slice(1))])})\\s+)?(${alternation([...SPEAKER_NOUNS, ...SPEAKER_NOUNS.map((n) => n[0]?.toUpperCase() + n.slice(1))])})(?![${L}])`, 'u');
const QUANTIFIED = new RegExp(`^(?:${alternation(QUANTIFIERS)})\\s+`, 'iu');
const TITLE = new RegExp(`^(?:(?:${alternation(ROLE_PREFIXES)})\\s+)?(?:${alternation(TITLES)})(?![${L}])`, 'iu');
const THEO = /(?:^|[.!?…]\s+|[,;]\s+)((?:[Cc]ũng\s+)?[Tt]heo(?:\s+lời)?)\s+([^,.;:!?“”"\n]{2,120}?)\s*,\s*/gu;
const INTERVIEWER = new RegExp(`^(?:${alternation(INTERVIEWER_LABELS)})\\s*:`, 'iu');
const PRONOUN = new Map(PRONOUNS.map((p) => [foldKey(p.word), p.gender] as const));
const NOT_SUBJECT = new Set(NOT_SUBJECTS.map(foldKey));
const NOT_SUBJECT_START = new RegExp(`^(?:${alternation(NOT_SUBJECTS)})(?![${L}])`, 'iu');
const THEO_NOT = new RegExp(`^(?:${alternation(THEO_NOT_SPEAKERS)})(?![${L}])`, 'iu');
const INNER_STOP = new RegExp(`(?:^|\\s)(?:${alternation(NOT_IN_SPEAKER)})(?![${L}])`, 'iu');
const PLACES = new Set([...COUNTRIES, ...VIETNAM_PLACES].map(foldKey));
/** Marks that end a clause: the subject of a verb starts after the last one. */
const CLAUSE_MARKS = /[.,;:!?…(“”"«»]|\s[-–—]\s/gu;
const SENTENCE_END = /[.!?…”"»)]\s*$/u;

const wordCount = (s: string) => (s.trim() === '' ? 0 : s.trim().split(/\s+/u).length);
const WORD_RUN = /\S+/gu;
/** `wordCount(s) >= n`, reading no further than the n-th word. */
function hasWords(s: string, n: number): boolean {
  WORD_RUN.lastIndex = 0;
  for (let k = 0; k < n; k++) if (!WORD_RUN.exec(s)) return false;
  return true;
}
/** `/\?\s*$/u.test(s)`, reading from the end. */
const endsWithQuestion = (s: string) => s.trimEnd().endsWith('?');

// A pattern that ends the text (`…$`) is matched from each position of the text in turn, so
// applied before each verb of a long line it reads the line again each time. Each such pattern
// here can only match the last few runs of non-spaces (and runs of words it may repeat), so it
// is applied to those alone: the same answer, in time that does not grow with the line.

/** Is `c` a code unit of JavaScript's `\s` (what `trim` removes)? */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where in `text[from, to)` a match of such a pattern can start at the earliest: before the
 * spaces and `trailing` characters that end it, the runs of non-spaces `chain` accepts (it
 * returns where to go on from, or undefined), `runs` more runs, and the space before them (for
 * `(?:^|\s)` and look-behinds).
 */
function tailFrom(text: string, from: number, to: number, runs: number, trailing: string, chain?: (start: number, end: number) => number | undefined): number {
  let p = to;
  while (p > from && (isSpace(text.charCodeAt(p - 1)) || trailing.includes(text[p - 1] as string))) p--;
  while (chain && p > from) {
    let q = p;
    while (q > from && !isSpace(text.charCodeAt(q - 1))) q--;
    const next = chain(q, p);
    if (next === undefined) break;
    p = next;
    while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
  }
  for (let k = 0; k < runs; k++) {
    while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
    while (p > from && !isSpace(text.charCodeAt(p - 1))) p--;
  }
  return p > from ? p - 1 : p;
}

/** `re.exec(text.slice(from, to))` for a pattern that ends the text, read from `tailFrom`'s start. */
function execTail(re: RegExp, text: string, from: number, to: number, start: number): RegExpExecArray | null {
  const m = re.exec(text.slice(start, to));
  if (m) m.index += start - from;
  return m;
}

const maxWords = (list: readonly string[]) => Math.max(...list.map((p) => p.split(' ').length));
const VERB_WORDS = maxWords(SPEECH_VERBS.map((v) => v.verb));
const ADVERB_WORDS = maxWords(ADVERBS);
const TIME_WORDS_MAX = maxWords(TIME_WORDS);
const TITLE_NOUN_WORDS = maxWords(TITLE_NOUNS);
const LINK_WORDS = new Set(VERB_LINKS.map((w) => w.toLowerCase()));
/** The words TRAILING_TIME repeats after its time word, and its bracketed `(giờ …)`. */
const TIME_TAIL = new Set(['qua', 'nay', 'này', 'trước', 'tới']);
const TIME_DIGITS = /^\d[\d/.-]*$/u;
const GIO = /\(giờ/giu;
/** Conjunctions before an official that starts a clause: `… và Bộ trưởng X cho biết`. */
const CLAUSE_CONJUNCTION = /(?:^|\s)(?:và|nhưng|còn|đồng thời|trong khi đó|khi đó|sau đó|tuy nhiên)$/iu;
const CLAUSE_CONJUNCTION_WORDS = 3;
const MARK_END = new Set([...'.,;:!?…(“”"«»-–—']);
/** What ends the words between a quotation and its verb (after). */
const NOT_BETWEEN = /[.!?;:“”"«»(]/u;
/** HAS_VERB, to list a line's verbs. */
const VERB_SCAN = new RegExp(HAS_VERB.source, 'giu');

/** After a speech verb following a quotation, what leaves the quotation its words: a stop, a comma, `với báo chí`, `thêm`. */
const SAYS_NOTHING_AFTER = /^\s*(?:[.,;:!?…)–—-]|$|(?:với|tại|trong|khi|hôm|ngày|sáng|chiều|tối|trên|trước|sau|thêm|như vậy|vậy|hồi|lúc|bên lề|qua|bằng|ở|và|đồng thời|rồi|nhưng|song)(?![\p{L}\p{M}]))/u;
/** After a speech verb ending a sentence: nothing, or `với báo chí`, `tại cuộc họp báo`, `hôm 3/2`. */
const VERB_LAST_TAIL = /^\s*(?:(?:với|tại|trong|khi|hôm|ngày|sáng|chiều|tối|trên|trước)(?:\s+[^\s,;:]+){0,6})?\s*[.!…]?\s*$/u;
/** Periphrases of a title: `người đứng đầu Chính phủ` is the Thủ tướng. */
const PERIPHRASES = new Map(TITLE_PERIPHRASES.map((p) => [foldKey(p.phrase), p.title] as const));
const PERIPHRASIS = new RegExp(`^(?:${alternation(TITLE_PERIPHRASES.flatMap((p) => [p.phrase, p.phrase[0]?.toUpperCase() + p.phrase.slice(1)]))})`, 'u');
/** `nhà lãnh đạo Trung Quốc`, `người đứng đầu Nhà Trắng`: the leader of a country. */
const LEADER_OF = /^(?:[Nn]hà lãnh đạo|[Ll]ãnh đạo|[Nn]gười đứng đầu)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})$/u;
/** A title phrase ending with a name: `Trưởng ban Công tác đại biểu Nguyễn Thị Thanh`. */
const TRAILING_NAME = new RegExp(`\\s((?:\\p{Lu}[${L}'’.-]*)(?:\\s+(?:\\p{Lu}[${L}'’.-]*|van|von|de|der|bin|al|la|le|da)){0,5})$`, 'u');
/** Capitalized speaker nouns that name an organization (`Bộ`, `Nhà Trắng`), not a role written capitalized (`Đại diện`). */
const ORGANIZATION_NOUNS = new Set(SPEAKER_NOUNS.filter((n) => /^\p{Lu}/u.test(n) && !SPEAKER_NOUNS.includes(n.toLowerCase())));
/** Speaker nouns a person's name may follow: `đại biểu Nguyễn Tuấn Anh`. */
const PERSON_NOUNS = new Set(PERSON_SPEAKER_NOUNS.map(foldKey));
/** `ông Hồng Thiên Chúc` ending the text before an apposition. */
const APPOSITION_NAME = new RegExp(`(?:^|\\s)(?:ông|bà|Ông|Bà|ngài|Ngài)\\s+((?:\\p{Lu}[${L}'’.-]*)(?:\\s+\\p{Lu}[${L}'’.-]*){0,4})$`, 'u');
/** Before an organization's name, not a person's: `Giám đốc đầu tư tại BRI Wealth Management`. */
const NAME_AFTER_NOT = /(?:^|\s)(?:tại|của|thuộc|ở)$/iu;
/** Words that start an organization's name: `người phát ngôn Điện Kremlin`, `Chủ tịch Tập đoàn X`. */
const ORG_HEAD = new RegExp(`^(?:${alternation([...SPEAKER_NOUNS.filter((n) => /^\p{Lu}/u.test(n)), ...ORGANIZATION_HEADS])})(?![${L}])`, 'u');
/** A name, then a dash or comma and its title: `David Bahnsen - Giám đốc đầu tư của …`. */
const APPOSED_NAME = new RegExp(`^((?:\\p{Lu}[${L}'’.-]*)(?:\\s+\\p{Lu}[${L}'’.-]*){0,4})\\s*(?:,|\\s[-–—])\\s*\\p{L}`, 'u');
/** Speaker nouns that name a speaker only counted: `hai bên`, `các nước`. */
const GROUP_NOUNS = new Set(GROUP_SPEAKERS.map(foldKey));
/** `… và cho biết`, `… và cũng khẳng định`: a second verb of the same subject. */
const AND_BEFORE = /\s(?:và|đồng thời)(?:\s+(?:cũng|đã))?\s+$/u;
/** What may stand between a clause mark and a chained verb: `, đồng thời nhấn mạnh`, `; cũng khẳng định`. */
const CHAIN_GAP = /^\s*(?:(?:và|đồng thời|cũng|đã|còn|tiếp tục)\s+)*$/u;
/** After a sentence's subject, its predicate: a lowercase word (`Thủ tướng hoan nghênh`). */
const SUBJECT_NEXT = /^\s+(?:cũng\s+|đã\s+)?\p{Ll}/u;
/** A title or pronoun and the capitalized words after it, then a lowercase word: `Chủ tịch Tập đoàn Texhong cảm ơn`. */
const SUBJECT_HEAD = new RegExp(
  `^((?:Ông|Bà|(?:(?:${alternation(ROLE_PREFIXES)})\\s+)?(?:${alternation(TITLES.filter((t) => /^\p{Lu}/u.test(t)))}))(?:\\s+(?:\\p{Lu}[${L}'’.-]*|-|–|[${L}]+(?=\\s+\\p{Lu})))*)(?=\\s+\\p{Ll})`,
  'u',
);
/** `Người đứng đầu Chính phủ cũng hoan nghênh`: a periphrasis opening the sentence. */
const PERIPHRASIS_HEAD = new RegExp(`^(${alternation(TITLE_PERIPHRASES.map((p) => p.phrase[0]?.toUpperCase() + p.phrase.slice(1)))})(?=\\s+\\p{Ll})`, 'u');

/** `Bộ trưởng Bộ Ngoại giao` and `Bộ trưởng Ngoại giao` are one title. */
const titleKey = (t: string) => foldKey(t).replace(/^((?:phó |quyền )?(?:bộ trưởng|thứ trưởng(?: thường trực)?)) bộ /u, '$1 ');

interface Speaker {
  speaker: string;
  official: Official | null;
  start: number;
  end: number;
  resolved: boolean;
  kind: SpeakerKind;
}

interface Named {
  key: string;
  speaker: Speaker;
  at: number;
  /** Written as a woman's name, a man's (resolvePronoun). */
  sex: boolean[];
  /** An official, or a name in capitals: one a pronoun can stand for. */
  person: boolean;
}

interface OfficialMention {
  official: Official;
  start: number;
  end: number;
}

/** One pass over an article. */
class Finder {
  readonly quotes: Quote[] = [];
  private readonly text: string;
  /** The officials' mentions by start; `reach[i]`: the furthest end of mentions 0..i. */
  private readonly mentions: OfficialMention[];
  private readonly reach: number[] = [];
  /** Mentions by end, in the order of `mentions`. */
  private readonly byEnd = new Map<number, OfficialMention[]>();
  private readonly lineIndex: LineIndex;
  private readonly lineStarts: number[] = [];
  /**
   * Spans already quoted (quotation marks, labels): reported speech is not looked for inside. By
   * line (none crosses a line, and a line's are all known before it is asked about), each with
   * the spans sorted by start and their furthest end so far, made when first asked.
   */
  private readonly quoted = new Map<number, { spans: { start: number; end: number }[]; sorted?: { starts: number[]; reach: number[] } }>();
  /** By line start: where its clause marks end (clauseStart), where its verbs start and end (hasVerb). */
  private readonly clauseMarks = new Map<number, number[]>();
  private readonly lineVerbs = new Map<number, { starts: number[]; ends: number[] }>();
  /** The last reported speech found, its speaker and sentence (chained). */
  private lastReported?: { quote: Quote; speaker: Speaker; sentence: number };
  /** Each sentence's subject, once asked (sentenceSubject). */
  private readonly sentenceSubjects = new Map<number, Speaker | null>();
  /** The official each quotation found so far is attributed to (resolveTitle). */
  private readonly officialOf = new Map<Quote, Official>();
  /** Where reported speech found so far starts (a verb there opens what was said, `bày tỏ tin tưởng …`). */
  private readonly reportedFrom = new Set<number>();
  /** Verbs already used to attribute a direct quotation. */
  private readonly usedVerbs = new Set<number>();
  /**
   * Speakers named so far (not by pronoun), for `ông nói` later, by the line of `at`; `next[i]`:
   * the first entry after i with another key (unset in the last run).
   */
  private readonly named = new Map<number, { entries: Named[]; next: number[] }>();
  /** Officials by folded title key, then by first mention (resolveTitle); by folded name and its last words (officialByName). */
  private titleIndex?: Map<string, Set<Official>>;
  private readonly titleFirsts = new Map<string, { first: number; official: Official }[]>();
  private nameIndex?: Map<string, Official[]>;
  /** Whether an official fits `ông`, `bà`, or a pronoun of either (resolvePronoun). */
  private readonly fitsOf = new Map<Official, boolean[]>();

  constructor(private readonly article: Article) {
    this.text = article.text;
    this.mentions = article.doc.officials
      .flatMap((official) => official.mentions.map((m) => ({ official, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    let reach = -1;
    for (const m of this.mentions) {
      reach = Math.max(reach, m.end);
      this.reach.push(reach);
      pushTo(this.byEnd, m.end, m);
    }
    this.lineIndex = new LineIndex(this.text);
    this.lineStarts.push(0);
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  run(): Quote[] {
    const lines = this.lineStarts.map((start, i) => {
      const next = this.lineStarts[i + 1];
      return { start, end: next === undefined ? this.text.length : next - 1 };
    });
    for (const [i, line] of lines.entries()) {
      const body = this.text.slice(line.start, line.end);
      if (isQuestion(body)) {
        this.quote(line);
        continue;
      }
      const label = this.label(line);
      this.direct(line, lines[i - 1], label);
      this.reported(line);
      this.theo(line);
    }
    this.quotes.sort((a, b) => a.start - b.start || a.end - b.end);
    // A sentence of eight words or more written again (a photo caption repeating its paragraph,
    // whole or cut) is one quotation; a few words said again (`Chúng tôi đồng ý`) are said twice.
    const seen = new Set<string>();
    const bySpeaker = new Map<string, string[]>();
    return this.quotes.filter((q) => {
      if (!hasWords(q.text, 8)) return true;
      const key = `${q.kind}\u0000${q.speaker}\u0000${q.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      const earlier = bySpeaker.get(q.speaker) ?? [];
      if (earlier.some((t) => t.length > q.text.length && t.includes(q.text))) return false;
      if (earlier.length < 50) pushTo(bySpeaker, q.speaker, q.text);
      return true;
    });
  }

  private add(kind: QuoteKind, speaker: Speaker, verb: string | null, start: number, end: number): void {
    // Furniture blanked inside the quotation (a photo credit glued into it) ends it: its words
    // are not the article's, and `text` must be the normalized text, furniture and all.
    const cut = this.furnitureIn(start, end);
    if (cut) end = cut.start;
    while (start < end && /\s/u.test(this.text[start] as string)) start++;
    while (end > start && /\s/u.test(this.text[end - 1] as string)) end--;
    if (end <= start) return;
    const o = speaker.official;
    const quote: Quote = {
      path: this.article.doc.path,
      kind,
      speaker: speaker.speaker,
      official: o ? { name: o.name, titles: o.titles, ...(o.role !== undefined ? { role: o.role } : {}) } : null,
      speaker_text: this.mention(speaker.start, speaker.end),
      resolved: speaker.resolved,
      verb,
      text: this.text.slice(start, end),
      start,
      end,
      line: this.lineIndex.lineOf(start),
      speaker_kind: speaker.kind,
    };
    this.quotes.push(quote);
    if (o) this.officialOf.set(quote, o);
    if (!speaker.resolved) {
      const line = this.lineIndex.lineOf(speaker.start);
      const entry: Named = {
        key: foldKey(speaker.speaker),
        speaker,
        at: speaker.start,
        sex: sexOf(speaker.speaker, [this.text.slice(speaker.start, speaker.end)]),
        person: speaker.kind === 'person',
      };
      let list = this.named.get(line);
      if (!list) this.named.set(line, (list = { entries: [], next: [] }));
      const { entries, next } = list;
      if (entries.length > 0 && (entries[entries.length - 1] as Named).key !== entry.key) {
        for (let k = entries.length - 1; k >= 0 && next[k] === undefined; k--) next[k] = entries.length;
      }
      entries.push(entry);
    }
  }

  private mention(start: number, end: number): Mention {
    return { text: this.text.slice(start, end), start, end, line: this.lineIndex.lineOf(start) };
  }

  /** The first cut of site furniture (clean/) in [start, end), if any. */
  private furnitureIn(start: number, end: number): { start: number; end: number } | undefined {
    return firstOverlap(this.article.cuts, start, end);
  }

  /** Mark a span of one line quoted. */
  private quote(span: { start: number; end: number }): void {
    const line = this.lineIndex.lineOf(span.start);
    const q = this.quoted.get(line);
    if (!q) this.quoted.set(line, { spans: [{ start: span.start, end: span.end }] });
    else {
      q.spans.push({ start: span.start, end: span.end });
      delete q.sorted;
    }
  }

  private isQuoted(at: number): boolean {
    const q = this.quoted.get(this.lineIndex.lineOf(at));
    if (!q) return false;
    if (!q.sorted) {
      const spans = [...q.spans].sort((a, b) => a.start - b.start);
      const reach: number[] = [];
      for (const s of spans) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
      q.sorted = { starts: spans.map((s) => s.start), reach };
    }
    const k = upperBound(q.sorted.starts, at) - 1;
    return k >= 0 && (q.sorted.reach[k] as number) > at;
  }

  /** The index of the first mention starting at or after `at`. */
  private firstMentionFrom(at: number): number {
    return partitionPoint(this.mentions, (m) => m.start < at);
  }

  /** `Thứ trưởng Lê Hoài Trung: Hội nghị có ý nghĩa rất đặc biệt.`; the quotation found, if any. */
  private label(line: { start: number; end: number }): Quote | undefined {
    const body = this.text.slice(line.start, line.end);
    const lead = body.length - body.trimStart().length;
    const colon = body.indexOf(':');
    if (colon < 0 || colon > 100) return undefined;
    const head = body.slice(lead, colon);
    if (/[.,;!?“”"«»()]/u.test(head) || wordCount(head) > 12 || wordCount(head) === 0) return undefined;
    const answerStart = line.start + colon + 1;
    const answer = this.text.slice(answerStart, line.end).trim();
    // A headline (`Thứ trưởng X: Cộng đồng quốc tế đánh giá cao …`) has no full stop; an answer does.
    if (wordCount(answer) < 3 || !SENTENCE_END.test(answer)) return undefined;
    const start = line.start + lead;
    const end = start + head.trimEnd().length;
    const speaker = this.classify(start, end, 'label');
    if (!speaker) return undefined;
    const before = this.quotes.length;
    this.add('label', speaker, null, answerStart, line.end);
    this.quote({ start: answerStart, end: line.end });
    return this.quotes.length > before ? this.quotes[this.quotes.length - 1] : undefined;
  }

  /** Quotation marks attributed by a speech verb after them or before them. */
  private direct(line: { start: number; end: number }, previous: { start: number; end: number } | undefined, label: Quote | undefined): void {
    for (const q of quotePairs(this.text, line.start, line.end)) {
      this.quote({ start: q.open, end: q.close + 1 });
    }
    for (const q of quotePairs(this.text, line.start, line.end)) {
      // Inside the line's interview answer (a label's quotation holds no other line).
      if (label && q.open >= label.start && q.open < label.end) continue;
      const inner = this.text.slice(q.open + 1, q.close);
      if (wordCount(inner) < 3) continue; // scare quotes: độ “phủ sóng”
      const found = this.after(q, line.end, inner) ?? this.before(q, line.start, previous);
      if (!found) continue;
      this.add('direct', found.speaker, found.verb, q.open + 1, q.close);
    }
  }

  /** `“…”, ông Lê Duy Thành nói.` and `“…”, theo ông X.` */
  private after(q: { open: number; close: number }, lineEnd: number, inner: string): { speaker: Speaker; verb: string } | undefined {
    const rest = this.text.slice(q.close + 1, lineEnd);
    const lead = /^\s*([,;]|[-–—])?\s*/u.exec(rest) as RegExpExecArray;
    // The quotation must end its clause: a comma or dash after it, or its own punctuation inside.
    if (lead[1] === undefined && !/[.,!?…]\s*$/u.test(inner)) return undefined;
    const from = q.close + 1 + lead[0].length;
    const tail = this.text.slice(from, lineEnd);
    const theo = /^theo(?:\s+lời)?\s+([^.,;:!?“”"\n]+)/iu.exec(tail);
    if (theo) {
      const sStart = from + theo[0].length - (theo[1] as string).length;
      const speaker = this.classify(sStart, sStart + (theo[1] as string).trimEnd().length, 'strict');
      return speaker ? { speaker, verb: tail.slice(0, tail.search(/\s/u)) } : undefined;
    }
    // A verb after the first stop would have it between: look no further than that stop.
    const stop = NOT_BETWEEN.exec(tail);
    VERBS.lastIndex = 0;
    const v = VERBS.exec(stop ? tail.slice(0, stop.index + 1) : tail);
    if (!v) return undefined;
    const between = tail.slice(0, v.index);
    if (NOT_BETWEEN.test(between) || wordCount(between) > 12) return undefined;
    // `“…”, Thủ tướng nhấn mạnh tầm quan trọng của …`: the verb says what follows it, not the quotation.
    const said = tail.slice(v.index + v[0].length);
    if (CLAUSE_VERBS.has(foldKey(v[0])) && !SAYS_NOTHING_AFTER.test(said) && hasWords(said.slice(0, Math.max(0, said.search(/[.!?…]/u)) || said.length), 4)) return undefined;
    const end = this.stripAdverbs(from, from + v.index);
    const speaker = this.classify(from, end, 'lenient');
    if (!speaker) return undefined;
    this.usedVerbs.add(from + v.index);
    return { speaker, verb: v[0] };
  }

  /** `Bộ trưởng X nhấn mạnh: “…”`, `ông nói với báo chí: “…”`, and a verb and colon ending the line before. */
  private before(q: { open: number; close: number }, lineStart: number, previous: { start: number; end: number } | undefined): { speaker: Speaker; verb: string } | undefined {
    let pre = this.text.slice(lineStart, q.open);
    let base = lineStart;
    if (pre.trim() === '' && previous !== undefined) {
      pre = this.text.slice(previous.start, previous.end);
      base = previous.start;
      if (!pre.trimEnd().endsWith(':')) return undefined;
    }
    const end = base + pre.length;
    const { text } = this;
    // The verb, its links (`thêm rằng`) and a colon or comma.
    const link = (a: number, b: number) => (LINK_WORDS.has(text.slice(a, b).toLowerCase()) ? a : undefined);
    const direct = execTail(VERB_BEFORE_QUOTE, text, base, end, tailFrom(text, base, end, VERB_WORDS, ':,', link));
    // The verb, at most 100 characters and a colon.
    const colonAt = tailFrom(text, base, end, 0, '') + 1;
    const colon = direct ? undefined : execTail(VERB_COLON_BEFORE_QUOTE, text, base, end, tailFrom(text, base, Math.max(base, colonAt - 101), VERB_WORDS, ''));
    const m = direct ?? colon;
    if (!m) return undefined;
    if (colon && (execTail(TITLE_NOUN_BEFORE, text, base, end, tailFrom(text, base, end, 3 + TITLE_NOUN_WORDS, ':')) || wordCount(colon[2] as string) > 12)) return undefined;
    const verbAt = base + m.index;
    if (this.isQuoted(verbAt)) return undefined;
    const speaker = this.subjectBefore(verbAt, base);
    if (!speaker) return undefined;
    this.usedVerbs.add(verbAt);
    return { speaker, verb: m[1] as string };
  }

  /** `Bộ trưởng Bùi Thanh Sơn khẳng định …`, `ông X cho biết, …` to the end of the sentence. */
  private reported(line: { start: number; end: number }): void {
    const body = this.text.slice(line.start, line.end);
    VERBS.lastIndex = 0;
    for (let v = VERBS.exec(body); v; v = VERBS.exec(body)) {
      const at = line.start + v.index;
      // `Tuyên bố chung`, `Thông báo`: a capitalized verb is a noun (and a verb opening its sentence has no subject before it).
      if (this.usedVerbs.has(at) || this.isQuoted(at) || /^\p{Lu}/u.test(v[0])) continue;
      const afterVerb = body.slice(v.index + v[0].length);
      if (VERB_STOP.test(afterVerb)) continue;
      const link = VERB_LINK.exec(afterVerb) as RegExpExecArray;
      const marked = link[1] !== undefined || /(?:rằng|là)/iu.test(link[0]);
      if (!marked && !CLAUSE_VERBS.has(foldKey(v[0]))) continue;
      const contentStart = at + v[0].length + link[0].length;
      if (/^[“"«]/u.test(this.text.slice(contentStart, contentStart + 1))) continue;
      const end = this.sentenceEnd(at, line.end);
      const content = this.text.slice(contentStart, end);
      if (!hasWords(content, 4)) {
        this.verbLast(at, v[0], line.start, end);
        continue;
      }
      if (endsWithQuestion(content)) continue;
      // `bày tỏ tin tưởng rằng …`, `mong muốn và tin tưởng …`: a verb opening what another says is part of it.
      if (this.reportedFrom.has(at)) continue;
      const speaker = this.subjectBefore(at, line.start) ?? this.chained(at, line.start);
      if (!speaker) continue;
      this.add('reported', speaker, v[0], contentStart, trimFinalStop(this.text, contentStart, end));
      this.lastReported = { quote: this.quotes[this.quotes.length - 1] as Quote, speaker, sentence: this.article.sentences.indexOf(at) };
      this.reportedFrom.add(contentStart);
      const and = /^và\s+/u.exec(this.text.slice(contentStart, contentStart + 4));
      if (and) this.reportedFrom.add(contentStart + and[0].length);
    }
  }

  /**
   * What was said, then its speaker and verb ending the sentence: `Quan hệ hai nước …, Phó Chủ
   * tịch X khẳng định.`, `… – Bộ trưởng nhấn mạnh.` (no quotation marks: those are `direct`).
   */
  private verbLast(at: number, verb: string, lineStart: number, sentenceEnd: number): void {
    if (this.usedVerbs.has(at)) return;
    const tail = this.text.slice(at + verb.length, sentenceEnd);
    if (!VERB_LAST_TAIL.test(tail)) return;
    const sentence = this.article.sentences.sentences[this.article.sentences.indexOf(at)];
    if (!sentence) return;
    const from = Math.max(sentence.start, lineStart);
    const clause = this.clauseStart(lineStart, at);
    const mark = this.text.slice(from, clause);
    const m = /(?:,|\s[-–—])\s*$/u.exec(mark);
    if (clause <= from || !m) return;
    const content = this.text.slice(from, from + m.index);
    if (!hasWords(content, 4) || /[“”"«»?]/u.test(content) || this.isQuoted(from)) return;
    const speaker = this.subjectBefore(at, lineStart);
    if (!speaker) return;
    // The words end at the comma or dash before the speaker, or at the comma before a title of a
    // few capitalized words ahead of it (`…, Phó Chủ tịch – Tổng Thư ký X khẳng định`).
    const lead = this.text.slice(from, speaker.start);
    const title = /,(\s*\p{Lu}[^,]*)$/u.exec(lead);
    const cut = title && wordCount(title[1] as string) <= 6 ? title : /(?:,|\s[-–—])\s*$/u.exec(lead);
    if (!cut || !hasWords(lead.slice(0, cut.index), 4)) return;
    this.add('reported', speaker, verb, from, trimFinalStop(this.text, from, from + cut.index));
  }

  /**
   * A verb opening a clause with no subject of its own (`Thủ tướng hoan nghênh …, nhấn mạnh …`,
   * `X khẳng định …; bày tỏ mong muốn …`): the subject is the sentence's, the speaker of the
   * sentence's reported speech before it, else a speaker opening one of its first clauses.
   */
  private chained(at: number, lineStart: number): Speaker | undefined {
    const clause = this.clauseStart(lineStart, at);
    // After a clause mark (`…, nhấn mạnh`), or after `và` (`X cảm ơn cử tri và cho biết …`).
    const afterMark = clause > lineStart && /[,;]$/u.test(this.text.slice(clause - 1, clause)) && CHAIN_GAP.test(this.text.slice(clause, at));
    if (!afterMark && !AND_BEFORE.test(this.text.slice(Math.max(lineStart, at - 24), at))) return undefined;
    const sentence = this.article.sentences.indexOf(at);
    const last = this.lastReported;
    // Reported speech of the sentence running over it holds it: `khẳng định A; bày tỏ mong muốn B` is one.
    if (last && last.sentence === sentence && last.quote.start < at) return undefined;
    let found = this.sentenceSubjects.get(sentence);
    if (found === undefined) {
      found = this.sentenceSubject(sentence, lineStart) ?? null;
      this.sentenceSubjects.set(sentence, found);
    }
    return found !== null && found.end <= at ? found : undefined;
  }

  /** A speaker opening one of the first clauses of a sentence and followed by a lowercase word: its subject. */
  private sentenceSubject(sentence: number, lineStart: number): Speaker | undefined {
    const s = this.article.sentences.sentences[sentence];
    if (!s) return undefined;
    const from = Math.max(s.start, lineStart);
    const nl = this.text.indexOf('\n', from);
    const to = Math.min(s.end, nl < 0 ? this.text.length : nl);
    // The sentence start and the starts after its first clause marks (`Tại cuộc gặp, ông X …`).
    const starts = [from];
    const ends = this.clauseMarks.get(lineStart) ?? [];
    for (let k = upperBound(ends, from); k < ends.length && starts.length < 4; k++) {
      const e = ends[k] as number;
      if (e >= to) break;
      if (/[,;]/u.test(this.text[e - 1] as string)) starts.push(e);
    }
    for (let c of starts) {
      while (c < to && isSpace(this.text.charCodeAt(c))) c++;
      const m = this.mentions[this.firstMentionFrom(c)];
      if (m && m.start === c && m.end < to && SUBJECT_NEXT.test(this.text.slice(m.end, m.end + 20))) return this.officialSpeaker(m.official, m.start, m.end);
      const window = this.text.slice(c, Math.min(to, c + 120));
      const head = SUBJECT_HEAD.exec(window) ?? PERIPHRASIS_HEAD.exec(window);
      if (head) {
        const speaker = this.classify(c, c + (head[1] as string).length, 'strict');
        if (speaker) return speaker;
      }
    }
    return undefined;
  }

  /** `Theo Thứ trưởng X, …`, `Cũng theo ông X, …` */
  private theo(line: { start: number; end: number }): void {
    const body = this.text.slice(line.start, line.end);
    THEO.lastIndex = 0;
    for (let m = THEO.exec(body); m; m = THEO.exec(body)) {
      const s = m[2] as string;
      if (THEO_NOT.test(s)) continue;
      const sStart = line.start + m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length;
      const from = sStart + (this.text.slice(sStart).length - this.text.slice(sStart).trimStart().length);
      if (this.isQuoted(from)) continue;
      const speaker = this.classify(from, from + s.trim().length, 'strict');
      if (!speaker) continue;
      let contentStart = line.start + m.index + m[0].length;
      // `Theo ông X, Phó Chủ tịch Hiệp hội Y, …`: the apposition is not what was said.
      const apposition = /^([^,.;:!?“”"\n]{2,150}?),\s*/u.exec(this.text.slice(contentStart, line.end));
      if (apposition && /^\p{Lu}/u.test(apposition[1] as string) && TITLE.test(apposition[1] as string)) contentStart += apposition[0].length;
      const end = this.sentenceEnd(contentStart, line.end);
      const content = this.text.slice(contentStart, end);
      if (!hasWords(content, 4) || endsWithQuestion(content)) continue;
      this.add('reported', speaker, (m[1] as string).replace(/\s+/gu, ' ').replace(/^Cũng t/u, 't').replace(/^T/u, 't'), contentStart, trimFinalStop(this.text, contentStart, end));
      THEO.lastIndex = contentStart - line.start;
    }
  }

  private sentenceEnd(at: number, lineEnd: number): number {
    const s = this.article.sentences.sentences[this.article.sentences.indexOf(at)];
    return s === undefined ? lineEnd : Math.min(s.end, lineEnd);
  }

  /** The end of a subject before a verb, with `đã`, `cũng`… and an apposition's comma left out. */
  private stripAdverbs(start: number, end: number): number {
    const { text } = this;
    const adverb = (e: number) => execTail(TRAILING_ADVERB, text, start, e, tailFrom(text, start, e, ADVERB_WORDS, ','));
    // `ngày 29/1 (giờ địa phương)`: the time word, then words, dates and brackets it repeats.
    const tail = (a: number, b: number): number | undefined => {
      const run = text.slice(a, b);
      if (TIME_TAIL.has(run.toLowerCase()) || TIME_DIGITS.test(run)) return a;
      if (!run.endsWith(')')) return undefined;
      // `(giờ …)`, from the first `(giờ` after the `)` before it.
      const lo = Math.max(start, text.lastIndexOf(')', b - 2) + 1);
      GIO.lastIndex = 0;
      const open = GIO.exec(text.slice(lo, b - 1));
      return open ? lo + open.index : undefined;
    };
    const time = (e: number) => execTail(TRAILING_TIME, text, start, e, tailFrom(text, start, e, TIME_WORDS_MAX, ',', tail));
    let e = end;
    for (let m = adverb(e) ?? time(e); m && m[0].length > 0; m = adverb(e) ?? time(e)) e = start + m.index;
    while (e > start && (isSpace(text.charCodeAt(e - 1)) || text[e - 1] === ',')) e--;
    return e;
  }

  /** Where the clause holding `to` starts: after the last clause mark of its line before it (`lineStart` if none). */
  private clauseStart(lineStart: number, to: number): number {
    let ends = this.clauseMarks.get(lineStart);
    if (!ends) {
      // The marks of the whole line, once: those that end by `to` are the marks of text[lineStart, to).
      ends = [];
      const nl = this.text.indexOf('\n', lineStart);
      const line = this.text.slice(lineStart, nl < 0 ? this.text.length : nl);
      CLAUSE_MARKS.lastIndex = 0;
      for (let c = CLAUSE_MARKS.exec(line); c; c = CLAUSE_MARKS.exec(line)) ends.push(lineStart + c.index + c[0].length);
      this.clauseMarks.set(lineStart, ends);
    }
    const k = upperBound(ends, to) - 1;
    return k >= 0 ? (ends[k] as number) : lineStart;
  }

  /** `HAS_VERB.test(text.slice(start, end))` for a clause of the line at `lineStart`, from the verbs of the line listed once. */
  private hasVerb(lineStart: number, start: number, end: number): boolean {
    let verbs = this.lineVerbs.get(lineStart);
    if (!verbs) {
      verbs = { starts: [], ends: [] };
      const nl = this.text.indexOf('\n', lineStart);
      const line = this.text.slice(lineStart, nl < 0 ? this.text.length : nl);
      VERB_SCAN.lastIndex = 0;
      for (let v = VERB_SCAN.exec(line); v; v = VERB_SCAN.exec(line)) {
        verbs.starts.push(lineStart + v.index);
        verbs.ends.push(lineStart + v.index + v[0].length);
      }
      this.lineVerbs.set(lineStart, verbs);
    }
    // No verb of the line starts before a clause and ends inside it; a verb from `start` on that
    // runs past `end` (`cho biết thêm`) may hold a shorter one (`cho biết`) that does not.
    const k = upperBound(verbs.starts, start - 1);
    const at = verbs.starts[k];
    if (at === undefined || at >= end) return false;
    return (verbs.ends[k] as number) <= end || HAS_VERB.test(this.text.slice(at, end));
  }

  /** The speaker of a verb at `verbAt`: the clause's subject right before it. */
  private subjectBefore(verbAt: number, lineStart: number, depth = 0): Speaker | undefined {
    const end = this.stripAdverbs(lineStart, verbAt);
    if (end <= lineStart) return undefined;
    // An official's mention ending there, at the start of a clause (appositions hold commas).
    const m = [...(this.byEnd.get(end) ?? [])].reverse().find((x) => x.start >= lineStart);
    if (m) {
      const before = this.text.slice(lineStart, m.start).trimEnd();
      const b = lineStart + before.length;
      if (before === '' || MARK_END.has(before[before.length - 1] as string) || execTail(CLAUSE_CONJUNCTION, this.text, lineStart, b, tailFrom(this.text, lineStart, b, CLAUSE_CONJUNCTION_WORDS, ''))) {
        return this.officialSpeaker(m.official, m.start, m.end);
      }
      // `… từ Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh`: a mention running on over a comma
      // into the next clause's title; that title is the subject.
      const comma = this.text.lastIndexOf(',', end - 1);
      if (comma > m.start) {
        let t = comma + 1;
        while (t < end && isSpace(this.text.charCodeAt(t))) t++;
        const title = this.text.slice(t, end);
        if (wordCount(title) <= 4 && TITLE.test(title) && (TITLE.exec(title) as RegExpExecArray)[0].length === title.length) {
          return this.resolveTitle(title, t, end);
        }
      }
      return undefined;
    }
    const chunkStart = (to: number) => this.clauseStart(lineStart, to);
    let start = chunkStart(end);
    while (start < end && /\s/u.test(this.text[start] as string)) start++;
    const chained = execTail(ENDS_WITH_VERB, this.text, start, end, tailFrom(this.text, start, end, VERB_WORDS, ''));
    if (chained) return depth < 2 ? this.subjectBefore(start + chained.index, lineStart, depth + 1) : undefined;
    if (this.hasVerb(lineStart, start, end)) return undefined;
    let speaker = this.classify(start, end, 'strict');
    // `ông Piere Eladari, Giám đốc điều hành Tập đoàn Puma Energy, cho biết`: a title in apposition to a name.
    if (TITLE.test(this.text.slice(start, end)) && this.text[start - 1] !== undefined && this.text.slice(lineStart, start).trimEnd().endsWith(',')) {
      const commaAt = this.text.lastIndexOf(',', start - 1);
      let s2 = chunkStart(commaAt);
      while (s2 < commaAt && /\s/u.test(this.text[s2] as string)) s2++;
      const named = HONORIFIC_NAME.exec(this.text.slice(s2, commaAt));
      if (named) speaker = this.classify(s2, end, 'strict');
    }
    return speaker ?? undefined;
  }

  private officialSpeaker(official: Official, start: number, end: number, resolved = false): Speaker {
    return { speaker: official.name, official, start, end, resolved, kind: 'person' };
  }

  /**
   * Who `text.slice(start, end)` names. `label`: an official, a title or pronoun resolved, or
   * `ông`/`bà` and a name; `strict` also takes a speaker noun (`đại diện …`, `Bộ Ngoại giao`);
   * `lenient` (after a quotation) also any short phrase with a capitalized word (`quan chức Iran`).
   */
  private classify(start: number, end: number, mode: 'label' | 'strict' | 'lenient'): Speaker | undefined {
    let s = this.text.slice(start, end);
    const conj = /^(?:và|nhưng|còn)\s+/iu.exec(s);
    if (conj) {
      start += conj[0].length;
      s = s.slice(conj[0].length);
    }
    s = s.trim();
    if (s === '' || NOT_SUBJECT.has(foldKey(s))) return undefined;
    // A speaker runs on across no furniture (`quan chức (Ảnh: X) Iran`), as a name in extract does not.
    if (this.furnitureIn(start, start + s.length)) return undefined;
    // An official written there.
    let m: OfficialMention | undefined;
    for (let k = this.firstMentionFrom(start); k < this.mentions.length && !m; k++) {
      const x = this.mentions[k] as OfficialMention;
      if (x.start >= end) break; // nor can it end by `end`
      if (x.end <= end && this.text.slice(start, x.start).trim() === '' && this.text.slice(x.end, end).trim() === '') m = x;
    }
    if (m) return this.officialSpeaker(m.official, m.start, m.end);
    // A mention overlapping the span: of those starting before its end, one reaches past its start.
    const last = this.firstMentionFrom(end) - 1;
    if (last >= 0 && (this.reach[last] as number) > start) return undefined;
    const key = foldKey(s);
    if (PRONOUN.has(key)) return this.resolvePronoun(PRONOUN.get(key), start, end);
    const person = (name: string, official = this.officialByName(name)): Speaker =>
      official ? { speaker: official.name, official, start, end: start + s.length, resolved: false, kind: 'person' } : { speaker: name, official: null, start, end: start + s.length, resolved: false, kind: 'person' };
    const phrase = (kind: SpeakerKind): Speaker => ({ speaker: s, official: null, start, end: start + s.length, resolved: false, kind });
    // `Người đứng đầu Chính phủ` is the Thủ tướng; `nhà lãnh đạo Trung Quốc`, the official whose title names China.
    const periphrasis = PERIPHRASIS.exec(s);
    if (periphrasis && periphrasis[0].length === s.length) {
      const title = PERIPHRASES.get(foldKey(s));
      if (title !== undefined) return this.resolveTitle(title, start, start + s.length);
    }
    const leader = LEADER_OF.exec(s);
    if (leader && PLACES.has(foldKey(leader[1] as string))) {
      const o = this.lastOfficialOf(leader[1] as string, start);
      if (o) return this.officialSpeaker(o, start, start + s.length, true);
    }
    if (TITLE.test(s) && !QUANTIFIED.test(s)) {
      if (wordCount(s) > 14) return undefined;
      const resolved = wordCount(s) > 8 ? undefined : this.resolveTitle(s, start, end);
      if (resolved || mode === 'label') return resolved;
      // `Trưởng ban Công tác đại biểu Nguyễn Thị Thanh`: a title and a name extract did not pair.
      const named = TRAILING_NAME.exec(s);
      const head = (TITLE.exec(s) as RegExpExecArray)[0];
      if (named && !NAME_AFTER_NOT.test(s.slice(0, named.index)) && !ORG_HEAD.test(named[1] as string)) {
        const words = (named[1] as string).split(/\s+/u);
        while (words.length > 0 && PLACES.has(foldKey(words[0] as string))) words.shift();
        // One word only right after the title (`Bộ trưởng Kosiniak-Kamysz`), and not an acronym (`Chủ tịch EVN`).
        const alone = words.length === 1 && named.index + 1 === head.length + 1 && !/^[\p{Lu}\d-]+$/u.test(words[0] as string);
        if (words.length >= 2 || alone) return person(words.join(' '));
      }
      // `Bộ trưởng Tài chính Vương quốc Anh cho biết`: a title with its country or organization, no name.
      if (!/\s\p{Lu}/u.test(s.slice(head.length)) || INNER_STOP.test(s) || wordCount(s) > 8) return undefined;
      // `ông Hồng Thiên Chúc, Chủ tịch Tập đoàn Texhong` earlier: the title stands for that name.
      const apposed = this.apposedTo(s, start);
      if (apposed) return { ...person(apposed), resolved: true };
      return phrase(/^Đại sứ quán/u.test(s) ? 'organization' : 'role');
    }
    const named = HONORIFIC_NAME.exec(s);
    if (named && !(mode === 'label' && named[2] !== undefined)) {
      const name = (named[1] as string).trim();
      if (PLACES.has(foldKey(name))) return undefined;
      return person(name);
    }
    if (mode === 'label') return undefined;
    if (NOT_SUBJECT_START.test(s) || INNER_STOP.test(s) || wordCount(s) > 12) return undefined;
    // `hai Thủ tướng`, `các Bộ trưởng`: a role.
    if (QUANTIFIED.test(s) && TITLE.test(s.replace(QUANTIFIED, ''))) return phrase('role');
    const noun = SPEAKER_NOUN.exec(s);
    if (noun) {
      // `Bộ`, `Ban` name an organization only with a capitalized name after them; `bên` is a speaker counted (`hai bên`).
      const head = noun[1] as string;
      if (/^\p{Lu}/u.test(head) && wordCount(head) === 1 && !/^\s+\p{Lu}/u.test(s.slice(noun[0].length))) return undefined;
      if (GROUP_NOUNS.has(foldKey(head)) && !QUANTIFIED.test(s)) return undefined;
      // `đại biểu Nguyễn Tuấn Anh`, `chuyên gia Vượt`: a role and a person's name.
      const named = PERSON_NOUNS.has(foldKey(head)) ? TRAILING_NAME.exec(s) : null;
      if (named && !NAME_AFTER_NOT.test(s.slice(0, named.index)) && !ORG_HEAD.test(named[1] as string) && !PLACES.has(foldKey(named[1] as string))) {
        // Right after the noun (`đại biểu Vượt`), or after its organization (`Lãnh đạo đa số Thượng viện John Thune`); no acronym (`Lãnh đạo ACV`).
        const between = s.slice(noun[0].length, named.index);
        const direct = between.trim() === '';
        if (!/^[\p{Lu}\d-]+$/u.test(named[1] as string) && (direct || ((named[1] as string).includes(' ') && /\p{Lu}/u.test(between)))) return person(named[1] as string);
      }
      return phrase(ORGANIZATION_NOUNS.has(head) ? 'organization' : 'role');
    }
    if (mode !== 'lenient' || /\d/u.test(s) || !/(?:^|\s)\p{Lu}/u.test(s) || PLACES.has(key)) return undefined;
    // `David Bahnsen - Giám đốc đầu tư của The Bahnsen Group`: a name and its title.
    const apposed = APPOSED_NAME.exec(s);
    if (apposed && CAP_NAME.test(apposed[1] as string)) return person(apposed[1] as string);
    if (wordCount(s) > 8) return undefined;
    if (CAP_NAME.test(s)) return person(s);
    return phrase(/^\p{Lu}/u.test(s) ? 'organization' : 'role');
  }

  /** The name written `ông X, <title>` before `at`, the title as given (`Chủ tịch Tập đoàn Texhong`). */
  private apposedTo(title: string, at: number): string | undefined {
    const i = this.text.lastIndexOf(`, ${title}`, at - title.length - 2);
    if (i < 0) return undefined;
    const named = APPOSITION_NAME.exec(this.text.slice(Math.max(0, i - 80), i));
    return named ? (named[1] as string) : undefined;
  }

  /** The official last mentioned before `at` whose title names `place` (`nhà lãnh đạo Anh` → `Thủ tướng Anh …`). */
  private lastOfficialOf(place: string, at: number): Official | undefined {
    const key = foldKey(place);
    const holds = (o: Official) => o.titles.some((t) => ` ${foldKey(t)} `.includes(` ${key} `));
    for (let k = this.firstMentionFrom(at) - 1; k >= 0; k--) {
      const m = this.mentions[k] as OfficialMention;
      if (m.end <= at && holds(m.official)) return m.official;
    }
    return undefined;
  }

  /** The official of the article named `name` or whose name ends with it (`Hiếu`, `Trump`), if exactly one. */
  private officialByName(name: string): Official | undefined {
    if (!this.nameIndex) {
      // Each official under its folded name and under each run of its last words.
      this.nameIndex = new Map();
      for (const o of this.article.doc.officials) {
        const words = foldKey(o.name).split(' ');
        for (let j = 0; j < words.length; j++) {
          pushTo(this.nameIndex, words.slice(j).join(' '), o);
        }
      }
    }
    const found = this.nameIndex.get(foldKey(name)) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  /** `Bộ trưởng cho biết`: the one official the article gave that title before. */
  private resolveTitle(s: string, start: number, end: number): Speaker | undefined {
    // The officials with a title that is the key or starts with its words, or with the key as a
    // role, in the order of their first mentions: the one mentioned before `start`, if only one is.
    const key = titleKey(s);
    const before = this.officialsTitled(key).filter((f) => f.first < start);
    if (before.length === 0) return undefined;
    if (before.length === 1) return this.officialSpeaker((before[0] as { official: Official }).official, start, end, true);
    // Several: the one who spoke last (`Thứ trưởng Bộ Ngoại giao Nga I. Morgulov bày tỏ … Thứ trưởng
    // khẳng định …`), else the one given exactly this title (`Thủ tướng`, not `Thủ tướng Nhật Bản`),
    // else the one mentioned last before it.
    const officials = new Set(before.map((f) => f.official));
    for (let k = this.quotes.length - 1; k >= 0 && k >= this.quotes.length - 20; k--) {
      const q = this.quotes[k] as Quote;
      const o = q.official && this.officialOf.get(q);
      if (o && q.start < start && officials.has(o)) return this.officialSpeaker(o, start, end, true);
    }
    const exact = before.filter((f) => f.official.titles.some((t) => titleKey(t) === key));
    if (exact.length === 1) return this.officialSpeaker((exact[0] as { official: Official }).official, start, end, true);
    let last: OfficialMention | undefined;
    for (let k = this.firstMentionFrom(start) - 1; k >= 0 && !last; k--) {
      const m = this.mentions[k] as OfficialMention;
      if (officials.has(m.official) && m.end <= start) last = m;
    }
    return last ? this.officialSpeaker(last.official, start, end, true) : undefined;
  }

  private officialsTitled(key: string): { first: number; official: Official }[] {
    let firsts = this.titleFirsts.get(key);
    if (firsts) return firsts;
    if (!this.titleIndex) {
      const index = new Map<string, Set<Official>>();
      for (const o of this.article.doc.officials) {
        for (const t of o.titles) {
          const words = titleKey(t).split(' ');
          for (let j = 1; j <= words.length; j++) addTo(index, words.slice(0, j).join(' '), o);
        }
        for (const r of o.roles ?? [o.role]) if (r !== undefined) addTo(index, foldKey(r), o);
      }
      this.titleIndex = index;
    }
    firsts = [...(this.titleIndex.get(key) ?? [])]
      .map((official) => ({ official, first: Math.min(...official.mentions.map((m) => m.start)) }))
      .sort((a, b) => a.first - b.first);
    this.titleFirsts.set(key, firsts);
    return firsts;
  }

  /** `ông nói`: the one person named in this paragraph before it, or else in the nearest paragraph before that names any. */
  private resolvePronoun(gender: 'm' | 'f' | undefined, start: number, end: number): Speaker | undefined {
    const line = this.lineIndex.lineOf(start);
    // `bà` only for a woman the article writes `bà X` (or `… Thị …`); `ông` for anyone not known to be one.
    const fits = ([female, male]: boolean[]) => (gender === 'm' ? !female || male : gender === 'f' ? female && !male : true);
    const official = (o: Official) => {
      let s = this.fitsOf.get(o);
      if (!s) this.fitsOf.set(o, (s = sexOf(o.name, o.mentions.map((x) => x.text))));
      return s;
    };
    for (let l = line; l >= 1 && l > line - 6; l--) {
      const from = this.lineStarts[l - 1] as number;
      const to = l === line ? start : ((this.lineStarts[l] as number | undefined) ?? this.text.length);
      const people = new Map<string, Speaker>();
      // Two people or more: no answer, however many more there are.
      for (let k = this.firstMentionFrom(from); k < this.mentions.length && people.size < 2; k++) {
        const x = this.mentions[k] as OfficialMention;
        if (x.start >= to) break;
        if (fits(official(x.official))) people.set(foldKey(x.official.name), this.officialSpeaker(x.official, start, end, true));
      }
      const named = this.named.get(l);
      for (let k = 0; named && k < named.entries.length && people.size < 2; ) {
        const n = named.entries[k] as Named;
        // A key already there stays as it is: skip the entries with it that follow.
        if (people.has(n.key)) {
          k = named.next[k] ?? named.entries.length;
          continue;
        }
        if (n.at < to && fits(n.sex) && n.person) people.set(n.key, { ...n.speaker, start, end, resolved: true, kind: 'person' });
        k++;
      }
      if (people.size === 1) return [...people.values()][0];
      if (people.size > 1) {
        // `Ngoại trưởng X cũng tuyên bố … Ông cũng phủ nhận …`: the one who spoke last in the paragraph, if one of them.
        const q = this.quotes[this.quotes.length - 1];
        if (l === line && q && q.line === line && q.start < start && !q.resolved) {
          const key = foldKey(q.speaker);
          const p = people.get(key);
          if (p) return p;
        }
        return undefined;
      }
    }
    return undefined;
  }
}

/** Whether a person is written as a woman (`… Thị …`, `bà X`) and as a man (`… Văn …`, `ông X`). */
function sexOf(name: string, written: readonly string[]): boolean[] {
  return [/\sThị(\s|$)/u.test(name) || written.some((w) => /^bà\s/iu.test(w)), /\sVăn(\s|$)/u.test(name) || written.some((w) => /^ông\s/iu.test(w))];
}

/** The index of the first of sorted `values` above `at`. */
const upperBound = (values: readonly number[], at: number): number => partitionPoint(values, (v) => v <= at);

/** A line the interviewer speaks: `- Thứ trưởng có thể cho biết …?`, `PV: …`. */
function isQuestion(body: string): boolean {
  const t = body.trim();
  return (/^[-–—]\s/u.test(t) && t.includes('?')) || INTERVIEWER.test(t);
}

/** Pairs of quotation marks on one line: `“…”` (nested ones inside), `«…»`, and straight `"…"` paired in turn. */
export function quotePairs(text: string, start: number, end: number): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let depth = 0;
  let open = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“' || c === '«') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === '”' || c === '»') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ open, close: i });
    } else if (c === '"' && depth === 0) {
      if (straight < 0) {
        if (/\S/u.test(text[i + 1] ?? ' ')) straight = i;
      } else if (/\S/u.test(text[i - 1] ?? ' ')) {
        out.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

/** Leave a sentence's final full stop out of reported speech. */
function trimFinalStop(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.;]/u.test(text[e - 1] as string)) e--;
  return e;
}

/** Every quotation of an article, in text order. */
export function findQuotes(article: Article): Quote[] {
  return new Finder(article).run();
}
