// Speech cues: what says that words are someone's. Speech verbs (`nói`, `cho biết`, `khẳng định`)
// and what may follow them (`thêm`, `rằng`, a colon), quotation marks, `Theo X, …`, an interview
// label (`Thứ trưởng X: …`) and an interviewer's question. Who the speaker is, is for
// attribution.ts and speakers.ts; these only say where a cue is and what it covers.
import { foldKey } from '../text/normalize.js';
import { partitionPoint } from '../text/spans.js';
import { mostWords, TailPattern } from '../text/tail.js';
import { INTERVIEWER_LABELS, SPEECH_VERBS, THEO_NOT_SPEAKERS, TITLE_NOUNS, VERB_LINKS, VERB_STOPS } from './lexicon.js';
import { alternation, hasWords, L, lineAt, NO_LETTER_AFTER, NO_LETTER_BEFORE, wordCount } from './patterns.js';

const VERB_ALT = alternation(SPEECH_VERBS.map((v) => v.verb));
/** A speech verb, as a whole word. */
const SPEECH_VERB = `${NO_LETTER_BEFORE}(?:${VERB_ALT})${NO_LETTER_AFTER}`;
const HAS_VERB = new RegExp(SPEECH_VERB, 'iu');
/** Each speech verb of a text, for `matchAll` only (so its own `lastIndex` stays 0). */
const VERBS = new RegExp(SPEECH_VERB, 'giu');
/** The most words a speech verb has (`cho biết thêm`). */
const VERB_WORDS = mostWords(SPEECH_VERBS.map((v) => v.verb));
/** Verbs that may take what was said right after them (`khẳng định công tác này …`; lexicon.ts). */
const CLAUSE_VERBS = new Set(SPEECH_VERBS.filter((v) => v.clause).map((v) => foldKey(v.verb)));
const isClauseVerb = (verb: string): boolean => CLAUSE_VERBS.has(foldKey(verb));

const VERB_STOP = new RegExp(`^\\s+(?:${alternation(VERB_STOPS)})${NO_LETTER_AFTER}`, 'iu');
const VERB_LINK = new RegExp(`^(?:\\s+(?:${alternation(VERB_LINKS)})${NO_LETTER_AFTER})*\\s*([,:])?\\s*`, 'iu');
const LINK_WORDS = new Set(VERB_LINKS.map((w) => w.toLowerCase()));

/** A speech verb ending a speaker phrase: `ông Taniguchi nói, cho rằng …` (the second verb's subject is the first's). */
export const ENDS_WITH_VERB = new TailPattern(new RegExp(`${NO_LETTER_BEFORE}(?:${VERB_ALT})\\s*$`, 'iu'), { runs: VERB_WORDS });
/** The verb, its links (`thêm rằng`) and a colon or comma, ending the text before a quotation. */
const VERB_BEFORE_QUOTE = new TailPattern(new RegExp(`${NO_LETTER_BEFORE}(${VERB_ALT})((?:\\s+(?:${alternation(VERB_LINKS)}))*)\\s*[:,]?\\s*$`, 'iu'), {
  runs: VERB_WORDS,
  trailing: ':,',
  chain: (text, a, b) => (LINK_WORDS.has(text.slice(a, b).toLowerCase()) ? a : undefined),
});
/** The verb, at most 100 characters and a colon, ending the text before a quotation: `phát biểu tại hội nghị: “…”`. */
const VERB_COLON_BEFORE_QUOTE = new TailPattern(new RegExp(`${NO_LETTER_BEFORE}(${VERB_ALT})${NO_LETTER_AFTER}([^.!?;“”"«»\\n]{1,100}):\\s*$`, 'iu'), { runs: VERB_WORDS, within: 101 });
/** A title noun and at most three words before the colon (`phát biểu tại hội thảo chủ đề: “…”`): the quotation is its title, not speech. */
const TITLE_NOUN_BEFORE = new TailPattern(new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(TITLE_NOUNS)})(?:\\s+[${L}\\d]+){0,3}\\s*:?\\s*$`, 'iu'), {
  runs: 3 + mostWords(TITLE_NOUNS),
  trailing: ':',
});

/** What ends the words between a quotation and its verb (after). */
const NOT_BETWEEN = /[.!?;:“”"«»(]/u;
/** After a speech verb following a quotation, what leaves the quotation its words: a stop, a comma, `với báo chí`, `thêm`. */
const SAYS_NOTHING_AFTER = /^\s*(?:[.,;:!?…)–—-]|$|(?:với|tại|trong|khi|hôm|ngày|sáng|chiều|tối|trên|trước|sau|thêm|như vậy|vậy|hồi|lúc|bên lề|qua|bằng|ở|và|đồng thời|rồi|nhưng|song)(?![\p{L}\p{M}]))/u;
/** After a speech verb ending a sentence: nothing, or `với báo chí`, `tại cuộc họp báo`, `hôm 3/2`. */
const VERB_LAST_TAIL = /^\s*(?:(?:với|tại|trong|khi|hôm|ngày|sáng|chiều|tối|trên|trước)(?:\s+[^\s,;:]+){0,6})?\s*[.!…]?\s*$/u;
const THEO = /(?:^|[.!?…]\s+|[,;]\s+)((?:[Cc]ũng\s+)?[Tt]heo(?:\s+lời)?)\s+([^,.;:!?“”"\n]{2,120}?)\s*,\s*/gu;
const THEO_NOT = new RegExp(`^(?:${alternation(THEO_NOT_SPEAKERS)})${NO_LETTER_AFTER}`, 'iu');
/** `“…”, theo ông X.` */
const THEO_AFTER = /^theo(?:\s+lời)?\s+([^.,;:!?“”"\n]+)/iu;
const INTERVIEWER = new RegExp(`^(?:${alternation(INTERVIEWER_LABELS)})\\s*:`, 'iu');
const SENTENCE_END = /[.!?…”"»)]\s*$/u;

/** Each speech verb of `text`, in order. */
export const speechVerbs = (text: string): IterableIterator<RegExpExecArray> => text.matchAll(VERBS);

/** `/\?\s*$/u.test(s)`, reading from the end. */
export const endsWithQuestion = (s: string): boolean => s.trimEnd().endsWith('?');

/** A line the interviewer speaks: `- Thứ trưởng có thể cho biết …?`, `PV: …`. */
export function isQuestion(body: string): boolean {
  const t = body.trim();
  return (/^[-–—]\s/u.test(t) && t.includes('?')) || INTERVIEWER.test(t);
}

/** Too few words in quotation marks to be a quotation: scare quotes, độ “phủ sóng”. */
export const scareQuotes = (inner: string): boolean => wordCount(inner) < 3;

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

/**
 * `Thứ trưởng Lê Hoài Trung: Hội nghị có ý nghĩa rất đặc biệt.`: the speaker label's head (at
 * most twelve words, no punctuation) and where the answer starts, offsets into `body`. A headline
 * (`Thứ trưởng X: Cộng đồng quốc tế đánh giá cao …`) has no full stop; an answer does.
 */
export function speakerLabel(body: string): { headStart: number; headEnd: number; answerStart: number } | undefined {
  const lead = body.length - body.trimStart().length;
  const colon = body.indexOf(':');
  if (colon < 0 || colon > 100) return undefined;
  const head = body.slice(lead, colon);
  if (/[.,;!?“”"«»()]/u.test(head) || wordCount(head) > 12 || wordCount(head) === 0) return undefined;
  const answer = body.slice(colon + 1).trim();
  if (wordCount(answer) < 3 || !SENTENCE_END.test(answer)) return undefined;
  return { headStart: lead, headEnd: lead + head.trimEnd().length, answerStart: colon + 1 };
}

/**
 * What follows a quotation's closing mark on its line, when it can attribute it: where the cue
 * starts (after a comma or dash) in `rest`. The quotation must end its clause: a comma or dash
 * after it, or its own punctuation inside.
 */
export function afterQuote(rest: string, inner: string): number | undefined {
  const lead = /^\s*([,;]|[-–—])?\s*/u.exec(rest) as RegExpExecArray;
  if (lead[1] === undefined && !/[.,!?…]\s*$/u.test(inner)) return undefined;
  return lead[0].length;
}

/** `theo ông X` opening the text after a quotation: the speaker's words, and the cue as written (`theo`). */
export function theoAfter(tail: string): { speaker: string; at: number; verb: string } | undefined {
  const theo = THEO_AFTER.exec(tail);
  if (!theo) return undefined;
  return { speaker: theo[1] as string, at: theo[0].length - (theo[1] as string).length, verb: tail.slice(0, tail.search(/\s/u)) };
}

/**
 * The speech verb of a quotation written after it (`“…”, ông Lê Duy Thành nói.`): the first in
 * `tail` before any stop, with at most twelve words before it, when the quotation is what it says.
 * `“…”, Thủ tướng nhấn mạnh tầm quan trọng của …`: the verb says what follows it, not the quotation.
 */
export function verbAfterQuote(tail: string): RegExpExecArray | undefined {
  // A verb after the first stop would have it between: look no further than that stop.
  const stop = NOT_BETWEEN.exec(tail);
  const v = HAS_VERB.exec(stop ? tail.slice(0, stop.index + 1) : tail);
  if (!v) return undefined;
  const between = tail.slice(0, v.index);
  if (NOT_BETWEEN.test(between) || wordCount(between) > 12) return undefined;
  const said = tail.slice(v.index + v[0].length);
  if (isClauseVerb(v[0]) && !SAYS_NOTHING_AFTER.test(said) && hasWords(said.slice(0, Math.max(0, said.search(/[.!?…]/u)) || said.length), 4)) return undefined;
  return v;
}

/**
 * The speech verb ending `text[from, to)` before a quotation (`Bộ trưởng X nhấn mạnh: “…”`, `ông
 * nói với báo chí: “…”`): its index from `from` and the verb as written.
 */
export function verbBeforeQuote(text: string, from: number, to: number): { index: number; verb: string } | undefined {
  const direct = VERB_BEFORE_QUOTE.exec(text, from, to);
  const colon = direct ? undefined : VERB_COLON_BEFORE_QUOTE.exec(text, from, to);
  const m = direct ?? colon;
  if (!m) return undefined;
  if (colon && (TITLE_NOUN_BEFORE.exec(text, from, to) || wordCount(colon[2] as string) > 12)) return undefined;
  return { index: m.index, verb: m[1] as string };
}

/**
 * After a speech verb `v` of `line` (not one written capitalized: `Tuyên bố chung`, `Thông báo`
 * are nouns), how long its links and mark are (`thêm rằng`, `:`) when what was said follows
 * them; undefined when it does not (`nói về`, `phát biểu tại`, a quotation mark).
 */
export function reportedAfter(line: string, v: RegExpExecArray): number | undefined {
  if (/^\p{Lu}/u.test(v[0])) return undefined;
  const afterVerb = line.slice(v.index + v[0].length);
  if (VERB_STOP.test(afterVerb)) return undefined;
  const link = VERB_LINK.exec(afterVerb) as RegExpExecArray;
  const marked = link[1] !== undefined || /(?:rằng|là)/iu.test(link[0]);
  if (!marked && !isClauseVerb(v[0])) return undefined;
  if (/^[“"«]/u.test(afterVerb.slice(link[0].length, link[0].length + 1))) return undefined;
  return link[0].length;
}

/** After a speech verb ending a sentence, is `tail` what may follow it (nothing, `với báo chí`, `hôm 3/2`)? */
export const endsSentenceAfterVerb = (tail: string): boolean => VERB_LAST_TAIL.test(tail);

/** `Theo Thứ trưởng X, …`, `Cũng theo ông X, …` from `from` in `line`: the cue as written (`m[1]`) and its speaker's words (`m[2]`). */
export function theoFrom(line: string, from: number): RegExpExecArray | null {
  THEO.lastIndex = from;
  for (let m = THEO.exec(line); m; m = THEO.exec(line)) if (!THEO_NOT.test(m[2] as string)) return m;
  return null;
}

/** Is a speech verb in `text.slice(start, end)`, a clause of a line? From the line's verbs, listed once. */
export class VerbsByLine {
  private readonly lines = new Map<number, { starts: number[]; ends: number[] }>();

  constructor(private readonly text: string) {}

  has(lineStart: number, start: number, end: number): boolean {
    let verbs = this.lines.get(lineStart);
    if (!verbs) {
      verbs = { starts: [], ends: [] };
      for (const v of speechVerbs(lineAt(this.text, lineStart))) {
        verbs.starts.push(lineStart + v.index);
        verbs.ends.push(lineStart + v.index + v[0].length);
      }
      this.lines.set(lineStart, verbs);
    }
    // No verb of the line starts before a clause and ends inside it; a verb from `start` on that
    // runs past `end` (`cho biết thêm`) may hold a shorter one (`cho biết`) that does not.
    const k = partitionPoint(verbs.starts, (v) => v <= start - 1);
    const at = verbs.starts[k];
    if (at === undefined || at >= end) return false;
    return (verbs.ends[k] as number) <= end || HAS_VERB.test(this.text.slice(at, end));
  }
}
