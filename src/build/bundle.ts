// Run by `npm run build` once tsc is done (`node dist/build/bundle.js`): bundles the command line
// (dist/cli/main.js) and the worker threads' module (dist/parallel/worker.js), with commander, into
// dist/bundle/ with esbuild, so that a run loads fewer files. Node's loader resolves, reads and
// links every ES module on its own: `vnews --help` loaded 41 files of ours and a tiny extract 74;
// bundled, 25 and 44. A module loaded by `await import()` stays a chunk of its own, loaded only
// when the command runs it.
//
// dist/ keeps tsc's modules: the library (`import 'vnews'`) is them, and the bundle takes its code
// from them. A module that finds a file by its own place (`new URL('../models/', import.meta.url)`,
// `createRequire(import.meta.url)`) gets the place of its tsc copy, so every data path and package
// look-up is the same as before. The pool is the exception: it starts `./worker.js` beside itself,
// and bundled that is the bundled worker.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const DIST = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE_DIR = fileURLToPath(new URL('../bundle/', import.meta.url));

/** Packages bundled in: small, pure JavaScript, loaded by every run (the rest stay in node_modules). */
const BUNDLED_PACKAGES = new Set(['commander']);
/** Modules whose import.meta.url is the bundle's own (see above). */
const OWN_PLACE = new Set([['parallel', 'pool.js'].join(sep)]);

/** A bare import (a package, or node:fs) is left to Node unless its package is in BUNDLED_PACKAGES. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/', 2).join('/') : args.path.split('/', 1)[0];
      return name !== undefined && BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/** Each module of dist/ keeps its own import.meta.url: its tsc copy's, found from the bundle's. */
const ownPlace: Plugin = {
  name: 'own-place',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rel = relative(DIST, args.path);
      if (rel.startsWith('..') || OWN_PLACE.has(rel) || !source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const place = `new URL(${JSON.stringify(relative(BUNDLE_DIR, args.path).split(sep).join('/'))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', place), loader: 'js' };
    });
  },
};

rmSync(BUNDLE_DIR, { recursive: true, force: true });
await build({
  entryPoints: { main: `${DIST}cli/main.js`, worker: `${DIST}parallel/worker.js` },
  outdir: BUNDLE_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A CommonJS package bundled in (commander) calls require() for Node's modules. Every chunk gets
  // the banner, so the require is made on first use: createRequire in each of 45 chunks cost a
  // tiny run about 10 ms.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; let requireForBundle; const require = (id) => (requireForBundle ??= createRequireForBundle(import.meta.url))(id);" },
  plugins: [packagesOutside, ownPlace],
  sourcemap: 'linked',
  logLevel: 'warning',
});
