// Per stage, in one process, code warm: MB per CPU-second of cleaning (prepare), tokenizing
// (lines), each kind's find, and the whole extract, on the .txt files below DIR, with the build in
// DIST (`node test/bench/stages.mjs DIST DIR`; prints one JSON line). Loads DIST's cli/run.js
// first, so that the V8 flags a run sets are set here too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, dir] = process.argv.slice(2).map((p) => resolve(p));
const at = (m) => import(pathToFileURL(join(dist, m)).href);
await at('cli/run.js');
const { prepare } = await at('clean/index.js');
const { lines } = await at('text/tokens.js');
const { extract } = await at('extract.js');
const kinds = {};
for (const k of ['officials', 'conferences', 'dates', 'figures']) kinds[k] = (await at(`kinds/${k}/index.js`))[k];
const texts = readdirSync(dir, { recursive: true })
  .filter((f) => typeof f === 'string' && f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const ROUNDS = 3;
const rate = (fn) => {
  fn(); // warm
  fn();
  const c0 = cpu();
  for (let r = 0; r < ROUNDS; r++) fn();
  return (mb * ROUNDS) / (cpu() - c0);
};
const prepared = texts.map((t) => prepare(t, true).masked);
const contexts = prepared.map((text) => ({ text, lines: lines(text) }));
const out = {
  clean: rate(() => texts.forEach((t) => prepare(t, true))),
  tokenize: rate(() => prepared.forEach((t) => lines(t))),
};
for (const [k, kind] of Object.entries(kinds)) out[k] = rate(() => contexts.forEach((c) => kind.find(c)));
out.extract = rate(() => texts.forEach((t) => extract(t)));
console.log(JSON.stringify(out));
