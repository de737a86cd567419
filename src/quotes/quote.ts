// What `vnews quotes` finds: a quotation, its speaker and where it stands (the JSON contract), and
// the speaker as the rules pass it along before it becomes one.
import type { Mention, Official, SpeakerKind } from '../types.js';

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

/** A speaker found in the text: who (`speaker`, `official`), written where, and resolved or not (`Quote`'s fields). */
export interface Speaker {
  speaker: string;
  official: Official | null;
  start: number;
  end: number;
  resolved: boolean;
  kind: SpeakerKind;
}
