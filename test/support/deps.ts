// The import-graph check of `npm run deps` (dependency-cruiser with .dependency-cruiser.mjs), as
// one line per violation: the rule, then the import (`(type-only)` when only types cross it) or
// the circle it closes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DEPS_CONFIG = fileURLToPath(new URL('../../.dependency-cruiser.mjs', import.meta.url));
const DEPCRUISE = fileURLToPath(new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url));

interface Violation {
  type: string;
  from: string;
  to: string;
  dependencyTypes?: string[];
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

/** The violations of `src` under `cwd`, one line each, in dependency-cruiser's order. */
export function importViolations(cwd: string): string[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', DEPS_CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.stdout === '') throw new Error(`dependency-cruiser wrote nothing (status ${r.status}): ${r.stderr}`);
  const result = JSON.parse(r.stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => {
    if (v.cycle !== undefined) return `${v.rule.name}: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')}`;
    const typeOnly = v.dependencyTypes?.includes('type-only') ? ' (type-only)' : '';
    return `${v.rule.name}: ${v.from} → ${v.to}${typeOnly}`;
  });
}
