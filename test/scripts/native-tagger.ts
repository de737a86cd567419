// vntk's own tagger needs its native addon (crfsuite), which `npm ci` does not build (package.json
// `allowScripts` denies crfsuite's and fasttext's install scripts: vnews never loads them, and so
// installs without a C++ compiler). The dev scripts that compare against vntk build it here, on
// first use, and say so.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function loads(): boolean {
  try {
    createRequire(import.meta.url)('crfsuite');
    return true;
  } catch {
    return false;
  }
}

/** Make sure `require('vntk').wordTokenizer()` can load crfsuite: build it (`npm rebuild crfsuite`) when it is not built. */
export function ensureNativeTagger(): void {
  if (loads()) return;
  process.stderr.write("vntk's native tagger (crfsuite) is not built (npm ci leaves it out): building it now with `npm rebuild crfsuite` (needs make and a C++ compiler)…\n");
  // allowScripts denies crfsuite's install script; this one rebuild, asked for by name, lifts that.
  const r = spawnSync('npm', ['rebuild', 'crfsuite', '--dangerously-allow-all-scripts', '--foreground-scripts'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !loads()) {
    process.stderr.write('could not build crfsuite (is a C++ compiler installed? apt-get install g++ make): this script needs vntk\'s native tagger\n');
    process.exit(2);
  }
  process.stderr.write('crfsuite built.\n');
}
