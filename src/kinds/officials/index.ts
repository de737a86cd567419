// officials: a person named together with an office they hold (SPEC.md). Rules in rules.ts,
// titles and organization words in lexicon.ts, examples in examples.ts.
import { addTo } from '../../collections.js';
import type { Mention, Official } from '../../types.js';
import { foldKey } from '../../text/normalize.js';
import type { EntityKind, Found } from '../kind.js';
import { findOfficials, type OfficialMatch, type TitleMatch } from './rules.js';
import { ORG_OF_TITLE } from './lexicon.js';

/** `Bộ trưởng Ngoại giao` is the minister of `Bộ Ngoại giao`. */
function organizationOf(t: TitleMatch): string | undefined {
  if (!t.org) return undefined;
  const head = ORG_OF_TITLE[t.role];
  if (head && !foldKey(t.org).startsWith(foldKey(head) + ' ')) return `${head} ${t.org}`;
  return t.org;
}

/** Distinct titles by folded text; a bare head title is dropped when a fuller one has the same head. */
function distinctTitles(all: TitleMatch[]): TitleMatch[] {
  const seen = new Map<string, TitleMatch>();
  for (const t of all) {
    const key = foldKey(t.text);
    if (!seen.has(key)) seen.set(key, t);
  }
  const list = [...seen.values()];
  return list.filter((t) => t.org !== undefined || !list.some((o) => o !== t && o.org !== undefined && foldKey(o.role) === foldKey(t.role)));
}

interface Person {
  name: string;
  titles: TitleMatch[];
  mentions: Mention[];
}

/**
 * `Trump` and `Donald Trump`, `Putin` and `Vladimir Putin` in one article are one person: a name
 * whose words are the last (or first) words of exactly one longer name is merged into it.
 */
function mergeShortNames(people: Map<string, Person>): void {
  const keys = [...people.keys()];
  // Each name under its first and last words (fewer than all): the longer names a short one may
  // stand for, found by one lookup instead of comparing every pair of names.
  const byPart = new Map<string, Set<string>>();
  for (const k of keys) {
    const words = k.split(' ');
    for (let j = 1; j < words.length; j++) {
      for (const part of [words.slice(0, j).join(' '), words.slice(j).join(' ')]) addTo(byPart, part, k);
    }
  }
  for (const short of keys) {
    const longer = [...(byPart.get(short) ?? [])].filter((k) => people.has(k));
    if (longer.length !== 1) continue;
    const from = people.get(short) as Person;
    const into = people.get(longer[0] as string) as Person;
    into.titles.push(...from.titles);
    into.mentions.push(...from.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    people.delete(short);
  }
}

export const officials: EntityKind<OfficialMatch, Official> = {
  name: 'officials',
  yieldsTo: [],
  find: findOfficials,
  assemble(found: Found<OfficialMatch>[], ctx, lineOf) {
    const people = new Map<string, Person>();
    for (const f of found) {
      const key = foldKey(f.value.name);
      let p = people.get(key);
      if (!p) {
        p = { name: f.value.name, titles: [], mentions: [] };
        people.set(key, p);
      }
      p.titles.push(...f.value.titles);
      if (f.value.implied) continue;
      p.mentions.push({ text: ctx.text.slice(f.start, f.end), start: f.start, end: f.end, line: lineOf(f.start) });
    }
    mergeShortNames(people);
    const out: Official[] = [];
    for (const p of people.values()) {
      // A name met only by honorific is an official only if a title was given somewhere.
      if (p.titles.length === 0) continue;
      const titles = distinctTitles(p.titles);
      const first = titles[0] as TitleMatch;
      const organization = titles.map(organizationOf).find((o) => o !== undefined);
      const roles = [...new Map(p.titles.map((t) => [foldKey(t.role), t.role] as const)).values()];
      const career = p.titles.filter((t) => t.from !== undefined).map((t) => ({ title: t.text, from: t.from as string, ...(t.to ? { to: t.to } : {}) }));
      out.push({
        name: p.name,
        titles: titles.map((t) => t.text),
        mentions: p.mentions,
        role: first.role,
        roles,
        ...(organization ? { organization } : {}),
        ...(career.length > 0 ? { career } : {}),
      });
    }
    return out;
  },
};
