// Run by `npm run build` once tsc is done (`node dist/build/bundle.js`): bundles the command line
// (dist/cli/main.js) and the worker threads' module (dist/parallel/worker.js), with commander and
// chalk, into one CommonJS file each in dist/bundle/ with esbuild. bin/vnews.js compiles main.js
// with V8's code cache (see src/build/code-cache.ts).
//
// Why one CommonJS file: Node's ES module loader resolves, reads, translates and links every
// module on its own, asynchronously. Split into 45 ES chunks (each command's code loaded only when
// it ran), a tiny extract took 0.19 s against 0.08 s for bare node; one CommonJS file of every
// command, 0.16 s, and 0.146 s with the code cache. A module loaded by `await import()` is still
// evaluated only when its command runs (esbuild wraps it in a function).
//
// dist/ keeps tsc's modules: the library (`import 'vnews'`) is them, and the bundle takes its code
// from them. A module that finds a file by its own place (`new URL('../models/', import.meta.url)`,
// `createRequire(import.meta.url)`) gets the place of its tsc copy, so every data path and package
// look-up is the same as before. The pool is the exception: it starts `./worker.js` beside itself,
// and bundled that is the bundled worker.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const DIST = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE_DIR = fileURLToPath(new URL('../bundle/', import.meta.url));
/** The bundle's own file: URL, set by the banner. */
const BUNDLE_URL = '__vnewsBundleUrl';

/**
 * Packages bundled in: small, pure JavaScript (the rest stay in node_modules). chalk is an ES
 * module only, which CommonJS cannot require on Node 20; cli-table3 and its string-width (with
 * that one's own dependencies) are bundled so that string-width can be memoized (below).
 */
const BUNDLED_PACKAGES = new Set(['commander', 'chalk', 'cli-table3', 'string-width', 'strip-ansi', 'ansi-regex', 'emoji-regex', 'is-fullwidth-code-point']);
/** Modules whose import.meta.url is the bundle's own (see above). */
const OWN_PLACE = new Set([['parallel', 'pool.js'].join(sep)]);

/** A bare import (a package, or node:fs) is left to Node unless its package is in BUNDLED_PACKAGES; a package's own `#name` imports (chalk's) are the package's. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/', 2).join('/') : args.path.split('/', 1)[0];
      return name !== undefined && BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * A plugin that gives one package, when it imports `specifier`, the module `contents` instead,
 * whose own imports resolve from `resolveDir` (by default, as the bundle's do).
 */
function shim(name: string, importerPackage: string, specifier: string, contents: string, resolveDir?: string): Plugin {
  const importer = new RegExp(`[\\\\/]node_modules[\\\\/]${importerPackage}[\\\\/]`);
  const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, (args) => (importer.test(args.importer) ? { path: specifier, namespace: name } : undefined));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js', ...(resolveDir === undefined ? {} : { resolveDir }) }));
    },
  };
}

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of their
 * own (vnews has none): 7–8 ms of a tiny run. Bundled, it gets the module on first use instead.
 */
const lazyChildProcess = shim('lazy-child-process', 'commander', 'node:child_process', "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });");

/**
 * cli-table3 measures each cell with string-width many times over (laying out, then drawing), and
 * string-width 4 builds two regular expressions at each call (ANSI codes, emoji): a table of 750
 * articles (46,824 lines) spent 1.9 of its 5.3 CPU-seconds there. Bundled, cli-table3 gets
 * string-width with each string's width remembered (the same function of the same string; the
 * memory is dropped past 100,000 strings). Its require is of the string-width cli-table3 itself
 * would get.
 */
const memoStringWidth = shim(
  'memo-string-width',
  'cli-table3',
  'string-width',
  [
    "const stringWidth = require('string-width');",
    'const widths = new Map();',
    'module.exports = (s, ...rest) => {',
    "  if (typeof s !== 'string' || rest.length > 0) return stringWidth(s, ...rest);",
    '  let w = widths.get(s);',
    '  if (w === undefined) {',
    '    if (widths.size >= 100000) widths.clear();',
    '    w = stringWidth(s);',
    '    widths.set(s, w);',
    '  }',
    '  return w;',
    '};',
  ].join('\n'),
  dirname(createRequire(DIST).resolve('cli-table3/package.json')),
);

/** Each module of dist/ keeps its own import.meta.url: its tsc copy's, found from the bundle's. */
const ownPlace: Plugin = {
  name: 'own-place',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rel = relative(DIST, args.path);
      if (rel.startsWith('..') || !source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const place = OWN_PLACE.has(rel) ? BUNDLE_URL : `new URL(${JSON.stringify(relative(BUNDLE_DIR, args.path).split(sep).join('/'))}, ${BUNDLE_URL}).href`;
      return { contents: source.replaceAll('import.meta.url', place), loader: 'js' };
    });
  },
};

/**
 * The bundle require()s each package left outside it, so each must be CommonJS: Node 20 before
 * 20.19 cannot require an ES module. The build fails naming the one that is not (bundle it in,
 * as chalk is).
 */
function checkRequirable(packages: Iterable<string>): void {
  const requireFromDist = createRequire(DIST);
  for (const name of packages) {
    const file = requireFromDist.resolve(name);
    // The package.json nearest the file says how a .js file is read.
    let dir = dirname(file);
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    const pkg = join(dir, 'package.json');
    const type = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type : undefined;
    if (file.endsWith('.mjs') || (file.endsWith('.js') && type === 'module')) throw new Error(`bundle: ${name} resolves to an ES module (${file}), which the CommonJS bundle cannot require on Node 20 before 20.19: add it to BUNDLED_PACKAGES`);
  }
}

rmSync(BUNDLE_DIR, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: `${DIST}cli/main.js`, worker: `${DIST}parallel/worker.js` },
  outdir: BUNDLE_DIR,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // `await import('fast-glob')` (and piscina) becomes a require() when it runs: the bundle is
  // compiled as a script (bin/vnews.js), which has no import() of its own, and both packages are
  // CommonJS.
  supported: { 'dynamic-import': false },
  // A module that runs only when a command needs it is wrapped in a function, and its top-level
  // consts become vars of the bundle, which V8 reads at each use; minifySyntax writes the primitive
  // consts one module exports to another (the tokenizer's character classes, TABLE_SIZE) in place.
  // Counted with valgrind (`node --single-threaded`, extract -j 1 on the corpus): 5.25 billion
  // instructions against 5.32 without it. (Names and whitespace are kept: minifying them too was
  // slower to start.)
  minifySyntax: true,
  // Our modules are ES modules, which are strict; the bundle keeps them so.
  banner: { js: `'use strict';\nconst ${BUNDLE_URL} = require('node:url').pathToFileURL(__filename).href;` },
  plugins: [lazyChildProcess, memoStringWidth, packagesOutside, ownPlace],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
checkRequirable(
  new Set(
    Object.values(result.metafile.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external && !i.path.startsWith('node:'))
      .map((i) => i.path),
  ),
);
// dist/ is "type": "module"; the bundle's .js files are CommonJS.
writeFileSync(`${BUNDLE_DIR}package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
