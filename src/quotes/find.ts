// Finding quotations in one article, line by line: speaker labels (`Thứ trưởng Lê Hoài Trung:
// …`), direct quotations with the speaker after (`“…”, ông Lê Duy Thành nói.`) or before (`Bộ
// trưởng X nhấn mạnh: “…”`), and reported speech (`Bộ trưởng X khẳng định …`, `Theo Thứ trưởng
// X, …`, `…, Phó Chủ tịch X khẳng định.`). The cues are in cues.ts, a verb's subject in
// attribution.ts, who a speaker is in speakers.ts; this file says what each shape covers and
// keeps what was found (spans quoted, verbs used).
import { pushTo } from '../collections.js';
import type { Article } from '../corpus/article.js';
import type { Mention } from '../types.js';
import { LineIndex } from '../text/normalize.js';
import { firstOverlap, partitionPoint } from '../text/spans.js';
import { isSpace } from '../text/tail.js';
import { Attribution, type LastReported } from './attribution.js';
import {
  afterQuote, endsSentenceAfterVerb, endsWithQuestion, isQuestion, quotePairs, reportedAfter, scareQuotes, speakerLabel, speechVerbs, theoAfter, theoFrom, verbAfterQuote, verbBeforeQuote,
} from './cues.js';
import { hasWords, wordCount } from './patterns.js';
import type { Quote, QuoteKind, Speaker } from './quote.js';
import { Speakers, TITLE } from './speakers.js';

interface Span {
  start: number;
  end: number;
}

/** Leave a sentence's final full stop out of reported speech. */
function trimFinalStop(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.;]/u.test(text[e - 1] as string)) e--;
  return e;
}

/**
 * Quotations in text order, a repeat left out: a sentence of eight words or more written again (a
 * photo caption repeating its paragraph, whole or cut) is one quotation; a few words said again
 * (`Chúng tôi đồng ý`) are said twice.
 */
function withoutRepeats(quotes: Quote[]): Quote[] {
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Set<string>();
  const bySpeaker = new Map<string, string[]>();
  return quotes.filter((q) => {
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

/** One pass over an article. */
class Finder {
  private readonly quotes: Quote[] = [];
  private readonly text: string;
  private readonly lineIndex: LineIndex;
  private readonly lineStarts: number[] = [];
  private readonly speakers: Speakers;
  private readonly attribution: Attribution;
  /**
   * Spans already quoted (quotation marks, labels): reported speech is not looked for inside. By
   * line (none crosses a line, and a line's are all known before it is asked about), each with
   * the spans sorted by start and their furthest end so far, made when first asked.
   */
  private readonly quoted = new Map<number, { spans: Span[]; sorted?: { starts: number[]; reach: number[] } }>();
  /** The last reported speech found and its sentence (chained). */
  private lastReported?: LastReported;
  /** Where reported speech found so far starts (a verb there opens what was said, `bày tỏ tin tưởng …`). */
  private readonly reportedFrom = new Set<number>();
  /** Verbs already used to attribute a direct quotation. */
  private readonly usedVerbs = new Set<number>();

  constructor(private readonly article: Article) {
    this.text = article.text;
    this.lineIndex = new LineIndex(this.text);
    this.lineStarts.push(0);
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.speakers = new Speakers(article, this.lineIndex, this.lineStarts);
    this.attribution = new Attribution(article, this.speakers);
  }

  run(): Quote[] {
    const lines = this.lineStarts.map((start, i) => {
      const next = this.lineStarts[i + 1];
      return { start, end: next === undefined ? this.text.length : next - 1 };
    });
    for (const [i, line] of lines.entries()) {
      if (isQuestion(this.text.slice(line.start, line.end))) {
        this.quote(line);
        continue;
      }
      const label = this.label(line);
      this.direct(line, lines[i - 1], label);
      this.reported(line);
      this.theo(line);
    }
    return withoutRepeats(this.quotes);
  }

  private add(kind: QuoteKind, speaker: Speaker, verb: string | null, start: number, end: number): void {
    // Furniture blanked inside the quotation (a photo credit glued into it) ends it: its words
    // are not the article's, and `text` must be the normalized text, furniture and all.
    const cut = firstOverlap(this.article.cuts, start, end);
    if (cut) end = cut.start;
    while (start < end && isSpace(this.text.charCodeAt(start))) start++;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
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
    this.speakers.heard(quote, speaker);
  }

  private mention(start: number, end: number): Mention {
    return { text: this.text.slice(start, end), start, end, line: this.lineIndex.lineOf(start) };
  }

  /** Mark a span of one line quoted. */
  private quote(span: Span): void {
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
    const k = partitionPoint(q.sorted.starts, (s) => s <= at) - 1;
    return k >= 0 && (q.sorted.reach[k] as number) > at;
  }

  /** `Thứ trưởng Lê Hoài Trung: Hội nghị có ý nghĩa rất đặc biệt.`; the quotation found, if any. */
  private label(line: Span): Quote | undefined {
    const cue = speakerLabel(this.text.slice(line.start, line.end));
    if (!cue) return undefined;
    const speaker = this.speakers.classify(line.start + cue.headStart, line.start + cue.headEnd, 'label');
    if (!speaker) return undefined;
    const answerStart = line.start + cue.answerStart;
    const before = this.quotes.length;
    this.add('label', speaker, null, answerStart, line.end);
    this.quote({ start: answerStart, end: line.end });
    return this.quotes.length > before ? this.quotes[this.quotes.length - 1] : undefined;
  }

  /** Quotation marks attributed by a speech verb after them or before them. */
  private direct(line: Span, previous: Span | undefined, label: Quote | undefined): void {
    const pairs = quotePairs(this.text, line.start, line.end);
    for (const q of pairs) this.quote({ start: q.open, end: q.close + 1 });
    for (const q of pairs) {
      // Inside the line's interview answer (a label's quotation holds no other line).
      if (label && q.open >= label.start && q.open < label.end) continue;
      const inner = this.text.slice(q.open + 1, q.close);
      if (scareQuotes(inner)) continue;
      const found = this.after(q, line.end, inner) ?? this.before(q, line.start, previous);
      if (!found) continue;
      this.add('direct', found.speaker, found.verb, q.open + 1, q.close);
    }
  }

  /** `“…”, ông Lê Duy Thành nói.` and `“…”, theo ông X.` */
  private after(q: { open: number; close: number }, lineEnd: number, inner: string): { speaker: Speaker; verb: string } | undefined {
    const lead = afterQuote(this.text.slice(q.close + 1, lineEnd), inner);
    if (lead === undefined) return undefined;
    const from = q.close + 1 + lead;
    const tail = this.text.slice(from, lineEnd);
    const theo = theoAfter(tail);
    if (theo) {
      const sStart = from + theo.at;
      const speaker = this.speakers.classify(sStart, sStart + theo.speaker.trimEnd().length, 'strict');
      return speaker ? { speaker, verb: theo.verb } : undefined;
    }
    const v = verbAfterQuote(tail);
    if (!v) return undefined;
    const end = this.attribution.stripAdverbs(from, from + v.index);
    const speaker = this.speakers.classify(from, end, 'lenient');
    if (!speaker) return undefined;
    this.usedVerbs.add(from + v.index);
    return { speaker, verb: v[0] };
  }

  /** `Bộ trưởng X nhấn mạnh: “…”`, `ông nói với báo chí: “…”`, and a verb and colon ending the line before. */
  private before(q: { open: number; close: number }, lineStart: number, previous: Span | undefined): { speaker: Speaker; verb: string } | undefined {
    let pre = this.text.slice(lineStart, q.open);
    let base = lineStart;
    if (pre.trim() === '' && previous !== undefined) {
      pre = this.text.slice(previous.start, previous.end);
      base = previous.start;
      if (!pre.trimEnd().endsWith(':')) return undefined;
    }
    const v = verbBeforeQuote(this.text, base, base + pre.length);
    if (!v) return undefined;
    const verbAt = base + v.index;
    if (this.isQuoted(verbAt)) return undefined;
    const speaker = this.attribution.subjectBefore(verbAt, base);
    if (!speaker) return undefined;
    this.usedVerbs.add(verbAt);
    return { speaker, verb: v.verb };
  }

  /** `Bộ trưởng Bùi Thanh Sơn khẳng định …`, `ông X cho biết, …` to the end of the sentence. */
  private reported(line: Span): void {
    const body = this.text.slice(line.start, line.end);
    for (const v of speechVerbs(body)) {
      const at = line.start + v.index;
      if (this.usedVerbs.has(at) || this.isQuoted(at)) continue;
      const link = reportedAfter(body, v);
      if (link === undefined) continue;
      const contentStart = at + v[0].length + link;
      const end = this.sentenceEnd(at, line.end);
      const content = this.text.slice(contentStart, end);
      if (!hasWords(content, 4)) {
        this.verbLast(at, v[0], line.start, end);
        continue;
      }
      if (endsWithQuestion(content)) continue;
      // `bày tỏ tin tưởng rằng …`, `mong muốn và tin tưởng …`: a verb opening what another says is part of it.
      if (this.reportedFrom.has(at)) continue;
      const speaker = this.attribution.subjectBefore(at, line.start) ?? this.attribution.chained(at, line.start, this.lastReported);
      if (!speaker) continue;
      this.add('reported', speaker, v[0], contentStart, trimFinalStop(this.text, contentStart, end));
      this.lastReported = { quote: this.quotes[this.quotes.length - 1] as Quote, sentence: this.article.sentences.indexOf(at) };
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
    if (!endsSentenceAfterVerb(this.text.slice(at + verb.length, sentenceEnd))) return;
    const sentence = this.article.sentences.sentences[this.article.sentences.indexOf(at)];
    if (!sentence) return;
    const from = Math.max(sentence.start, lineStart);
    const clause = this.attribution.clauseStart(lineStart, at);
    const mark = this.text.slice(from, clause);
    const m = /(?:,|\s[-–—])\s*$/u.exec(mark);
    if (clause <= from || !m) return;
    const content = this.text.slice(from, from + m.index);
    if (!hasWords(content, 4) || /[“”"«»?]/u.test(content) || this.isQuoted(from)) return;
    const speaker = this.attribution.subjectBefore(at, lineStart);
    if (!speaker) return;
    // The words end at the comma or dash before the speaker, or at the comma before a title of a
    // few capitalized words ahead of it (`…, Phó Chủ tịch – Tổng Thư ký X khẳng định`).
    const lead = this.text.slice(from, speaker.start);
    const title = /,(\s*\p{Lu}[^,]*)$/u.exec(lead);
    const cut = title && wordCount(title[1] as string) <= 6 ? title : /(?:,|\s[-–—])\s*$/u.exec(lead);
    if (!cut || !hasWords(lead.slice(0, cut.index), 4)) return;
    this.add('reported', speaker, verb, from, trimFinalStop(this.text, from, from + cut.index));
  }

  /** `Theo Thứ trưởng X, …`, `Cũng theo ông X, …` */
  private theo(line: Span): void {
    const body = this.text.slice(line.start, line.end);
    for (let m = theoFrom(body, 0); m; ) {
      let next = m.index + m[0].length;
      const cue = m[1] as string;
      const s = m[2] as string;
      const sStart = line.start + m.index + m[0].indexOf(cue) + cue.length;
      let from = sStart;
      while (from < this.text.length && isSpace(this.text.charCodeAt(from))) from++;
      const speaker = this.isQuoted(from) ? undefined : this.speakers.classify(from, from + s.trim().length, 'strict');
      if (speaker) {
        let contentStart = line.start + m.index + m[0].length;
        // `Theo ông X, Phó Chủ tịch Hiệp hội Y, …`: the apposition is not what was said.
        const apposition = /^([^,.;:!?“”"\n]{2,150}?),\s*/u.exec(this.text.slice(contentStart, line.end));
        if (apposition && /^\p{Lu}/u.test(apposition[1] as string) && TITLE.test(apposition[1] as string)) contentStart += apposition[0].length;
        const end = this.sentenceEnd(contentStart, line.end);
        const content = this.text.slice(contentStart, end);
        if (hasWords(content, 4) && !endsWithQuestion(content)) {
          const verb = cue.replace(/\s+/gu, ' ').replace(/^Cũng t/u, 't').replace(/^T/u, 't');
          this.add('reported', speaker, verb, contentStart, trimFinalStop(this.text, contentStart, end));
          next = contentStart - line.start;
        }
      }
      m = theoFrom(body, next);
    }
  }

  private sentenceEnd(at: number, lineEnd: number): number {
    const s = this.article.sentences.sentences[this.article.sentences.indexOf(at)];
    return s === undefined ? lineEnd : Math.min(s.end, lineEnd);
  }
}

/** Every quotation of an article, in text order. */
export function findQuotes(article: Article): Quote[] {
  return new Finder(article).run();
}
