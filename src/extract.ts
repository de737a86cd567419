// The extraction pipeline: normalize, run every kind over the tokenized lines, drop spans
// that overlap a kind each kind yields to, and assemble each kind's entries.
import type { Document, Kind } from './types.js';
import { KINDS } from './types.js';
import { LineIndex } from './text/normalize.js';
import { firstOverlap } from './text/spans.js';
import { prepare, type Prepared } from './clean/index.js';

export { prepare, type Prepared } from './clean/index.js';
import { lines } from './text/tokens.js';
import type { EntityKind, Found, TextContext } from './kinds/kind.js';
import { officials } from './kinds/officials/index.js';
import { conferences } from './kinds/conferences/index.js';
import { dates } from './kinds/dates/index.js';
import { figures } from './kinds/figures/index.js';

export interface ExtractOptions {
  /** Shown as the document's `path`; `-` by default. */
  path?: string;
  /** Kinds to report; all by default. Kinds that settle overlaps still run. */
  only?: readonly Kind[];
  /** Leave out site furniture (share buttons, bylines, teasers: clean/); true by default. */
  clean?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = EntityKind<any, any>;
const ALL: Record<Kind, AnyKind> = { officials, conferences, dates, figures };

/** Extract officials, conferences, dates and figures from one article's text. */
export function extract(raw: string, options: ExtractOptions = {}): Document {
  return extractPrepared(prepare(raw, options.clean ?? true), options);
}

/** `extract` on an article already prepared (see `prepare`). */
export function extractPrepared(prepared: Prepared, options: ExtractOptions = {}): Document {
  const text = prepared.masked;
  const ctx: TextContext = { text, lines: lines(text) };
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.lineOf(offset);
  const wanted = new Set<Kind>(options.only ?? KINDS);

  // A kind runs when it is wanted or when a wanted kind yields to it.
  const running = new Set<Kind>(wanted);
  for (const k of wanted) for (const other of ALL[k].yieldsTo) running.add(other);
  const found = new Map<Kind, Found<unknown>[]>();
  for (const k of KINDS) if (running.has(k)) found.set(k, ALL[k].find(ctx));

  const doc: Document = { path: options.path ?? '-', title: firstLine(text), officials: [], conferences: [], dates: [], figures: [] };
  for (const k of KINDS) {
    if (!wanted.has(k)) continue;
    const kind = ALL[k];
    const claimed = new SpanSet();
    // Nothing may reach into the furniture (a name run on across a blanked photo credit).
    claimed.addAll(prepared.cuts);
    for (const other of kind.yieldsTo) claimed.addAll(found.get(other) ?? []);
    const kept = (found.get(k) ?? []).filter((f) => !claimed.hits(f));
    doc[k] = kind.assemble(kept, ctx, lineOf);
  }
  return doc;
}

function firstLine(text: string): string {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const t = text.slice(start, end).trim();
    if (t) return t;
    start = end + 1;
  }
  return '';
}

/** A set of spans answering "does this span overlap any of them?" in O(log n). */
class SpanSet {
  private spans: { start: number; end: number }[] = [];
  private merged: { start: number; end: number }[] | null = null;

  addAll(spans: readonly { start: number; end: number }[]): void {
    for (const s of spans) this.spans.push({ start: s.start, end: s.end });
    this.merged = null;
  }

  hits(span: { start: number; end: number }): boolean {
    return firstOverlap(this.merge(), span.start, span.end) !== undefined;
  }

  private merge(): { start: number; end: number }[] {
    if (this.merged) return this.merged;
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const out: { start: number; end: number }[] = [];
    for (const s of sorted) {
      const last = out[out.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else out.push({ ...s });
    }
    this.merged = out;
    return out;
  }
}
