#!/usr/bin/env node
// The vnews command: dist/ (and dist/bundle/, the command line bundled: see src/build/bundle.ts) is built by `npm ci` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const cli = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(`vnews: ${fileURLToPath(new URL('../dist/', import.meta.url))} is missing: run npm run build (in ${fileURLToPath(new URL('..', import.meta.url))})\n`);
  process.exit(2);
}
const { main } = await import(cli.href);
main(process.argv);
