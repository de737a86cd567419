// The mergeable summary of `check`: each article adds what it states (plain JSON, merged by
// unions, so shards checked apart combine); the findings are worked out from it at the end.
import { dict } from '../../collections.js';
import type { Article } from '../article.js';
import { conferencesInArticle } from '../conferences.js';
import { SHINGLE_SIZE, SIGNATURE_SIZE } from '../similar.js';
import { claimAdder } from './claims.js';
import { addConferenceDates } from './conference-dates.js';
import { eventParts, quoteAround } from './digest.js';
import { addNear, signatureDigest } from './near.js';
import { addOfficialTitles } from './official-titles.js';
import { figureSide, internSide, sharerOf } from './shared.js';
import type { CheckSummary, NearArticle, Quantity, Stated } from './types.js';

export function emptyCheckSummary(): CheckSummary {
  return { conferenceDates: dict(), titles: dict(), claims: dict(), near: { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, paths: dict(), articles: dict() } };
}

/** Add what one article states to the summary. */
export function addToCheck(summary: CheckSummary, article: Article): void {
  const { doc } = article;
  const sharer = sharerOf(summary);
  const { own, share } = sharer;
  const confs = addConferenceDates(summary, article, conferencesInArticle(article), sharer);
  addOfficialTitles(summary, article, sharer);

  const parts = eventParts(article, confs.confsOf);
  const near: NearArticle = {
    ...signatureDigest(article.text),
    sentences: [],
    figures: [],
    ...(parts.date !== undefined ? { date: parts.date } : {}),
    ...(parts.year !== undefined ? { year: parts.year } : {}),
    days: parts.days.map(own),
    names: parts.names.map(own),
    sentenceNames: [],
    terms: parts.terms.map(own),
    quantities: [],
  };
  const nameIndex = new Map(near.names.map((n, i) => [n, i]));
  const sentenceNumbers = new Map<string, number>();
  const numberOf = (sentence: string, names: readonly string[]) => {
    let n = sentenceNumbers.get(sentence);
    if (n === undefined) {
      sentenceNumbers.set(sentence, (n = near.sentences.length));
      near.sentences.push(sentence);
      near.sentenceNames.push(names.map((k) => nameIndex.get(k)).filter((i): i is number => i !== undefined));
    }
    return n;
  };
  const claims = claimAdder(summary, article, confs, own);
  for (const f of doc.figures) {
    if (f.unit === null) continue;
    const side: Stated = internSide(figureSide(f, quoteAround(article, f.start, f.end)), own);
    const n = numberOf(side.sentence, []);
    near.figures.push({
      line: side.line,
      text: side.text,
      value: side.value as number,
      ...(side.value_max !== undefined ? { value_max: side.value_max } : {}),
      unit: side.unit as string,
      ...(side.qualifier !== undefined ? { qualifier: side.qualifier } : {}),
      sentence: n,
    });
    claims.add(f, side);
  }
  claims.done(share);
  for (const q of parts.quantities) {
    const { quote, names, offset: _offset, ...rest } = q;
    const sentence = numberOf(own(quote), names);
    // A sentence numbered for a figure before its names were known gets them now.
    if ((near.sentenceNames[sentence] as number[]).length === 0 && names.length > 0) near.sentenceNames[sentence] = names.map((k) => nameIndex.get(k)).filter((i): i is number => i !== undefined);
    const kept: Quantity = { ...rest, text: own(rest.text), ...(rest.unit !== undefined ? { unit: own(rest.unit) } : {}), ...(typeof rest.value === 'string' ? { value: own(rest.value) } : {}), context: rest.context.map(own), years: rest.years.map(own), ...(rest.days ? { days: rest.days.map(own) } : {}), sentence };
    near.quantities.push(kept);
  }
  addNear(summary.near, doc.path, near, own);
}

/** Combine two summaries into one; neither is changed. */
export function mergeCheck(a: CheckSummary, b: CheckSummary): CheckSummary {
  const out = structuredClone(a);
  mergeCheckInto(out, structuredClone(b));
  return out;
}

/**
 * Fold `from` into `into` and return it (`from` wins for an article in both), in time proportional to `from`'s
 * size. `into` keeps parts of `from` rather than copies: `from` is not to be used afterwards.
 */
export function mergeCheckInto(into: CheckSummary, from: CheckSummary): CheckSummary {
  if (into.near.shingleSize !== from.near.shingleSize || into.near.signatureSize !== from.near.signatureSize) {
    throw new Error(
      `cannot merge check summaries built with different signatures (${into.near.shingleSize}/${into.near.signatureSize} and ${from.near.shingleSize}/${from.near.signatureSize})`,
    );
  }
  const { own, share } = sharerOf(into);
  const fold = (to: Record<string, Stated[]>, articles: Record<string, Stated[]>) => {
    for (const [path, list] of Object.entries(articles)) to[path] = share(list.map((side) => internSide(side, own)));
  };
  for (const [id, e] of Object.entries(from.conferenceDates)) fold((into.conferenceDates[id] ??= { series: own(e.series), days: e.days, articles: dict() }).articles, e.articles);
  for (const [person, byDate] of Object.entries(from.titles)) {
    const p = (into.titles[person] ??= dict());
    for (const [date, articles] of Object.entries(byDate)) {
      const to = (p[date] ??= dict());
      for (const [path, t] of Object.entries(articles)) {
        t.name = own(t.name);
        t.roles = t.roles.map(own);
        internSide(t.side, own);
        to[path] = share(t);
      }
    }
  }
  for (const [key, e] of Object.entries(from.claims)) fold((into.claims[key] ??= { subject: own(e.subject), conference: e.conference, articles: dict() }).articles, e.articles);
  for (const [path, id] of Object.entries(from.near.paths)) {
    const near = from.near.articles[id];
    if (near) into.near.articles[id] ??= near;
    into.near.paths[path] = own(id);
  }
  return into;
}
