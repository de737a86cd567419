// Attribution: the subject of a speech verb in its sentence, which is who said what the verb
// introduces. Usually the words right before the verb, back to the start of its clause, without
// the adverbs and times between them (`Bộ trưởng X hôm qua đã khẳng định`); an official's
// mention ending there; a verb with no subject of its own (`Thủ tướng hoan nghênh …, nhấn mạnh
// …`) takes the sentence's. speakers.ts says who the words name.
import type { Article } from '../corpus/article.js';
import { partitionPoint } from '../text/spans.js';
import { isSpace, mostWords, TailPattern } from '../text/tail.js';
import { ROLE_PREFIXES, TITLES } from '../kinds/officials/lexicon.js';
import { ADVERBS, TIME_WORDS, TITLE_PERIPHRASES } from './lexicon.js';
import { ENDS_WITH_VERB, VerbsByLine } from './cues.js';
import { alternation, capitalize, L, lineAt, NAME_WORD, wordCount } from './patterns.js';
import type { Quote, Speaker } from './quote.js';
import { HONORIFIC_NAME, TITLE, type Speakers } from './speakers.js';

/** `đã`, `cũng`, `hôm qua` … between a subject and its verb. */
const TRAILING_ADVERB = new TailPattern(new RegExp(`(?:^|\\s)(?:${alternation(ADVERBS)})\\s*,?\\s*$`, 'iu'), { runs: mostWords(ADVERBS), trailing: ',' });
/** The words TRAILING_TIME repeats after its time word. */
const TIME_TAIL = new Set(['qua', 'nay', 'này', 'trước', 'tới']);
const TIME_DIGITS = /^\d[\d/.-]*$/u;
const GIO = /\(giờ/giu;
/** A time between a speaker and the verb: `ngày 29/1`, `hôm qua`, `tối 3/2 (giờ địa phương)`. */
const TRAILING_TIME = new TailPattern(new RegExp(`\\s(?:${alternation(TIME_WORDS)})(?:\\s+(?:qua|nay|này|trước|tới|\\d[\\d/.-]*|\\(giờ[^)]*\\)))+\\s*,?\\s*$`, 'iu'), {
  runs: mostWords(TIME_WORDS),
  trailing: ',',
  // The time word, then the words, dates and `(giờ …)` it repeats, read back from the end.
  chain: (text, a, b, from) => {
    const run = text.slice(a, b);
    if (TIME_TAIL.has(run.toLowerCase()) || TIME_DIGITS.test(run)) return a;
    if (!run.endsWith(')')) return undefined;
    // `(giờ …)`, from the first `(giờ` after the `)` before it.
    const lo = Math.max(from, text.lastIndexOf(')', b - 2) + 1);
    GIO.lastIndex = 0;
    const open = GIO.exec(text.slice(lo, b - 1));
    return open ? lo + open.index : undefined;
  },
});
/** Conjunctions before an official that starts a clause: `… và Bộ trưởng X cho biết`. */
const CLAUSE_CONJUNCTION = new TailPattern(/(?:^|\s)(?:và|nhưng|còn|đồng thời|trong khi đó|khi đó|sau đó|tuy nhiên)$/iu, { runs: 3 });
/** Marks that end a clause: the subject of a verb starts after the last one. */
const CLAUSE_MARKS = /[.,;:!?…(“”"«»]|\s[-–—]\s/gu;
const MARK_END = new Set([...'.,;:!?…(“”"«»-–—']);
/** `… và cho biết`, `… và cũng khẳng định`: a second verb of the same subject. */
const AND_BEFORE = /\s(?:và|đồng thời)(?:\s+(?:cũng|đã))?\s+$/u;
/** What may stand between a clause mark and a chained verb: `, đồng thời nhấn mạnh`, `; cũng khẳng định`. */
const CHAIN_GAP = /^\s*(?:(?:và|đồng thời|cũng|đã|còn|tiếp tục)\s+)*$/u;
/** After a sentence's subject, its predicate: a lowercase word (`Thủ tướng hoan nghênh`). */
const SUBJECT_NEXT = /^\s+(?:cũng\s+|đã\s+)?\p{Ll}/u;
/** A title or pronoun and the capitalized words after it, then a lowercase word: `Chủ tịch Tập đoàn Texhong cảm ơn`. */
const SUBJECT_HEAD = new RegExp(
  `^((?:Ông|Bà|(?:(?:${alternation(ROLE_PREFIXES)})\\s+)?(?:${alternation(TITLES.filter((t) => /^\p{Lu}/u.test(t)))}))(?:\\s+(?:${NAME_WORD}|-|–|[${L}]+(?=\\s+\\p{Lu})))*)(?=\\s+\\p{Ll})`,
  'u',
);
/** `Người đứng đầu Chính phủ cũng hoan nghênh`: a periphrasis opening the sentence. */
const PERIPHRASIS_HEAD = new RegExp(`^(${alternation(TITLE_PERIPHRASES.map((p) => capitalize(p.phrase)))})(?=\\s+\\p{Ll})`, 'u');

/** The first of sorted `values` above `at`. */
const upperBound = (values: readonly number[], at: number): number => partitionPoint(values, (v) => v <= at);

/** Reported speech found before, for a verb chained to its sentence's subject. */
export interface LastReported {
  quote: Quote;
  sentence: number;
}

/** The subjects of one article's speech verbs. */
export class Attribution {
  private readonly text: string;
  /** By line start: where its clause marks end (clauseStart). */
  private readonly clauseMarks = new Map<number, number[]>();
  private readonly verbs: VerbsByLine;
  /** Each sentence's subject, once asked (sentenceSubject). */
  private readonly sentenceSubjects = new Map<number, Speaker | null>();

  constructor(
    private readonly article: Article,
    private readonly speakers: Speakers,
  ) {
    this.text = article.text;
    this.verbs = new VerbsByLine(this.text);
  }

  /** The speaker of a verb at `verbAt`: the clause's subject right before it. */
  subjectBefore(verbAt: number, lineStart: number, depth = 0): Speaker | undefined {
    const { text, speakers } = this;
    const end = this.stripAdverbs(lineStart, verbAt);
    if (end <= lineStart) return undefined;
    // An official's mention ending there, at the start of a clause (appositions hold commas).
    const m = speakers.mentionEndingAt(end, lineStart);
    if (m) {
      const before = text.slice(lineStart, m.start).trimEnd();
      const b = lineStart + before.length;
      if (before === '' || MARK_END.has(before[before.length - 1] as string) || CLAUSE_CONJUNCTION.exec(text, lineStart, b)) {
        return speakers.official(m.official, m.start, m.end);
      }
      // `… từ Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh`: a mention running on over a comma
      // into the next clause's title; that title is the subject.
      const comma = text.lastIndexOf(',', end - 1);
      if (comma > m.start) {
        const t = this.skipSpaces(comma + 1, end);
        const title = text.slice(t, end);
        if (wordCount(title) <= 4 && TITLE.test(title) && (TITLE.exec(title) as RegExpExecArray)[0].length === title.length) {
          return speakers.resolveTitle(title, t, end);
        }
      }
      return undefined;
    }
    const start = this.skipSpaces(this.clauseStart(lineStart, end), end);
    const chained = ENDS_WITH_VERB.exec(text, start, end);
    if (chained) return depth < 2 ? this.subjectBefore(start + chained.index, lineStart, depth + 1) : undefined;
    if (this.verbs.has(lineStart, start, end)) return undefined;
    let speaker = speakers.classify(start, end, 'strict');
    // `ông Piere Eladari, Giám đốc điều hành Tập đoàn Puma Energy, cho biết`: a title in apposition to a name.
    if (TITLE.test(text.slice(start, end)) && text[start - 1] !== undefined && text.slice(lineStart, start).trimEnd().endsWith(',')) {
      const commaAt = text.lastIndexOf(',', start - 1);
      const s2 = this.skipSpaces(this.clauseStart(lineStart, commaAt), commaAt);
      const named = HONORIFIC_NAME.exec(text.slice(s2, commaAt));
      if (named) speaker = speakers.classify(s2, end, 'strict');
    }
    return speaker ?? undefined;
  }

  /**
   * A verb opening a clause with no subject of its own (`Thủ tướng hoan nghênh …, nhấn mạnh …`,
   * `X khẳng định …; bày tỏ mong muốn …`): the subject is the sentence's, the speaker of the
   * sentence's reported speech before it (`last`), else a speaker opening one of its first clauses.
   */
  chained(at: number, lineStart: number, last: LastReported | undefined): Speaker | undefined {
    const clause = this.clauseStart(lineStart, at);
    // After a clause mark (`…, nhấn mạnh`), or after `và` (`X cảm ơn cử tri và cho biết …`).
    const afterMark = clause > lineStart && /[,;]$/u.test(this.text.slice(clause - 1, clause)) && CHAIN_GAP.test(this.text.slice(clause, at));
    if (!afterMark && !AND_BEFORE.test(this.text.slice(Math.max(lineStart, at - 24), at))) return undefined;
    const sentence = this.article.sentences.indexOf(at);
    // Reported speech of the sentence running over it holds it: `khẳng định A; bày tỏ mong muốn B` is one.
    if (last && last.sentence === sentence && last.quote.start < at) return undefined;
    let found = this.sentenceSubjects.get(sentence);
    if (found === undefined) {
      found = this.sentenceSubject(sentence, lineStart) ?? null;
      this.sentenceSubjects.set(sentence, found);
    }
    return found !== null && found.end <= at ? found : undefined;
  }

  /** Where the clause holding `to` starts: after the last clause mark of its line before it (`lineStart` if none). */
  clauseStart(lineStart: number, to: number): number {
    const ends = this.clauseMarksOf(lineStart);
    const k = upperBound(ends, to) - 1;
    return k >= 0 ? (ends[k] as number) : lineStart;
  }

  /** Where the clause marks of the line at `lineStart` end, listed once: those that end by `to` are the marks of text[lineStart, to). */
  private clauseMarksOf(lineStart: number): number[] {
    let ends = this.clauseMarks.get(lineStart);
    if (!ends) {
      ends = [];
      const line = lineAt(this.text, lineStart);
      CLAUSE_MARKS.lastIndex = 0;
      for (let c = CLAUSE_MARKS.exec(line); c; c = CLAUSE_MARKS.exec(line)) ends.push(lineStart + c.index + c[0].length);
      this.clauseMarks.set(lineStart, ends);
    }
    return ends;
  }

  /** A speaker opening one of the first clauses of a sentence and followed by a lowercase word: its subject. */
  private sentenceSubject(sentence: number, lineStart: number): Speaker | undefined {
    const { text, speakers } = this;
    const s = this.article.sentences.sentences[sentence];
    if (!s) return undefined;
    const from = Math.max(s.start, lineStart);
    const nl = text.indexOf('\n', from);
    const to = Math.min(s.end, nl < 0 ? text.length : nl);
    // The sentence start and the starts after its first clause marks (`Tại cuộc gặp, ông X …`).
    const starts = [from];
    const ends = this.clauseMarksOf(lineStart);
    for (let k = upperBound(ends, from); k < ends.length && starts.length < 4; k++) {
      const e = ends[k] as number;
      if (e >= to) break;
      if (/[,;]/u.test(text[e - 1] as string)) starts.push(e);
    }
    for (const start of starts) {
      const c = this.skipSpaces(start, to);
      const m = speakers.mentions[speakers.firstMentionFrom(c)];
      if (m && m.start === c && m.end < to && SUBJECT_NEXT.test(text.slice(m.end, m.end + 20))) return speakers.official(m.official, m.start, m.end);
      const window = text.slice(c, Math.min(to, c + 120));
      const head = SUBJECT_HEAD.exec(window) ?? PERIPHRASIS_HEAD.exec(window);
      if (head) {
        const speaker = speakers.classify(c, c + (head[1] as string).length, 'strict');
        if (speaker) return speaker;
      }
    }
    return undefined;
  }

  /** The end of a subject before a verb, with `đã`, `cũng`… and an apposition's comma left out. */
  stripAdverbs(start: number, end: number): number {
    const { text } = this;
    let e = end;
    for (let m = TRAILING_ADVERB.exec(text, start, e) ?? TRAILING_TIME.exec(text, start, e); m && m[0].length > 0; m = TRAILING_ADVERB.exec(text, start, e) ?? TRAILING_TIME.exec(text, start, e)) {
      e = start + m.index;
    }
    while (e > start && (isSpace(text.charCodeAt(e - 1)) || text[e - 1] === ',')) e--;
    return e;
  }

  /** The first offset from `at` (before `end`) that is not a space. */
  private skipSpaces(at: number, end: number): number {
    while (at < end && isSpace(this.text.charCodeAt(at))) at++;
    return at;
  }
}
