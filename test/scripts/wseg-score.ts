// Dev check: word-segmentation precision / recall / F1 of both segmenters on ../shared/wseg/*.tsv
// (`input<TAB>expected`, `_` joining the syllables of a word in `expected`), per file: `rdr`
// (RDRsegmenter's model with vnews's changes, the default), `rdr-ref` (RDRsegmenter exactly, when
// it differs) and `vntk` (our decoder of vntk's model).
// With --vntk, vntk's own tagger (native crfsuite, child processes) is scored on the same
// lines, to show the numbers are vntk's. pretokenize_vntk_spec.tsv holds syllable-tokenizer
// cases (no `_`): it is scored on tokens, with our tokenizer.
//   npm run wseg [-- --vntk] [-- dir]
// A word counts as correct when a gold word covers exactly the same characters (spaces
// ignored). Lines whose gold text differs from the input other than in spaces and `_` are
// left out and counted.
import { readFileSync, readdirSync } from 'node:fs';
import { normalize } from '../../src/text/normalize.js';
import { rdrSegmentLine, vntkSegmentLine } from '../../src/segment/index.js';
import { rdrTags } from '../../src/segment/rdr/index.js';
import { tokenize } from '../../src/segment/tokenizer.js';
import { tagAll } from './vntk-pool.js';

const args = process.argv.slice(2);
const withVntk = args.includes('--vntk');
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/wseg';

/** Spans of words over the text with all white space removed. */
function spans(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let pos = 0;
  for (const w of words) {
    const len = w.replace(/\s+/g, '').length;
    out.add(`${pos}:${pos + len}`);
    pos += len;
  }
  return out;
}

interface Score {
  correct: number;
  predicted: number;
  gold: number;
  lines: number;
  exactLines: number;
  leftOut: number;
}

function score(pairs: { input: string; gold: string[] }[], predict: (i: number) => string[]): Score {
  const s: Score = { correct: 0, predicted: 0, gold: 0, lines: 0, exactLines: 0, leftOut: 0 };
  pairs.forEach((p, i) => {
    const words = predict(i);
    const squeeze = (xs: readonly string[]): string => xs.join('').replace(/\s+/g, '');
    if (squeeze(words) !== squeeze(p.gold)) {
      s.leftOut++;
      return;
    }
    const g = spans(p.gold);
    const w = spans(words);
    s.lines++;
    s.gold += g.size;
    s.predicted += w.size;
    let c = 0;
    for (const x of w) if (g.has(x)) c++;
    s.correct += c;
    if (c === g.size && c === w.size) s.exactLines++;
  });
  return s;
}

function report(label: string, s: Score): string {
  const p = s.predicted ? s.correct / s.predicted : 0;
  const r = s.gold ? s.correct / s.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return (
    `  ${label.padEnd(11)} P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F1 ${(100 * f).toFixed(2)}` +
    `  (${s.correct}/${s.predicted} predicted, ${s.gold} gold words; ${s.exactLines}/${s.lines} lines exact` +
    `${s.leftOut ? `; ${s.leftOut} lines left out: gold text differs` : ''})`
  );
}

for (const f of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
  const pairs = readFileSync(`${dir}/${f}`, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [input = '', expected = ''] = l.split('\t');
      return { input: normalize(input), expected: normalize(expected) };
    });
  const syllableCases = !pairs.some((p) => p.expected.includes('_'));
  const gold = pairs.map((p) => ({
    input: p.input,
    gold: p.expected.split(/\s+/).filter((w) => w.length > 0).map((w) => (syllableCases ? w : w.replace(/_/g, ' '))),
  }));
  const note = f.startsWith('rdrsegmenter_train') ? " (RDRsegmenter's own training data: its rdr scores flatter it)" : '';
  console.log(`${f}: ${pairs.length} pairs${syllableCases ? ' (syllable tokens, scored with the tokenizer)' : ''}${note}`);
  const tokens = (i: number): string[] => tokenize(gold[i]!.input).map((t) => gold[i]!.input.slice(t.start, t.end));
  if (syllableCases) {
    console.log(report('tokens', score(gold, tokens)));
    continue;
  }
  const rdrRef = (i: number): string[] => {
    const ts = tokens(i);
    const tags = rdrTags(ts, { pure: true });
    const words: string[] = [];
    ts.forEach((t, k) => {
      if (tags[k] === 1 && words.length > 0) words[words.length - 1] += ' ' + t;
      else words.push(t);
    });
    return words;
  };
  const rdr = (i: number): string[] => rdrSegmentLine(gold[i]!.input).map((w) => w.syllables.join(' '));
  const ours = (i: number): string[] => vntkSegmentLine(gold[i]!.input).map((w) => w.syllables.join(' '));
  const rdrScore = score(gold, rdr);
  const refScore = score(gold, rdrRef);
  console.log(report('rdr', rdrScore));
  if (JSON.stringify(rdrScore) !== JSON.stringify(refScore)) console.log(report('rdr-ref', refScore));
  console.log(report('vntk', score(gold, ours)));
  if (withVntk && !syllableCases) {
    const theirs = await tagAll(gold.map((g) => g.input), 2, 10_000);
    const timedOut = theirs.filter((r) => 'timedOut' in r).length;
    const vntk = (i: number): string[] => {
      const r = theirs[i]!;
      return 'timedOut' in r ? [] : r.words;
    };
    console.log(report('vntk-native', score(gold, vntk)) + (timedOut ? ` [${timedOut} lines timed out]` : ''));
    const same = gold.filter((_, i) => JSON.stringify(vntk(i)) === JSON.stringify(ours(i))).length;
    console.log(`  ours = vntk on ${same}/${gold.length} lines`);
  }
}
