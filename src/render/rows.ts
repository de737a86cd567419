// Flattening a Document into one row per mention, for the table and CSV renderers.
import type { Document, Kind } from '../types.js';

export interface MentionRow {
  path: string;
  kind: Kind;
  line: number;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** officials: the person's name; conferences: the series. */
  name: string;
  /** officials: all titles, `; `-joined; conferences: the number; dates and figures: the value. */
  value: string;
  /** conferences: the term; figures: the unit. */
  unit: string;
  /** figures: the qualifier. */
  qualifier: string;
  /** figures written as a range: the upper end; else ''. */
  value_max: string;
  /** figures: the value (and value_max) as numbers, for the table to write the Vietnamese way. */
  figure?: { value: number; value_max?: number };
}

/** The mentions of the chosen kinds, kind by kind, each in text order. */
export function mentionRows(doc: Document, kinds: readonly Kind[]): MentionRow[] {
  const all: MentionRow[] = [];
  const base = (kind: Kind, m: { text: string; start: number; end: number; line: number }) => ({
    path: doc.path,
    kind,
    line: m.line,
    start: m.start,
    end: m.end,
    text: m.text,
  });
  for (const kind of kinds) {
    const rows: MentionRow[] = [];
    switch (kind) {
      case 'officials':
        for (const o of doc.officials) {
          for (const m of o.mentions) rows.push({ ...base(kind, m), name: o.name, value: o.titles.join('; '), unit: '', qualifier: '', value_max: '' });
        }
        break;
      case 'conferences':
        for (const c of doc.conferences) {
          for (const m of c.mentions) {
            rows.push({ ...base(kind, m), name: c.series, value: String(c.number), unit: c.term === undefined ? '' : String(c.term), qualifier: '', value_max: '' });
          }
        }
        break;
      case 'dates':
        for (const d of doc.dates) rows.push({ ...base(kind, d), name: '', value: d.value, unit: '', qualifier: '', value_max: '' });
        break;
      case 'figures':
        for (const f of doc.figures) {
          const value_max = f.value_max;
          rows.push({
            ...base(kind, f),
            name: '',
            value: String(f.value),
            unit: f.unit ?? '',
            qualifier: f.qualifier ?? '',
            value_max: value_max === undefined ? '' : String(value_max),
            figure: value_max === undefined ? { value: f.value } : { value: f.value, value_max },
          });
        }
        break;
    }
    // Mentions of one person or series are grouped by entity; show them in reading order.
    all.push(...rows.sort((a, b) => a.start - b.start));
  }
  return all;
}
