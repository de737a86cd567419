// Output that cannot be written whole is an error: a full disk (a tmpfs of 1 MB, filled), /dev/full,
// and a writer that takes fewer bytes than it is given, as a full disk does. Exit 2, one line on
// stderr, the old --out FILE kept, no temporary file left.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { abandonOutput, finishOutput, outputTo, useWriter, write, writeFully, WriteError, type Writer } from '../src/cli/output.js';

const BIN = fileURLToPath(new URL('../bin/vnews.js', import.meta.url));
const SEEDS = 'fixtures/seeds';

/** A writer that takes at most `most` bytes a call, and nothing once `budget` bytes are written (a disk that fills). */
function shortWriter(most: number, budget = Infinity): Writer & { taken: number[]; chunks: Buffer[] } {
  const taken: number[] = [];
  const chunks: Buffer[] = [];
  const w = (_fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    const written = taken.reduce((a, b) => a + b, 0);
    const n = Math.max(0, Math.min(most, length, budget - written));
    taken.push(n);
    chunks.push(Buffer.from(buffer.subarray(offset, offset + n)));
    return n;
  };
  return Object.assign(w, { taken, chunks });
}

describe('writeFully', () => {
  it('writes every byte through a writer that takes a few at a time', () => {
    const w = shortWriter(3);
    writeFully(99, 'Hội nghị Ngoại vụ lần thứ 20\n', 'test', w);
    expect(Buffer.concat(w.chunks).toString('utf8')).toBe('Hội nghị Ngoại vụ lần thứ 20\n');
    expect(w.taken.every((n) => n <= 3)).toBe(true);
  });

  it('a write that takes nothing (the disk is full) or fails is a WriteError naming where', () => {
    expect(() => writeFully(99, 'x'.repeat(100), '--out f.json', shortWriter(10, 42))).toThrow(new WriteError('--out f.json: no space left on device (42 of 100 bytes written)'));
    const failing: Writer = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(() => writeFully(99, 'x', 'standard output', failing)).toThrow(new WriteError('standard output: no space left on device'));
  });
});

describe('--out FILE with short writes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vnews-short-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => useWriter());

  it('a disk that fills mid-answer: write throws, FILE keeps what it held, the temporary is removed', async () => {
    const file = join(dir, 'f.json');
    writeFileSync(file, 'old\n');
    outputTo(file);
    useWriter(shortWriter(7, 20));
    await expect(write('{"words": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\n')).rejects.toThrow(WriteError);
    abandonOutput();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it('short writes that all go through give the whole answer', async () => {
    const file = join(dir, 'g.json');
    outputTo(file);
    const text = `${'Bộ trưởng Bộ Ngoại giao '.repeat(50)}\n`;
    // The system's write, five bytes a call at most.
    useWriter((fd, buffer, offset, length) => writeSync(fd, buffer, offset, Math.min(length, 5)));
    await write(text);
    useWriter();
    finishOutput(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

function run(args: string[], stdout: number | 'pipe' = 'pipe') {
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr };
}

describe('/dev/full', () => {
  it.each([
    ['freq', '--format', 'json', SEEDS],
    ['figures', '--format', 'ndjson', SEEDS],
    ['kwic', 'Hội nghị', '--no-summary', SEEDS], // the table's count line (stderr) left out
    ['check', '--format', 'json', SEEDS],
    ['freq', '--partial', '-', SEEDS],
  ])('%s … > /dev/full: one line and exit 2', (...args) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = run(args, fd);
      expect(r.stderr).toBe('vnews: standard output: no space left on device\n');
      expect(r.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});

/** A 1 MB tmpfs, mounted where root can (CI runs as root), filled to the last block. */
const isRoot = process.getuid?.() === 0;

describe.runIf(isRoot)('a full disk (tmpfs)', () => {
  let mnt: string;
  beforeAll(() => {
    mnt = mkdtempSync(join(tmpdir(), 'vnews-full-'));
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt], { encoding: 'utf8' });
    if (m.status !== 0) throw new Error(`mount -t tmpfs failed: ${m.stderr}`);
    writeFileSync(join(mnt, 'f.json'), 'old\n');
    try {
      writeFileSync(join(mnt, 'fill'), Buffer.alloc(2 << 20));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
  });
  afterAll(() => {
    spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  });

  it('--out FILE: exit 2, one line, FILE as it was, no temporary left', () => {
    const r = run(['freq', '--format', 'json', '--out', join(mnt, 'f.json'), SEEDS]);
    expect(r.stderr).toBe(`vnews: --out ${join(mnt, 'f.json')}: no space left on device\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(join(mnt, 'f.json'), 'utf8')).toBe('old\n');
    expect(readdirSync(mnt).sort()).toEqual(['f.json', 'fill']);
  });

  it('stdout to a file on it, and --partial FILE: exit 2 and one line', () => {
    const fd = openSync(join(mnt, 'g.json'), 'w');
    try {
      const r = run(['freq', '--format', 'json', SEEDS], fd);
      expect(r.stderr).toBe('vnews: standard output: no space left on device\n');
      expect(r.status).toBe(2);
    } finally {
      closeSync(fd);
    }
    const p = run(['freq', '--partial', join(mnt, 'p.json'), SEEDS]);
    expect(p.stderr).toBe(`vnews: ${join(mnt, 'p.json')}: no space left on device\n`);
    expect(p.status).toBe(2);
    expect(existsSync(join(mnt, 'p.json'))).toBe(false);
    expect(readdirSync(mnt).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--out DIR', () => {
  it('fails before the run, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnews-outdir-'));
    try {
      const r = run(['freq', '--out', dir, SEEDS]);
      expect(r.stderr).toBe(`vnews: --out ${dir}: is a directory\n`);
      expect(r.status).toBe(2);
      expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`.${dir.split('/').at(-1)}.`))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
