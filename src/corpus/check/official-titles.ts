// official_title: one person given titles that conflict (neither includes the other) in articles
// of the same date.
import { dict } from '../../collections.js';
import { foldKey } from '../../text/normalize.js';
import { roleOf } from '../../kinds/officials/rules.js';
import type { Article } from '../article.js';
import { articleDate } from '../claims.js';
import { internSide, type sharerOf } from './shared.js';
import type { CheckSummary, Finding, TitleSide } from './types.js';

export function addOfficialTitles(summary: CheckSummary, article: Article, { own, share }: ReturnType<typeof sharerOf>): void {
  const { doc, sentences } = article;
  const date = articleDate(article);
  if (date === undefined) return;
  for (const o of doc.officials) {
    const roles = [...new Set(o.titles.map((t) => roleOf(t)).filter((r): r is string => r !== undefined))].map(own);
    if (roles.length === 0) continue;
    const first = o.mentions.find((m) => o.titles.some((t) => m.text.includes(t))) ?? o.mentions[0];
    if (!first) continue;
    const byDate = (summary.titles[foldKey(o.name)] ??= dict());
    (byDate[date] ??= dict())[doc.path] = share({
      name: own(o.name),
      roles,
      side: internSide({ line: first.line, text: first.text, value: roles.join(', '), sentence: sentences.at(first.start) }, own),
    });
  }
}

export function officialTitleFindings(summary: CheckSummary, all: boolean): Finding[] {
  const out: Finding[] = [];
  for (const [person, byDate] of Object.entries(summary.titles)) {
    for (const [date, articles] of Object.entries(byDate)) {
      const paths = Object.keys(articles).sort();
      if (paths.length < 2) continue;
      const roleSets = paths.map((p) => new Set((articles[p] as TitleSide).roles.map(foldKey)));
      const includes = (x: Set<string>, y: Set<string>) => [...y].every((r) => x.has(r));
      let agree = true;
      for (let i = 0; i < roleSets.length; i++) {
        for (let j = i + 1; j < roleSets.length; j++) {
          const [x, y] = [roleSets[i] as Set<string>, roleSets[j] as Set<string>];
          if (!includes(x, y) && !includes(y, x)) agree = false;
        }
      }
      if (agree && !all) continue;
      const name = (articles[paths[0] as string] as TitleSide).name;
      out.push({ kind: 'official_title', agree, subject: `${name} · ${date}`, key: `${person} | ${date}`, score: 1, sides: paths.map((p) => ({ path: p, ...(articles[p] as TitleSide).side })) });
    }
  }
  return out;
}
