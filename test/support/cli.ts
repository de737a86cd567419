// Running the built CLI (bin/vnews.js → dist/) as a user would.
import { spawnSync } from 'node:child_process';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, ['bin/vnews.js', ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
