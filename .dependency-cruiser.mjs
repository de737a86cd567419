// Who may import whom in src/ (`npm run deps`; test/tooling.test.ts runs the same check). Type-only
// imports count: a circle of types is still a circle for whoever reads the code.
//   the command line (src/cli/, its commands in src/cli/commands/): anything
//   the renderers (src/render/): the library, not the command line or the thread pool
//   the thread pool (src/parallel/): the library, not the command line or the renderers
//   the library (everything else: text, clean, kinds, segment, io, lexicon, corpus, quotes,
//     extract.ts, types.ts, index.ts...): itself only, but for index.ts, which may export the
//     multi-file loop that runs on src/parallel/
// and no circle anywhere.
const CLI = '^src/cli/';
const RENDER = '^src/render/';
const PARALLEL = '^src/parallel/';
const NOT_LIBRARY = [CLI, RENDER, PARALLEL];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module that reaches itself through its imports (type-only ones too).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'render-is-below-the-cli',
      comment: 'The renderers know nothing of the command line or the thread pool.',
      severity: 'error',
      from: { path: RENDER },
      to: { path: [CLI, PARALLEL] },
    },
    {
      name: 'parallel-is-below-the-cli',
      comment: 'The thread pool knows nothing of the command line or the renderers.',
      severity: 'error',
      from: { path: PARALLEL },
      to: { path: [CLI, RENDER] },
    },
    {
      name: 'library-is-below-the-cli',
      comment: 'The library imports no command line or renderer.',
      severity: 'error',
      from: { path: '^src/', pathNot: NOT_LIBRARY },
      to: { path: [CLI, RENDER] },
    },
    {
      name: 'library-runs-no-threads',
      comment: 'Only src/index.ts (the public API: a multi-file loop on the thread pool) may import src/parallel/.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...NOT_LIBRARY, '^src/index[.]ts$'] },
      to: { path: PARALLEL },
    },
    {
      name: 'resolvable',
      comment: 'An import that could not be resolved would slip past every rule above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
