#!/usr/bin/env node
// The vnews command. It runs dist/bundle/main.js, the command line bundled into one CommonJS file
// (src/build/bundle.ts), compiled with V8's code cache in dist/bundle/main.cache when the cache
// was made by this Node with these flags (src/build/code-cache.ts; V8 refuses any other, and the
// file is then compiled as usual). dist/ is built by `npm ci` (prepare) or `npm run build`.
// This file is CommonJS (bin/package.json): an ES module here cost every run about 5 ms of
// Node's module loader.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const root = join(__dirname, '..');
const dir = join(root, 'dist', 'bundle');
const file = join(dir, 'main.js');
if (!existsSync(file)) {
  process.stderr.write(`vnews: ${join(root, 'dist')}/ is missing: run npm run build (in ${root}/)\n`);
  process.exit(2);
}
// The flags src/cli/run.ts sets (V8_FLAGS), set before compiling: a code cache holds the flags it was made with.
setFlagsFromString('--max-inlined-bytecode-size=60 --max-inlined-bytecode-size-cumulative=240 --interrupt-budget=135168');
const cacheFile = join(dir, 'main.cache');
// Set by src/build/code-cache.ts: this run writes the cache, of every function it compiled.
const writeCache = process.env.VNEWS_WRITE_CODE_CACHE === '1';
const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
// The wrapper Node gives a CommonJS module, on the file's first line so that line numbers hold.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
// For the tests (and anyone wondering): whether V8 took the cache.
if (process.env.VNEWS_CODE_CACHE_REPORT === '1') process.stderr.write(`vnews: code cache ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'refused' : 'taken'}\n`);
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dir);
if (writeCache) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
bundle.exports.main(process.argv);
