/**
 * The architecture's rules, checked by `npm test` (npm run lint:deps): one direction
 * schema → load → diff/compare → render → cli, nothing below the CLI touches the process or
 * the file system, and bin.ts loads the full program only on demand. (That the fast start of
 * `plans diff` bundles none of zod, yaml, js-yaml or commander is checked on the bundle itself,
 * by scripts/build.mjs: type-only imports, which this parser counts, vanish there.)
 * docs/architecture.md explains each layer.
 */
const below = (layers) => `^src/(${layers.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'util-is-a-leaf',
      comment: 'src/util holds small helpers every layer may use; it imports no other layer.',
      severity: 'error',
      from: { path: '^src/util/' },
      to: { path: '^src/', pathNot: '^src/util/' },
    },
    {
      name: 'schema-is-the-base',
      comment: 'src/schema (the format and its vocabularies) imports only src/util.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/', pathNot: below(['schema', 'util']) },
    },
    {
      name: 'load-reads-schema-only',
      comment: 'src/load (text → located YAML → plan or diagnostics) builds on schema and util only.',
      severity: 'error',
      from: { path: '^src/load/' },
      to: { path: '^src/', pathNot: below(['load', 'schema', 'util']) },
    },
    {
      name: 'diff-is-pure',
      comment: 'src/diff (two plans → a diff) builds on schema and util only.',
      severity: 'error',
      from: { path: '^src/diff/' },
      to: { path: '^src/', pathNot: below(['diff', 'schema', 'util']) },
    },
    {
      name: 'compare-is-pure',
      comment: 'src/compare (plans → a matrix, a history, a position) builds on diff, schema, util.',
      severity: 'error',
      from: { path: '^src/(compare|map)/' },
      to: { path: '^src/', pathNot: below(['compare', 'map', 'diff', 'schema', 'util']) },
    },
    {
      name: 'validate-report-is-data',
      comment: 'src/validate assembles findings from load into a report; nothing above.',
      severity: 'error',
      from: { path: '^src/validate/' },
      to: { path: '^src/', pathNot: below(['validate', 'load', 'schema', 'util']) },
    },
    {
      name: 'render-below-cli',
      comment: 'Renderers turn results into strings; they never reach the CLI layer.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'renderers-do-not-import-renderers',
      comment:
        'One file per format: a renderer imports the shared helpers (describe, markdown, terminal, tableLayout, json, options, planFields, compareShared, xml, html, palette), never another format.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: {
        path: '^src/render/',
        pathNot: '^src/render/(describe|markdown|terminal|tableLayout|json|options|planFields|compareShared|xml|html|palette)\\.ts$',
      },
    },
    {
      name: 'library-is-not-the-cli',
      comment: 'The library entry (src/index.ts) exposes the core and the renderers, not the CLI.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'only-the-cli-touches-the-system',
      comment:
        'Only src/cli may use the file system, processes, threads or the terminal; every other layer is pure.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|worker_threads|tty|os|process|net|http|https|readline|module|cluster|dgram|vm)$',
      },
    },
    {
      name: 'bin-imports-the-fast-path-only',
      comment:
        'bin.ts imports fastDiff, errors and io; everything else comes through the program, loaded with import() only when the fast path declines.',
      severity: 'error',
      from: { path: '^src/cli/bin\\.ts$' },
      to: { path: '^(src/|node_modules/)', pathNot: '^src/cli/(fastDiff|errors|io|program)\\.ts$' },
    },
    {
      name: 'bin-loads-the-program-lazily',
      comment: 'The full program (commander, zod, yaml …) is loaded with import(), never statically.',
      severity: 'error',
      from: { path: '^src/cli/bin\\.ts$' },
      to: { path: '^src/cli/program\\.ts$', dynamic: false },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.json$' },
  },
};
