// A pool of vntk child processes (see vntk-worker.ts) with a time limit per line.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureNativeTagger } from './native-tagger.js';

const WORKER = fileURLToPath(new URL('./vntk-worker.ts', import.meta.url));

export type VntkResult = { words: string[] } | { timedOut: true };

class Worker {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;

  constructor(private readonly env: NodeJS.ProcessEnv = {}) {}

  private start(): Promise<void> {
    ensureNativeTagger();
    const child = fork(WORKER, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, ...this.env },
    });
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`vntk worker exited (${code}) before it was ready`)));
    });
    return this.ready;
  }

  async tag(id: number, line: string, limitMs: number): Promise<VntkResult> {
    if (!this.child) await this.start();
    else await this.ready;
    const child = this.child!;
    return new Promise<VntkResult>((resolve, reject) => {
      const onMessage = (msg: { id?: number; words?: string[] }): void => {
        if (msg.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve({ words: msg.words ?? [] });
      };
      const onExit = (code: number | null): void => {
        clearTimeout(timer);
        this.child = undefined;
        reject(new Error(`vntk worker exited (${code}) on line ${id}`));
      };
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.kill('SIGKILL');
        this.child = undefined;
        resolve({ timedOut: true });
      }, limitMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ id, line });
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }
}

/** Tag every line with vntk, `size` processes at a time; lines over `limitMs` time out. */
export async function tagAll(
  lines: readonly string[],
  size: number,
  limitMs: number,
  onProgress?: (done: number) => void,
  env: NodeJS.ProcessEnv = {},
): Promise<VntkResult[]> {
  const results = new Array<VntkResult>(lines.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(env));
  await Promise.all(
    workers.map(async (w) => {
      while (next < lines.length) {
        const i = next++;
        // Time starts when the line is sent; the worker's start-up is awaited before.
        results[i] = await w.tag(i, lines[i]!, limitMs);
        if (++done % 2000 === 0) onProgress?.(done);
      }
      w.stop();
    }),
  );
  return results;
}
