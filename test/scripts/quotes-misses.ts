// Every miss, wrong speaker and false positive of `quotes` against the gold quotations, with the
// text around each, to group the errors by shape. Matches as ../shared/tools/quotes-score.mjs does
// (boilerplate cut, a gold quote found when a quotation's text holds its cue, each quotation used
// once; a quotes_optional one takes a quotation without counting), read in process (no build).
//
//   npx tsx test/scripts/quotes-misses.ts [gold-root] [corpus] [--only miss|speaker|extra]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../src/corpus/article.js';
import { findQuotes, type Quote } from '../../src/quotes/index.js';

interface GoldQuote {
  speaker: string;
  kind: string;
  cue: string;
  speaker_kind?: string;
}
interface Gold {
  file: string;
  boilerplate?: string[];
  quotes?: GoldQuote[];
  quotes_optional?: GoldQuote[];
}

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const goldRoot = positional[0] ?? '../shared/gold/corpus';
const corpus = positional[1] ?? '../shared/corpus';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const fold = (s: string | undefined) => String(s ?? '').normalize('NFC').toLowerCase().replace(/[\u00a0\s]+/gu, ' ').trim();

/** The boilerplate cut as the scorer cuts it. */
function cutBoilerplate(text: string, boilerplate: readonly string[]): string {
  for (const b of boilerplate) {
    const key = b.normalize('NFC');
    const whole = (l: string) => l.trim().startsWith(key) && key.length >= 0.5 * l.trim().length;
    const lines = text.split('\n');
    text = lines.some(whole) ? lines.filter((l) => !whole(l)).join('\n') : text.split(key).join(' ');
  }
  return text;
}

/** The line of `text` holding `at`, cut to about 400 characters around it. */
function around(text: string, at: number, width = 400): string {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const a = Math.max(from, at - width / 2);
  const b = Math.min(to, at + width / 2);
  return `${a > from ? '…' : ''}${text.slice(a, b)}${b < to ? '…' : ''}`;
}

const counts = { tp: 0, fp: 0, fn: 0, speaker: 0 };
const out: string[] = [];
for (const set of readdirSync(goldRoot).sort()) {
  for (const f of readdirSync(join(goldRoot, set)).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldRoot, set, f), 'utf8')) as Gold;
    if (!gold.quotes) continue;
    const raw = cutBoilerplate(readFileSync(join(corpus, gold.file), 'utf8').normalize('NFC'), gold.boilerplate ?? []);
    const article = readArticle(raw, gold.file, ['officials']);
    const pred = findQuotes(article);
    const used = pred.map(() => false);
    const take = (cue: string) => pred.findIndex((q, k) => !used[k] && fold(q.text).includes(fold(cue)));
    const show = (q: Quote) => `[${q.kind} ${q.speaker}${q.resolved ? ` ←${q.speaker_text.text}` : ''} / ${q.verb ?? '-'}] ${q.text.slice(0, 160)}`;
    for (const g of gold.quotes) {
      const j = take(g.cue);
      if (j < 0) {
        counts.fn++;
        if (only && only !== 'miss') continue;
        const at = article.text.indexOf(g.cue);
        out.push(`MISS ${gold.file} ${g.kind} ${g.speaker}${g.speaker_kind ? ` (${g.speaker_kind})` : ''}: ${g.cue}`);
        out.push(`  ${at < 0 ? '(cue not in text)' : around(article.text, at)}`);
        const near = at < 0 ? [] : pred.filter((q) => Math.abs(q.start - at) < 600);
        for (const q of near) out.push(`  near: ${show(q)}`);
        continue;
      }
      used[j] = true;
      counts.tp++;
      const q = pred[j] as Quote;
      const a = fold(q.official?.name ?? q.speaker);
      const b = fold(g.speaker);
      if (a && (a === b || a.includes(b) || b.includes(a))) counts.speaker++;
      else if (!only || only === 'speaker') out.push(`SPEAKER ${gold.file} gold ${g.speaker}: ${show(q)}`);
    }
    for (const g of gold.quotes_optional ?? []) {
      const j = take(g.cue);
      if (j >= 0) used[j] = true;
    }
    pred.forEach((q, k) => {
      if (used[k]) return;
      counts.fp++;
      if (only && only !== 'extra') return;
      out.push(`EXTRA ${gold.file} ${show(q)}`);
      out.push(`  ${around(article.text, q.start)}`);
    });
  }
}
console.log(out.join('\n'));
const P = counts.tp / Math.max(1, counts.tp + counts.fp);
const R = counts.tp / Math.max(1, counts.tp + counts.fn);
const F = P + R ? (2 * P * R) / (P + R) : 0;
console.log(`P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F.toFixed(3)} (tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}); speaker right ${(counts.speaker / Math.max(1, counts.tp)).toFixed(3)}`);
