// conference_count and claim: figures under one claim key (../claims.ts: unit, subject, measure,
// time; a count at a conference keyed by the conference) with numbers that cannot be the same.
import { dict } from '../../collections.js';
import { sameNumber } from '../../kinds/figures/compare.js';
import type { Article } from '../article.js';
import { claimsOf } from '../claims.js';
import type { ArticleConferences } from './conference-dates.js';
import { compareKeyed, type sharerOf } from './shared.js';
import type { CheckSide, CheckSummary, Finding, Stated } from './types.js';

/** Add a figure's side under its claim key, when it makes a claim (`claimed` collects them until the article is done). */
export function claimAdder(summary: CheckSummary, article: Article, { confsOf, labels }: ArticleConferences, own: (s: string) => string) {
  const claimOf = claimsOf(article);
  const path = article.doc.path;
  /** The article's figures under each claim key, kept when the article is done. */
  const claimed = new Map<string, Stated[]>();
  return {
    add(f: Article['doc']['figures'][number], side: Stated): void {
      const ids = confsOf.get(article.sentences.indexOf(f.start)) ?? [];
      const claim = claimOf(f, ids);
      if (!claim) return;
      const subject = ids.length > 0 ? ids.map((id) => labels.get(id)).join(', ') : claim.subject.join(', ');
      const entry = (summary.claims[claim.key] ??= {
        subject: own(`${subject} · ${claim.measure ? `${claim.measure} ` : ''}${f.unit}${claim.time ? ` · ${claim.time}` : ''}`),
        conference: ids.length > 0,
        articles: dict(),
      });
      // After what the path already has under the key (an article added twice states it twice);
      // kept arrays may be shared, so a new one.
      let sides = claimed.get(claim.key);
      if (!sides) claimed.set(claim.key, (sides = [...(entry.articles[path] ?? [])]));
      sides.push(side);
    },
    done(share: ReturnType<typeof sharerOf>['share']): void {
      for (const [key, sides] of claimed) (summary.claims[key] as CheckSummary['claims'][string]).articles[path] = share(sides);
    },
  };
}

export function claimFindings(summary: CheckSummary, all: boolean): Finding[] {
  const out: Finding[] = [];
  for (const [key, e] of Object.entries(summary.claims)) {
    const f = compareKeyed(e.conference ? 'conference_count' : 'claim', e.subject, key, e.articles, sameNumber, false, all);
    if (f) out.push(f);
  }
  return out;
}

export function sideId(s: Pick<CheckSide, 'path' | 'line' | 'text'>): string {
  return `${s.path}\u0000${s.line}\u0000${s.text}`;
}

/** The sides (as sideId) of the articles in `paths` (all when undefined) under the claims that two or more articles state. */
export function claimed(summary: CheckSummary, paths?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (paths?.size === 0) return out;
  for (const e of Object.values(summary.claims)) {
    const stating = Object.keys(e.articles);
    if (stating.length < 2) continue;
    for (const p of stating) {
      if (paths && !paths.has(p)) continue;
      for (const side of e.articles[p] as Stated[]) out.add(sideId({ path: p, ...side }));
    }
  }
  return out;
}
