// event_figure and event_period: figures (ranks, periods) of one event's articles that the
// alignment took for one quantity and that state values that cannot both be true. The aligned
// pairs are joined into quantities (a figure aligned with one in a second article, that one with
// one in a third); a quantity with a disagreeing pair is a finding, scored by its best such pair.
import { sideId } from './claims.js';
import type { Link } from './alignment.js';
import type { Events } from './events.js';
import type { CheckEvent, CheckSide, Finding, NearArticle, Quantity } from './types.js';

/** The score from which a disagreement is reported by default (chosen on the dev groups: see the README). */
export const DEFAULT_MIN_SCORE = 0.2;

function sideOf(q: Quantity, d: NearArticle, paths: readonly string[]): CheckSide {
  return {
    path: paths[0] as string,
    line: q.line,
    text: q.text,
    value: q.value,
    ...(q.value_max !== undefined ? { value_max: q.value_max } : {}),
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
    ...(q.qualifier !== undefined ? { qualifier: q.qualifier } : {}),
    ...(q.rank !== undefined ? { rank: q.rank } : {}),
    sentence: d.sentences[q.sentence] as string,
    ...(paths.length > 1 ? { copies: paths.slice(1) } : {}),
  };
}

/** The findings of the aligned pairs. `all`: the quantities that agree too. */
export function eventFindings(covered: ReadonlySet<string>, digests: readonly NearArticle[], events: Events, links: readonly Link[], minScore: number, all: boolean): Finding[] {
  const id = (d: number, q: number) => `${d}:${q}`;
  // Each disagreeing pair, with the figures aligned with one of its two, agreeing, one step away
  // (the other copies of each side's value); two such groups that hold the same figures are one
  // finding. Agreeing pairs are not followed further: they would chain one quantity into the next.
  const strong = links.filter((l) => l.score >= minScore);
  const neighbours = new Map<string, Link[]>();
  for (const l of strong) {
    if (!l.agree) continue;
    for (const k of [id(l.a, l.qa), id(l.b, l.qb)]) {
      const list = neighbours.get(k);
      if (list) list.push(l);
      else neighbours.set(k, [l]);
    }
  }
  const groups = new Map<string, Link[]>();
  for (const l of strong) {
    if (l.agree && !all) continue;
    const members = new Set([id(l.a, l.qa), id(l.b, l.qb)]);
    if (!l.agree) for (const k of [...members]) for (const m of neighbours.get(k) ?? []) members.add(id(m.a, m.qa)).add(id(m.b, m.qb));
    const key = [...members].sort().join(' ');
    const list = groups.get(key);
    if (list) list.push(l);
    else groups.set(key, [l]);
  }
  const out: Finding[] = [];
  for (const [key, group] of groups) {
    const disagreeing = group.filter((l) => !l.agree);
    const agree = disagreeing.length === 0;
    const best = [...(agree ? group : disagreeing)].sort((l, m) => m.score - l.score)[0] as Link;
    const members = new Map<string, [number, number]>(key.split(' ').map((k) => [k, k.split(':').map(Number) as [number, number]]));
    const sides = [...members.values()]
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .map(([d, q]) => sideOf((digests[d] as NearArticle).quantities[q] as Quantity, digests[d] as NearArticle, events.paths[d] as string[]));
    // Said already by a claim or a count at a conference (the same key): not again.
    if (sides.every((s) => covered.has(sideId(s)))) continue;
    const q = (digests[best.a] as NearArticle).quantities[best.qa] as Quantity;
    const kind = q.kind === 'period' ? 'event_period' : 'event_figure';
    const event = Math.max(events.eventOf[best.a] as number, events.eventOf[best.b] as number);
    const what = q.kind === 'period' ? 'giai đoạn' : q.kind === 'rank' ? `thứ ${q.rank} · ${q.unit}` : (q.unit ?? '');
    out.push({
      kind,
      agree,
      subject: `${what}${best.words.length > 0 ? ` · ${best.words.slice(0, 4).join(', ')}` : ''}`,
      key: `event ${event} · ${sides.map((s) => `${s.path}:${s.line}`).join(' ~ ')}`,
      score: Math.round(best.score * 1000) / 1000,
      event,
      why: { words: best.words, entities: best.entities },
      sides,
    });
  }
  // A finding whose sides are all among another's (of one event) says nothing more: the better scored is kept.
  const ids = out.map((f) => new Set(f.sides.map(sideId)));
  const order = out.map((_, i) => i).sort((i, j) => (out[j] as Finding).score - (out[i] as Finding).score || (ids[j] as Set<string>).size - (ids[i] as Set<string>).size || i - j);
  const kept: number[] = [];
  for (const i of order) {
    const mine = ids[i] as Set<string>;
    if (kept.some((k) => (out[k] as Finding).agree === (out[i] as Finding).agree && [...mine].every((x) => (ids[k] as Set<string>).has(x)))) continue;
    kept.push(i);
  }
  return kept.sort((i, j) => i - j).map((i) => out[i] as Finding);
}

/** The events as shown to a user: paths, date, the names and words most of their articles share. */
export function describeEvents(digests: readonly NearArticle[], events: Events): CheckEvent[] {
  return events.members.map((members, e) => {
    const count = (lists: (readonly string[])[]) => {
      const c = new Map<string, number>();
      for (const l of lists) for (const w of new Set(l)) c.set(w, (c.get(w) ?? 0) + 1);
      return [...c].filter(([, k]) => k >= Math.max(2, Math.ceil(lists.length / 2)));
    };
    const names = count(members.map((d) => (digests[d] as NearArticle).names ?? []));
    const idf = events.nameIdf;
    const entities = names.sort((x, y) => y[1] - x[1] || (idf.get(y[0]) ?? 0) - (idf.get(x[0]) ?? 0) || (x[0] < y[0] ? -1 : 1)).slice(0, 8).map(([w]) => w);
    const words = count(members.map((d) => (digests[d] as NearArticle).terms ?? [])).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 8).map(([w]) => w);
    const dates = members.map((d) => (digests[d] as NearArticle).date).filter((x): x is string => x !== undefined).sort();
    const paths = members.flatMap((d) => events.paths[d] as string[]);
    return { id: e, paths, ...(dates[0] !== undefined ? { date: dates[0] } : {}), entities, words };
  });
}
