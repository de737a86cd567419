// Speaker resolution: who the words before or after a speech verb name. An official of `extract`
// written there; a title or pronoun standing for the one official or person it can mean (`Bộ
// trưởng cho biết`, `ông nói`), from the speakers heard so far and the article's officials; a name
// (`ông X`, `đại biểu Nguyễn Tuấn Anh`); or a noun phrase, a role or an organization (`đại diện
// Ban Đối ngoại Trung ương`, `Bộ Ngoại giao`). Each article's lookups (officials by title, by name,
// mentions by offset) are made once, when first asked.
import { addTo, pushTo } from '../collections.js';
import type { Article } from '../corpus/article.js';
import type { Official, SpeakerKind } from '../types.js';
import { foldKey, type LineIndex } from '../text/normalize.js';
import { firstOverlap, partitionPoint } from '../text/spans.js';
import { ROLE_PREFIXES, TITLES } from '../kinds/officials/lexicon.js';
import { COUNTRIES, VIETNAM_PLACES } from '../lexicon/places.js';
import {
  GROUP_SPEAKERS, HONORIFICS, NOT_IN_SPEAKER, NOT_SUBJECTS, ORGANIZATION_HEADS, PERSON_SPEAKER_NOUNS, PRONOUNS, QUANTIFIERS, SPEAKER_NOUNS, TITLE_PERIPHRASES,
} from './lexicon.js';
import { alternation, capitalize, NAME, NAME_WORD, NO_LETTER_AFTER, withCapitalized, wordCount } from './patterns.js';
import type { Quote, Speaker } from './quote.js';

/** `ông` or `bà` (or a title of science) and a name, then perhaps a comma and more: `ông Lê Duy Thành`. */
export const HONORIFIC_NAME = new RegExp(`^(?:${alternation(withCapitalized(HONORIFICS))})\\s+(${NAME})(?:\\s*,\\s*(.+))?$`, 'u');
/** A title, with its role prefix (`Phó`, `Quyền`…), opening the text: `Thứ trưởng Bộ Ngoại giao …`. */
export const TITLE = new RegExp(`^(?:(?:${alternation(ROLE_PREFIXES)})\\s+)?(?:${alternation(TITLES)})${NO_LETTER_AFTER}`, 'iu');
const CAP_NAME = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}$`, 'u');
const SPEAKER_NOUN = new RegExp(`^(?:(?:${alternation(withCapitalized(QUANTIFIERS))})\\s+)?(${alternation(withCapitalized(SPEAKER_NOUNS))})${NO_LETTER_AFTER}`, 'u');
const QUANTIFIED = new RegExp(`^(?:${alternation(QUANTIFIERS)})\\s+`, 'iu');
const PRONOUN = new Map(PRONOUNS.map((p) => [foldKey(p.word), p.gender] as const));
const NOT_SUBJECT = new Set(NOT_SUBJECTS.map(foldKey));
const NOT_SUBJECT_START = new RegExp(`^(?:${alternation(NOT_SUBJECTS)})${NO_LETTER_AFTER}`, 'iu');
const INNER_STOP = new RegExp(`(?:^|\\s)(?:${alternation(NOT_IN_SPEAKER)})${NO_LETTER_AFTER}`, 'iu');
const PLACES = new Set([...COUNTRIES, ...VIETNAM_PLACES].map(foldKey));
/** Periphrases of a title: `người đứng đầu Chính phủ` is the Thủ tướng. */
const PERIPHRASES = new Map(TITLE_PERIPHRASES.map((p) => [foldKey(p.phrase), p.title] as const));
const PERIPHRASIS = new RegExp(`^(?:${alternation(TITLE_PERIPHRASES.flatMap((p) => [p.phrase, capitalize(p.phrase)]))})`, 'u');
/** `nhà lãnh đạo Trung Quốc`, `người đứng đầu Nhà Trắng`: the leader of a country. */
const LEADER_OF = /^(?:[Nn]hà lãnh đạo|[Ll]ãnh đạo|[Nn]gười đứng đầu)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})$/u;
/** A title phrase ending with a name: `Trưởng ban Công tác đại biểu Nguyễn Thị Thanh`. */
const TRAILING_NAME = new RegExp(`\\s(${NAME})$`, 'u');
/** Capitalized speaker nouns that name an organization (`Bộ`, `Nhà Trắng`), not a role written capitalized (`Đại diện`). */
const ORGANIZATION_NOUNS = new Set(SPEAKER_NOUNS.filter((n) => /^\p{Lu}/u.test(n) && !SPEAKER_NOUNS.includes(n.toLowerCase())));
/** Speaker nouns a person's name may follow: `đại biểu Nguyễn Tuấn Anh`. */
const PERSON_NOUNS = new Set(PERSON_SPEAKER_NOUNS.map(foldKey));
/** `ông Hồng Thiên Chúc` ending the text before an apposition. */
const APPOSITION_NAME = new RegExp(`(?:^|\\s)(?:ông|bà|Ông|Bà|ngài|Ngài)\\s+((?:${NAME_WORD})(?:\\s+${NAME_WORD}){0,4})$`, 'u');
/** Before an organization's name, not a person's: `Giám đốc đầu tư tại BRI Wealth Management`. */
const NAME_AFTER_NOT = /(?:^|\s)(?:tại|của|thuộc|ở)$/iu;
/** Words that start an organization's name: `người phát ngôn Điện Kremlin`, `Chủ tịch Tập đoàn X`. */
const ORG_HEAD = new RegExp(`^(?:${alternation([...SPEAKER_NOUNS.filter((n) => /^\p{Lu}/u.test(n)), ...ORGANIZATION_HEADS])})${NO_LETTER_AFTER}`, 'u');
/** A name, then a dash or comma and its title: `David Bahnsen - Giám đốc đầu tư của …`. */
const APPOSED_NAME = new RegExp(`^((?:${NAME_WORD})(?:\\s+${NAME_WORD}){0,4})\\s*(?:,|\\s[-–—])\\s*\\p{L}`, 'u');
/** Speaker nouns that name a speaker only counted: `hai bên`, `các nước`. */
const GROUP_NOUNS = new Set(GROUP_SPEAKERS.map(foldKey));
/** An acronym, not a name: `EVN`, `ACV`. */
const ACRONYM = /^[\p{Lu}\d-]+$/u;

/** `Bộ trưởng Bộ Ngoại giao` and `Bộ trưởng Ngoại giao` are one title. */
const titleKey = (t: string) => foldKey(t).replace(/^((?:phó |quyền )?(?:bộ trưởng|thứ trưởng(?: thường trực)?)) bộ /u, '$1 ');

/** Whether a person is written as a woman (`… Thị …`, `bà X`) and as a man (`… Văn …`, `ông X`). */
function sexOf(name: string, written: readonly string[]): boolean[] {
  return [/\sThị(\s|$)/u.test(name) || written.some((w) => /^bà\s/iu.test(w)), /\sVăn(\s|$)/u.test(name) || written.some((w) => /^ông\s/iu.test(w))];
}

/** A speaker who is the noun phrase `s` as written at `start`. */
const phrase = (s: string, start: number, kind: SpeakerKind): Speaker => ({ speaker: s, official: null, start, end: start + s.length, resolved: false, kind });

/** One place an official of the article is written. */
export interface OfficialMention {
  official: Official;
  start: number;
  end: number;
}

/** A speaker heard so far, for a pronoun later (resolvePronoun). */
interface Named {
  key: string;
  speaker: Speaker;
  at: number;
  /** Written as a woman's name, a man's (resolvePronoun). */
  sex: boolean[];
  /** An official, or a name in capitals: one a pronoun can stand for. */
  person: boolean;
}

/** How loosely `classify` reads a phrase (see there). */
export type SpeakerMode = 'label' | 'strict' | 'lenient';

/** The speakers of one article. */
export class Speakers {
  private readonly text: string;
  /** The officials' mentions by start; `reach[i]`: the furthest end of mentions 0..i. */
  readonly mentions: OfficialMention[];
  private readonly reach: number[] = [];
  /** Mentions by end, in the order of `mentions`. */
  private readonly byEnd = new Map<number, OfficialMention[]>();
  /** The quotations found so far, in the order found, and the official each is attributed to (resolveTitle, resolvePronoun). */
  private readonly heardSoFar: { quote: Quote; official: Official | null }[] = [];
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

  constructor(
    private readonly article: Article,
    private readonly lineIndex: LineIndex,
    private readonly lineStarts: readonly number[],
  ) {
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
  }

  /** The index of the first mention starting at or after `at`. */
  firstMentionFrom(at: number): number {
    return partitionPoint(this.mentions, (m) => m.start < at);
  }

  /** The last mention (in `mentions`' order) that ends at `end` and starts at or after `from`. */
  mentionEndingAt(end: number, from: number): OfficialMention | undefined {
    const list = this.byEnd.get(end);
    for (let k = (list?.length ?? 0) - 1; k >= 0; k--) {
      const m = (list as OfficialMention[])[k] as OfficialMention;
      if (m.start >= from) return m;
    }
    return undefined;
  }

  official(official: Official, start: number, end: number, resolved = false): Speaker {
    return { speaker: official.name, official, start, end, resolved, kind: 'person' };
  }

  /** A quotation found and its speaker: a title or pronoun later may stand for them. */
  heard(quote: Quote, speaker: Speaker): void {
    this.heardSoFar.push({ quote, official: speaker.official });
    if (speaker.resolved) return;
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

  /**
   * Who `text.slice(start, end)` names. `label`: an official, a title or pronoun resolved, or
   * `ông`/`bà` and a name; `strict` also takes a speaker noun (`đại diện …`, `Bộ Ngoại giao`);
   * `lenient` (after a quotation) also any short phrase with a capitalized word (`quan chức Iran`).
   */
  classify(start: number, end: number, mode: SpeakerMode): Speaker | undefined {
    let s = this.text.slice(start, end);
    const conj = /^(?:và|nhưng|còn)\s+/iu.exec(s);
    if (conj) {
      start += conj[0].length;
      s = s.slice(conj[0].length);
    }
    s = s.trim();
    if (s === '' || NOT_SUBJECT.has(foldKey(s))) return undefined;
    // A speaker runs on across no furniture (`quan chức (Ảnh: X) Iran`), as a name in extract does not.
    if (firstOverlap(this.article.cuts, start, start + s.length)) return undefined;
    // An official written there.
    let m: OfficialMention | undefined;
    for (let k = this.firstMentionFrom(start); k < this.mentions.length && !m; k++) {
      const x = this.mentions[k] as OfficialMention;
      if (x.start >= end) break; // nor can it end by `end`
      if (x.end <= end && this.text.slice(start, x.start).trim() === '' && this.text.slice(x.end, end).trim() === '') m = x;
    }
    if (m) return this.official(m.official, m.start, m.end);
    // A mention overlapping the span: of those starting before its end, one reaches past its start.
    const last = this.firstMentionFrom(end) - 1;
    if (last >= 0 && (this.reach[last] as number) > start) return undefined;
    const key = foldKey(s);
    if (PRONOUN.has(key)) return this.resolvePronoun(PRONOUN.get(key), start, end);
    // `Người đứng đầu Chính phủ` is the Thủ tướng; `nhà lãnh đạo Trung Quốc`, the official whose title names China.
    const periphrasis = PERIPHRASIS.exec(s);
    if (periphrasis && periphrasis[0].length === s.length) {
      const title = PERIPHRASES.get(foldKey(s));
      if (title !== undefined) return this.resolveTitle(title, start, start + s.length);
    }
    const leader = LEADER_OF.exec(s);
    if (leader && PLACES.has(foldKey(leader[1] as string))) {
      const o = this.lastOfficialOf(leader[1] as string, start);
      if (o) return this.official(o, start, start + s.length, true);
    }
    if (TITLE.test(s) && !QUANTIFIED.test(s)) return this.titled(s, start, end, mode);
    const named = HONORIFIC_NAME.exec(s);
    if (named && !(mode === 'label' && named[2] !== undefined)) {
      const name = (named[1] as string).trim();
      if (PLACES.has(foldKey(name))) return undefined;
      return this.person(name, start, s);
    }
    if (mode === 'label') return undefined;
    if (NOT_SUBJECT_START.test(s) || INNER_STOP.test(s) || wordCount(s) > 12) return undefined;
    // `hai Thủ tướng`, `các Bộ trưởng`: a role.
    if (QUANTIFIED.test(s) && TITLE.test(s.replace(QUANTIFIED, ''))) return phrase(s, start, 'role');
    const noun = SPEAKER_NOUN.exec(s);
    if (noun) return this.byNoun(s, start, noun);
    if (mode !== 'lenient' || /\d/u.test(s) || !/(?:^|\s)\p{Lu}/u.test(s) || PLACES.has(key)) return undefined;
    // `David Bahnsen - Giám đốc đầu tư của The Bahnsen Group`: a name and its title.
    const apposed = APPOSED_NAME.exec(s);
    if (apposed && CAP_NAME.test(apposed[1] as string)) return this.person(apposed[1] as string, start, s);
    if (wordCount(s) > 8) return undefined;
    if (CAP_NAME.test(s)) return this.person(s, start, s);
    return phrase(s, start, /^\p{Lu}/u.test(s) ? 'organization' : 'role');
  }

  /** A person named `name`, written as `s` at `start`: the official of that name, if one. */
  private person(name: string, start: number, s: string): Speaker {
    const official = this.officialByName(name);
    return official
      ? { speaker: official.name, official, start, end: start + s.length, resolved: false, kind: 'person' }
      : { speaker: name, official: null, start, end: start + s.length, resolved: false, kind: 'person' };
  }

  /** `s` opens with a title: the official it stands for, a name after it, or the title as a role. */
  private titled(s: string, start: number, end: number, mode: SpeakerMode): Speaker | undefined {
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
      const alone = words.length === 1 && named.index + 1 === head.length + 1 && !ACRONYM.test(words[0] as string);
      if (words.length >= 2 || alone) return this.person(words.join(' '), start, s);
    }
    // `Bộ trưởng Tài chính Vương quốc Anh cho biết`: a title with its country or organization, no name.
    if (!/\s\p{Lu}/u.test(s.slice(head.length)) || INNER_STOP.test(s) || wordCount(s) > 8) return undefined;
    // `ông Hồng Thiên Chúc, Chủ tịch Tập đoàn Texhong` earlier: the title stands for that name.
    const apposed = this.apposedTo(s, start);
    if (apposed) return { ...this.person(apposed, start, s), resolved: true };
    return phrase(s, start, /^Đại sứ quán/u.test(s) ? 'organization' : 'role');
  }

  /** `s` opens with a speaker noun (`noun[1]`, after a quantifier perhaps): a role, an organization, or a person named after it. */
  private byNoun(s: string, start: number, noun: RegExpExecArray): Speaker | undefined {
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
      if (!ACRONYM.test(named[1] as string) && (direct || ((named[1] as string).includes(' ') && /\p{Lu}/u.test(between)))) return this.person(named[1] as string, start, s);
    }
    return phrase(s, start, ORGANIZATION_NOUNS.has(head) ? 'organization' : 'role');
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
  resolveTitle(s: string, start: number, end: number): Speaker | undefined {
    // The officials with a title that is the key or starts with its words, or with the key as a
    // role, in the order of their first mentions: the one mentioned before `start`, if only one is.
    const key = titleKey(s);
    const before = this.officialsTitled(key).filter((f) => f.first < start);
    if (before.length === 0) return undefined;
    if (before.length === 1) return this.official((before[0] as { official: Official }).official, start, end, true);
    // Several: the one who spoke last (`Thứ trưởng Bộ Ngoại giao Nga I. Morgulov bày tỏ … Thứ trưởng
    // khẳng định …`), else the one given exactly this title (`Thủ tướng`, not `Thủ tướng Nhật Bản`),
    // else the one mentioned last before it.
    const officials = new Set(before.map((f) => f.official));
    const heard = this.heardSoFar;
    for (let k = heard.length - 1; k >= 0 && k >= heard.length - 20; k--) {
      const { quote, official: o } = heard[k] as { quote: Quote; official: Official | null };
      if (o && quote.start < start && officials.has(o)) return this.official(o, start, end, true);
    }
    const exact = before.filter((f) => f.official.titles.some((t) => titleKey(t) === key));
    if (exact.length === 1) return this.official((exact[0] as { official: Official }).official, start, end, true);
    let last: OfficialMention | undefined;
    for (let k = this.firstMentionFrom(start) - 1; k >= 0 && !last; k--) {
      const m = this.mentions[k] as OfficialMention;
      if (officials.has(m.official) && m.end <= start) last = m;
    }
    return last ? this.official(last.official, start, end, true) : undefined;
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
        if (fits(official(x.official))) people.set(foldKey(x.official.name), this.official(x.official, start, end, true));
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
        const q = this.heardSoFar[this.heardSoFar.length - 1]?.quote;
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
