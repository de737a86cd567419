// Building blocks of the quotes patterns, shared by the speech cues (cues.ts) and the speakers
// (speakers.ts): lexicon lists as alternations, letters and names as JavaScript's `\w` does not
// know them (`đ`, `ư`, `ạ`); word counts read no further than needed, and a line's text.

/** A letter or a combining mark, for a character class: `[${L}]`. */
export const L = '\\p{L}\\p{M}';
/** Not right after a letter, not right before one: a word's edges. */
export const NO_LETTER_BEFORE = `(?<![${L}])`;
export const NO_LETTER_AFTER = `(?![${L}])`;
/** A capitalized word of a name: `Nguyễn`, `O’Neill`, `Kosiniak-Kamysz`, `I.` */
export const NAME_WORD = `\\p{Lu}[${L}'’.-]*`;
/** A name of up to six words, with the particles of foreign names: `Ursula von der Leyen`. */
export const NAME = `(?:${NAME_WORD})(?:\\s+(?:${NAME_WORD}|van|von|de|der|bin|al|la|le|da)){0,5}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of phrases, longest first, any run of spaces between words. */
export const alternation = (list: readonly string[]): string =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map((p) => p.split(' ').map(escape).join('\\s+')).join('|');

/** `ông` → `Ông`. */
export const capitalize = (s: string): string => s[0]?.toUpperCase() + s.slice(1);

/** The phrases as written and capitalized (`ông`, `Ông`), for a pattern that is otherwise case-sensitive. */
export const withCapitalized = (list: readonly string[]): string[] => [...list, ...list.map(capitalize)];

export const wordCount = (s: string): number => (s.trim() === '' ? 0 : s.trim().split(/\s+/u).length);

const WORD_RUN = /\S+/gu;
/** `wordCount(s) >= n`, reading no further than the n-th word. */
export function hasWords(s: string, n: number): boolean {
  WORD_RUN.lastIndex = 0;
  for (let k = 0; k < n; k++) if (!WORD_RUN.exec(s)) return false;
  return true;
}

/** The line of `text` starting at `lineStart`, without its newline. */
export function lineAt(text: string, lineStart: number): string {
  const nl = text.indexOf('\n', lineStart);
  return text.slice(lineStart, nl < 0 ? text.length : nl);
}
