// Hostile input and the process around it, for every command: control characters and escape
// sequences never reach a terminal raw; every input given comes out as a document or an error;
// the exit status is the documented one; --out never leaves half a file; an interrupt stops cleanly;
// the summary line on stderr.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlSpans, escapeControls } from '../src/text/controls.js';
import { maskFurniture, prepare } from '../src/clean/index.js';
import { runCli } from './support/cli.js';

const BIN = fileURLToPath(new URL('../bin/vnews.js', import.meta.url));
const SEEDS = 'fixtures/seeds';
const SEED = `${SEEDS}/000_dcd3b87138fbd1a3.txt`;

/** Characters a terminal acts on: C0 but tab and line feed, DEL, C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Escaping for display: input, then what a table shows. */
const ESCAPED: readonly [string, string][] = [
  ['\u001b[31mđỏ\u001b[0m', '\\x1b[31mđỏ\\x1b[0m'],
  ['chuông\u0007', 'chuông\\x07'],
  ['\u009b2J', '\\x9b2J'],
  ['a\bb', 'a\\x08b'],
  ['\u202eđảo ngược', '\\u202eđảo ngược'],
  ['tab\tand\nline', 'tab\tand\nline'],
  ['Bộ trưởng Bùi Thanh Sơn', 'Bộ trưởng Bùi Thanh Sơn'],
];

/** Control cuts: input, then what the extractors read (the cuts blanked, offsets hold). */
const MASKED: readonly [string, string][] = [
  ['a\u001b[31mb', 'a     b'],
  ['\u001b]0;2 triệu USD\u0007x', `${' '.repeat(16)}x`],
  ['\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', '               link       '],
  // An OSC without its terminator on the line is only ESC ]: the rest of the line is text.
  ['\u001b]0;còn\ntiếp', '  0;còn\ntiếp'],
  ['\u009b2Jz', '   z'],
  ['\u001b(Bq', '   q'],
  ['tab\there\u000b?', 'tab\there ?'],
  ['Hội nghị Ngoại vụ lần thứ 20', 'Hội nghị Ngoại vụ lần thứ 20'],
];

describe('control characters', () => {
  it.each(ESCAPED.map(([input, shown]) => ({ input, shown })))('escapeControls($input)', ({ input, shown }) => {
    expect(escapeControls(input)).toBe(shown);
  });
  it.each(MASKED.map(([input, read]) => ({ input, read })))('controlSpans($input)', ({ input, read }) => {
    const spans = controlSpans(input).map((s) => ({ ...s, reason: 'control' as const }));
    expect(maskFurniture(input, spans)).toBe(read);
    // Cut with or without --no-clean, as furniture with the reason `control`.
    for (const clean of [true, false]) {
      expect(prepare(input, clean).masked).toBe(read);
      expect(prepare(input, clean).cuts.filter((c) => c.reason === 'control')).toEqual(spans);
    }
  });
});

/** Every command that reads articles, with the arguments it needs and a case for each exit status. */
interface CommandCase {
  name: string;
  /** Arguments before the inputs. */
  args: string[];
  /** Inputs and arguments that give exit status 0, and 1 where the command has it. */
  ok: string[];
  none?: string[];
  /** One document (or error) per input in json and ndjson. */
  perDocument?: boolean;
}

const COMMANDS: CommandCase[] = [
  { name: 'extract', args: [], ok: [SEEDS], perDocument: true },
  { name: 'segment', args: [], ok: [SEED], perDocument: true },
  { name: 'clean', args: [], ok: [SEEDS], perDocument: true },
  { name: 'quotes', args: [], ok: [SEEDS] },
  { name: 'figures', args: [], ok: [SEEDS], none: ['--min', '1e30', SEEDS] },
  { name: 'officials', args: [], ok: [SEEDS] },
  { name: 'conferences', args: [], ok: [SEEDS] },
  { name: 'check', args: [], ok: [SEEDS], none: ['fixtures/check', SEEDS] },
  { name: 'dedupe', args: [], ok: [SEEDS], none: [SEED] },
  { name: 'freq', args: [], ok: [SEEDS] },
  { name: 'ngrams', args: ['-n', '2'], ok: [SEEDS] },
  { name: 'keywords', args: ['--tfidf'], ok: [SEEDS] },
  { name: 'kwic', args: ['Hội nghị'], ok: [SEEDS], none: ['zzqxw', SEEDS] },
  { name: 'collocations', args: ['Việt Nam'], ok: [SEEDS] },
  { name: 'plot', args: ['Hội nghị'], ok: [SEEDS], none: ['zzqxw', SEEDS] },
];

// check and dedupe report exit 1 for a finding / no finding; these fixture cases say which.
const ONE_MEANS: Record<string, string> = { figures: 'no figure', check: 'a disagreement', dedupe: 'no group', kwic: 'no hit', plot: 'no hit' };

/** The formats a command offers, as its --help lists them. */
function formatsOf(command: string): string[] {
  const help = runCli([command, '--help']).stdout.replace(/\s+/g, ' ');
  const choices = /--format <format>.*?\(choices: ([^)]*)\)/.exec(help)?.[1];
  if (choices === undefined) throw new Error(`no format choices in ${command} --help`);
  return [...new Set([...choices.replace(/default: .*/, "").matchAll(/"([a-z]+)"/g)].map((m) => m[1] as string))];
}

let dir: string;
let hostile: string;
let binary: string;
let missing: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnews-hostile-'));
  // A file whose name and text carry escape sequences, a bell, a C1 CSI and a bidi override.
  hostile = join(dir, 'tin\u001b[31m đỏ\u0007.txt');
  const seed = readFileSync(SEED, 'utf8').split('\n');
  seed[0] = `\u001b]0;tiêu đề giả\u0007${seed[0]}\u001b[2J\u009b1;1H`;
  seed.splice(2, 0, 'Hội nghị \u001b[1mViệt Nam\u001b[0m lần thứ 20 có hơn 300\u0008 đại biểu \u202eđảo ngược\u202c.');
  writeFileSync(hostile, seed.join('\n'));
  binary = join(dir, 'ảnh\u001b[2J.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  missing = join(dir, 'không có\u0007.txt');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(COMMANDS)('$name', (c) => {
  const formats = formatsOf(c.name);

  it.each(formats)('--format %s: bad inputs are named once each, escaped; nothing raw reaches the output; exit 2', (format) => {
    const inputs = [hostile, SEED, missing, binary];
    const r = runCli(['--no-summary', c.name, ...c.args, '--format', format, ...inputs]);
    expect(r.status).toBe(2);
    // One line each for the two bad inputs, the path escaped, and nothing else on stderr (--no-summary: no table count line).
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`vnews: ${escapeControls(missing)}: no such file or directory`);
    expect(lines[1]).toMatch(new RegExp(`^vnews: ${escapeControls(binary).replace(/[\\[\]().]/g, '\\$&')}: binary file`));
    expect(r.stderr).not.toMatch(RAW_CONTROL);

    if (format === 'table' || format === 'json' || format === 'ndjson') expect(r.stdout).not.toMatch(RAW_CONTROL);
    if (format === 'json') {
      const value = JSON.parse(r.stdout) as { errors: { path: string }[]; documents?: { path: string }[] };
      // JSON escapes per JSON: the paths come back exactly as given, control characters and all.
      expect(value.errors.map((e) => e.path)).toEqual([missing, binary]);
      if (c.perDocument) expect(value.documents?.map((d) => d.path)).toEqual([hostile, SEED]);
    }
    if (format === 'ndjson') {
      const values = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; path?: string });
      expect(values.filter((v) => v.type === 'error').map((v) => v.path)).toEqual([missing, binary]);
      if (c.perDocument) expect(values.map((v) => v.path)).toEqual(inputs);
    }
  });

  it('exit 0 when every input is read' + (c.none ? `, 1 for ${ONE_MEANS[c.name]}` : ''), () => {
    expect(runCli([c.name, ...c.args, '--format', 'json', ...c.ok]).status).toBe(0);
    if (c.none) expect(runCli([c.name, ...(c.name === 'kwic' || c.name === 'plot' ? [] : c.args), '--format', 'json', ...c.none]).status).toBe(1);
  });

  it('exit 2 on a usage error, with one line naming it', () => {
    const r = runCli([c.name, ...c.args, '--format', 'xml', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: option '-f, --format <format>' argument 'xml' is invalid/);
    expect(r.stdout).toBe('');
  });
});

describe('merge', () => {
  it('exit 0 or 1 as the merged command, 2 for a partial that cannot be read (the others still merged)', () => {
    const partial = (args: string[]) => runCli([...args, '--partial', '-']).stdout;
    const parts = join(dir, 'check.partials');
    writeFileSync(parts, partial(['check', 'fixtures/check']) + partial(['check', SEEDS]));
    expect(runCli(['merge', parts]).status).toBe(1);
    writeFileSync(parts, partial(['officials', '--format', 'json', SEED]));
    expect(runCli(['merge', parts]).status).toBe(0);
    const r = runCli(['merge', parts, missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vnews: ${escapeControls(missing)}: no such file\n`);
    expect((JSON.parse(r.stdout) as { officials: unknown[] }).officials.length).toBeGreaterThan(0);
  });
});

/** Run under a pseudo-terminal (util-linux `script`), as a user at a terminal would. */
function onTerminal(args: string[]): { status: number | null; output: string } {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '', TERM: 'xterm' } });
  return { status: r.status, output: r.stdout };
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('on a terminal', () => {
  it('text and csv escape what would drive the terminal; through a pipe they keep the bytes', () => {
    // (clean, segment and the extractors cut escape sequences as furniture: the file's name still holds them.)
    for (const args of [['figures', '--format', 'csv', hostile], ['quotes', '--format', 'csv', hostile]]) {
      const shown = onTerminal(args);
      expect(shown.status).toBe(0);
      expect(shown.output, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
      expect(shown.output).toContain('\\x1b[');
      expect(runCli(args).stdout).toContain('\u001b[');
    }
  });

  it('prints a summary line on stderr: files read, failed, and what was found', () => {
    const shown = onTerminal(['extract', '--format', 'ndjson', SEEDS, missing]);
    expect(shown.status).toBe(2);
    expect(shown.output).toMatch(/\nvnews: 6 files read, 1 failed; found \d+ officials, \d+ conferences, \d+ dates, \d+ figures\r?\n$/);
    expect(onTerminal(['--no-summary', 'extract', '--format', 'ndjson', SEEDS]).output).not.toMatch(/files read/);
  });
});

describe('summary line', () => {
  it('--summary gives it off a terminal too, counting inputs as the run read them', () => {
    const r = runCli(['--summary', 'extract', '--format', 'json', SEEDS, missing]);
    const doc = JSON.parse(r.stdout) as { documents: Record<string, unknown[]>[] };
    const count = (kind: string) => doc.documents.reduce((n, d) => n + (d[kind] as unknown[]).length, 0);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `vnews: 6 files read, 1 failed; found ${count('officials')} officials, ${count('conferences')} conferences, ${count('dates')} dates, ${count('figures')} figures`,
    );
  });

  it('counts what each command finds, in its own words', () => {
    expect(runCli(['--summary', 'officials', '--format', 'json', SEEDS]).stderr).toMatch(/^vnews: 5 files read, 0 failed; found \d+ officials\n$/);
    expect(runCli(['--summary', 'kwic', 'zzqxw', SEED]).stderr).toBe('0 hits\nvnews: 1 file read, 0 failed; found 0 lines\n');
    expect(runCli(['--summary', '-j', '2', 'segment', '--format', 'json', SEEDS]).stderr).toMatch(/^vnews: 5 files read, 0 failed; found [\d,]+ words\n$/);
  });

  it('is not printed when nothing ran (help, usage errors)', () => {
    expect(runCli(['--summary', 'extract', '--only', 'nope', SEED]).stderr).not.toMatch(/files read/);
    expect(runCli(['--summary', '--help']).stderr).toBe('');
  });
});

describe('--out FILE', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'vnews-out-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const leftovers = () => readdirSync(out).filter((f) => f.endsWith('.tmp'));

  it('writes what stdout would have held, and nothing to stdout', () => {
    const file = join(out, 'docs.ndjson');
    const r = runCli(['extract', '--format', 'ndjson', '-o', file, SEEDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(runCli(['extract', '--format', 'ndjson', SEEDS]).stdout);
    expect(leftovers()).toEqual([]);
  });

  it('a failed input still gives the file (the others are in it) and exit 2', () => {
    const file = join(out, 'partial.json');
    const r = runCli(['officials', '--format', 'json', SEED, missing, '--out', file]);
    expect(r.status).toBe(2);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('a usage error leaves FILE as it was; a folder that does not exist is named before the run', () => {
    const file = join(out, 'keep.txt');
    writeFileSync(file, 'old\n');
    expect(runCli(['extract', '--only', 'nope', '-o', file, SEED]).status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    const r = runCli(['extract', '-o', join(out, 'no/such/dir.txt'), SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vnews: --out ${join(out, 'no/such/dir.txt')}: no such directory\n`);
    expect(leftovers()).toEqual([]);
  });

  it('plot draws an image when FILE ends in .svg', () => {
    const file = join(out, 'plot.svg');
    expect(runCli(['plot', 'Hội nghị', SEEDS, '--out', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/<svg /);
  });

  it('Ctrl-C stops the run: exit 130, a line on stderr, FILE untouched, no temporary file left', async () => {
    const file = join(out, 'interrupted.ndjson');
    writeFileSync(file, 'old\n');
    // The run reads its paths from stdin as it goes; one is given, then it waits for more.
    const child = spawn(process.execPath, [BIN, '--files-from', '-', '-j', '1', 'extract', '--format', 'ndjson', '--out', file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.write(`${SEED}\n`);
    // Wait until the first document is in the temporary file, then interrupt.
    for (let i = 0; i < 200 && !readdirSync(out).some((f) => f.startsWith('.interrupted.ndjson.') && readFileSync(join(out, f), 'utf8').length > 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(leftovers()).toHaveLength(1);
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(stderr).toBe('vnews: interrupted\n');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(leftovers()).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('every input given comes out as a document or an error, in order, whatever the jobs', () => {
    const copy = join(dir, 'copy.txt');
    copyFileSync(SEED, copy);
    const empty = join(dir, 'trống.txt');
    writeFileSync(empty, '');
    const inputs = [SEED, missing, copy, binary, empty, hostile, join(dir, 'nothing-*.txt')];
    for (const jobs of ['1', '2']) {
      const r = runCli(['-j', jobs, 'extract', '--format', 'ndjson', ...inputs]);
      expect(r.status).toBe(2);
      const paths = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);
      expect(paths).toEqual(inputs);
      expect(existsSync(copy)).toBe(true);
    }
  });
});
