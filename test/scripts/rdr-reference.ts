// RDRsegmenter's Java reference (../shared/rdrsegmenter/reference, with its Seg.java driver), run
// on lines of syllable tokens, for the dev scripts that compare our RDR segmenter with it. Java
// (Debian's default-jdk-headless) is needed by these scripts only, never by the tests or a user.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenize } from '../../src/segment/tokenizer.js';
import { respell, B } from '../../src/segment/rdr/index.js';

export const REFERENCE = process.env.RDR_REFERENCE ?? '../shared/rdrsegmenter/reference';

let built: string | undefined;

/** A writable copy of the reference, compiled. */
function build(): string {
  if (built) return built;
  if (!existsSync(join(REFERENCE, 'Seg.java'))) throw new Error(`${REFERENCE}: no Seg.java (set RDR_REFERENCE to the reference folder)`);
  const dir = mkdtempSync(join(tmpdir(), 'vnews-rdr-ref-'));
  cpSync(REFERENCE, dir, { recursive: true });
  const javac = spawnSync('javac', ['-encoding', 'UTF-8', ...['DataPreprocessor', 'FWObject', 'Node', 'RDRsegmenter', 'Seg', 'Tokenizer', 'Utils', 'Vocabulary', 'WordTag'].map((n) => `${n}.java`)], { cwd: dir, encoding: 'utf8' });
  if (javac.error || javac.status !== 0) throw new Error(`javac failed (apt-get install -y default-jdk-headless): ${javac.error?.message ?? javac.stderr}`);
  return (built = dir);
}

/** The syllable tokens of a line, as our segmenters see them. */
export function lineTokens(line: string): string[] {
  return tokenize(line).map((t) => line.slice(t.start, t.end));
}

/** What the reference is fed for a line: its tokens, one space between them. */
export function referenceInput(tokens: readonly string[]): string {
  return tokens.join(' ');
}

/** Our tags written as the reference writes its answer: respelled syllables, `_` inside a word, a space between words. */
export function asReference(tokens: readonly string[], tags: ArrayLike<number>): string {
  let s = '';
  tokens.forEach((t, i) => {
    s += (tags[i] === B ? ' ' : '_') + respell(t);
  });
  // Java trims its answer (and the line it reads: a line's first or last token of control
  // characters alone is not compared); the answer goes through UTF-8, a lone surrogate as U+FFFD.
  return (s as unknown as { toWellFormed(): string }).toWellFormed().replace(/^[\0- ]+|[\0- ]+$/g, '');
}

/** The reference's answer for each line (one per input line). */
export function runReference(inputs: readonly string[]): string[] {
  const dir = build();
  const r = spawnSync('java', ['-Xss16m', 'Seg'], { cwd: dir, input: inputs.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0) throw new Error(`java Seg failed: ${r.error?.message ?? r.stderr}`);
  const out = r.stdout.split('\n');
  out.pop();
  if (out.length !== inputs.length) throw new Error(`java Seg gave ${out.length} lines for ${inputs.length}`);
  return out;
}
