// Scoring extract against a careful reader's marks (fixtures/gold, copied from ../shared/gold/seeds).
//
// How it counts, per kind:
// - Site furniture listed under `boilerplate` is not the article body: anything reported inside it
//   is neither right nor wrong.
// - officials: one item per person; right when the folded name matches and the set of head titles
//   (`roles`) equals the gold's.
// - conferences: one item per (series, number); right when the number matches and the series
//   contains the gold's `match`.
// - dates and figures: every occurrence. Each gold text is located in the body in reading order;
//   a reported item is right when it overlaps that place and has the gold value (figures: and the
//   same unit and qualifier). Items matching `*_optional` entries are not counted at all.
import { readFileSync } from 'node:fs';
import { extract, foldKey, normalize, type Document, type Kind } from '../../src/index.js';

interface GoldValue {
  text: string;
  value: string | number;
  unit?: string | null;
  qualifier?: string | null;
}
export interface Gold {
  file: string;
  boilerplate: string[];
  officials: { name: string; roles: string[] }[];
  officials_optional: { name: string }[];
  conferences: { series: string; match: string; number: number }[];
  conferences_optional: { match: string; number: number }[];
  dates: GoldValue[];
  dates_optional: GoldValue[];
  figures: GoldValue[];
  figures_optional: GoldValue[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** What went wrong, for a person to read. */
  problems: string[];
}

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function boilerplateSpans(text: string, boilerplate: string[]): Span[] {
  const spans: Span[] = [];
  for (const b of boilerplate) {
    const needle = normalize(b);
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

/** Places of each gold text in the body, in reading order. */
function locate(text: string, items: GoldValue[], furniture: Span[]): (Span | undefined)[] {
  let from = 0;
  return items.map((g) => {
    const needle = normalize(g.text);
    for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + 1)) {
      const span = { start: i, end: i + needle.length };
      if (furniture.some((f) => overlap(f, span))) continue;
      from = i + 1;
      return span;
    }
    return undefined;
  });
}

function sameValue(kind: 'dates' | 'figures', pred: Record<string, unknown>, gold: GoldValue, strict: boolean): boolean {
  if (kind === 'dates') return pred.value === gold.value;
  if (pred.value !== gold.value) return false;
  if (!strict) return true;
  const unit = (u: unknown) => (typeof u === 'string' ? foldKey(u) : null);
  return unit(pred.unit) === unit(gold.unit) && (pred.qualifier ?? null) === (gold.qualifier ?? null);
}

export function scoreDocument(doc: Document, raw: string, gold: Gold): Record<Kind, KindScore> {
  const text = normalize(raw);
  const furniture = boilerplateSpans(text, gold.boilerplate);
  const inBody = (s: Span) => !furniture.some((f) => overlap(f, s));
  const score = (): KindScore => ({ tp: 0, fp: 0, fn: 0, problems: [] });
  const out: Record<Kind, KindScore> = { officials: score(), conferences: score(), dates: score(), figures: score() };

  // officials
  const goldPeople = new Map(gold.officials.map((o) => [foldKey(o.name), o]));
  const optionalPeople = new Set(gold.officials_optional.map((o) => foldKey(o.name)));
  const seen = new Set<string>();
  for (const o of doc.officials) {
    if (!o.mentions.some(inBody)) continue;
    const key = foldKey(o.name);
    const g = goldPeople.get(key);
    if (!g) {
      if (!optionalPeople.has(key)) {
        out.officials.fp++;
        out.officials.problems.push(`extra official ${o.name} (${o.titles.join('; ')})`);
      }
      continue;
    }
    seen.add(key);
    const roles = new Set((o.roles ?? []).map(foldKey));
    const want = new Set(g.roles.map(foldKey));
    if (roles.size === want.size && [...want].every((r) => roles.has(r))) out.officials.tp++;
    else {
      out.officials.fp++;
      out.officials.fn++;
      out.officials.problems.push(`${o.name}: roles ${[...roles].join(', ')} ≠ ${g.roles.join(', ')}`);
    }
  }
  for (const [key, g] of goldPeople) {
    if (!seen.has(key)) {
      out.officials.fn++;
      out.officials.problems.push(`missed official ${g.name}`);
    }
  }

  // conferences
  const unmatched = [...gold.conferences];
  for (const c of doc.conferences) {
    if (!c.mentions.some(inBody)) continue;
    const i = unmatched.findIndex((g) => g.number === c.number && foldKey(c.series).includes(foldKey(g.match)));
    if (i >= 0) {
      out.conferences.tp++;
      unmatched.splice(i, 1);
    } else if (!gold.conferences_optional.some((g) => g.number === c.number && foldKey(c.series).includes(foldKey(g.match)))) {
      out.conferences.fp++;
      out.conferences.problems.push(`extra conference ${c.series} ${c.number}`);
    }
  }
  for (const g of unmatched) {
    out.conferences.fn++;
    out.conferences.problems.push(`missed conference ${g.series} ${g.number}`);
  }

  // dates and figures
  for (const kind of ['dates', 'figures'] as const) {
    const wanted = gold[kind];
    const places = locate(text, wanted, furniture);
    const optional = gold[`${kind}_optional`];
    const optionalPlaces = locate(text, optional, furniture);
    const found = new Set<number>();
    for (const p of doc[kind] as unknown as (Span & Record<string, unknown>)[]) {
      if (!inBody(p)) continue;
      const i = wanted.findIndex((g, k) => !found.has(k) && places[k] && overlap(places[k] as Span, p) && sameValue(kind, p, g, true));
      if (i >= 0) {
        found.add(i);
        out[kind].tp++;
        continue;
      }
      const opt = optional.some((g, k) => optionalPlaces[k] && overlap(optionalPlaces[k] as Span, p) && sameValue(kind, p, g, false));
      if (!opt) {
        out[kind].fp++;
        out[kind].problems.push(`extra ${kind} ${JSON.stringify(p.text)} → ${JSON.stringify(p.value)}${kind === 'figures' ? ` ${p.unit} ${p.qualifier}` : ''}`);
      }
    }
    wanted.forEach((g, k) => {
      if (!found.has(k)) {
        out[kind].fn++;
        out[kind].problems.push(`missed ${kind} ${JSON.stringify(g.text)} → ${JSON.stringify(g.value)}${places[k] ? '' : ' (not located)'}`);
      }
    });
  }
  return out;
}

export interface SeedReport {
  byKind: Record<Kind, KindScore>;
  byFile: { file: string; scores: Record<Kind, KindScore> }[];
}

/** Score extract on every gold file in `goldDir` against the seed texts in `seedDir`. */
export function scoreSeeds(goldFiles: string[], seedPath: (goldFile: string) => string): SeedReport {
  const byKind: Record<Kind, KindScore> = {
    officials: { tp: 0, fp: 0, fn: 0, problems: [] },
    conferences: { tp: 0, fp: 0, fn: 0, problems: [] },
    dates: { tp: 0, fp: 0, fn: 0, problems: [] },
    figures: { tp: 0, fp: 0, fn: 0, problems: [] },
  };
  const byFile: SeedReport['byFile'] = [];
  for (const gf of goldFiles) {
    const gold = JSON.parse(readFileSync(gf, 'utf8')) as Gold;
    const path = seedPath(gf);
    const raw = readFileSync(path, 'utf8');
    const scores = scoreDocument(extract(raw, { path }), raw, gold);
    byFile.push({ file: path, scores });
    for (const k of Object.keys(byKind) as Kind[]) {
      byKind[k].tp += scores[k].tp;
      byKind[k].fp += scores[k].fp;
      byKind[k].fn += scores[k].fn;
      byKind[k].problems.push(...scores[k].problems.map((p) => `${path}: ${p}`));
    }
  }
  return { byKind, byFile };
}

export function prf(s: KindScore): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** How the furniture cut agrees with the gold's boilerplate, by line and by character. */
export interface FurnitureScore {
  /** Lines holding gold boilerplate / of those, lines cut where the boilerplate is. */
  boilerplateLines: number;
  boilerplateLinesCut: number;
  /** Lines of story (no boilerplate on them) that lost any character to a cut. */
  storyLinesCut: number;
  /** Characters of boilerplate left / of story cut (spaces not counted). */
  boilerplateCharsLeft: number;
  storyCharsCut: number;
  problems: string[];
}

/** Score cuts (spans of the normalized text) against the gold's boilerplate. */
export function scoreFurniture(raw: string, gold: Gold, cuts: readonly Span[]): FurnitureScore {
  const text = normalize(raw);
  const furniture = boilerplateSpans(text, gold.boilerplate);
  const inAny = (spans: readonly Span[], i: number) => spans.some((s) => s.start <= i && i < s.end);
  const score: FurnitureScore = { boilerplateLines: 0, boilerplateLinesCut: 0, storyLinesCut: 0, boilerplateCharsLeft: 0, storyCharsCut: 0, problems: [] };
  let start = 0;
  text.split('\n').forEach((line, n) => {
    let boiler = false;
    let boilerLeft = 0;
    let storyCut = 0;
    for (let k = 0; k < line.length; k++) {
      if (/\s/.test(line[k] as string)) continue;
      const i = start + k;
      const isBoiler = inAny(furniture, i);
      const isCut = inAny(cuts, i);
      if (isBoiler) boiler = true;
      if (isBoiler && !isCut) boilerLeft++;
      if (!isBoiler && isCut) storyCut++;
    }
    if (boiler) {
      score.boilerplateLines++;
      if (boilerLeft === 0) score.boilerplateLinesCut++;
      else score.problems.push(`${gold.file}:${n + 1}: boilerplate left: ${line.slice(0, 80)}`);
    }
    if (storyCut > 0) {
      score.storyLinesCut++;
      score.problems.push(`${gold.file}:${n + 1}: story cut (${storyCut} chars): ${line.slice(0, 80)}`);
    }
    score.boilerplateCharsLeft += boilerLeft;
    score.storyCharsCut += storyCut;
    start += line.length + 1;
  });
  return score;
}
