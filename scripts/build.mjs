// Bundle the CLI into dist/ with esbuild: a small entry (with the fast start of `plans diff`),
// and the full program with chunks loaded on demand (each output format, the map); the library
// entry and its type declarations. Then validate the bundled plans into dist/plans-cache/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { heavyInputs } from './fastPath.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// chalk probes the terminal when it is imported (supports-color: os, tty, process, env). Every
// chalk in this program is built with an explicit level decided by src/cli/io.ts useColor, so
// the probe is replaced by a constant: less work at start-up, and no second opinion on colour.
const noColorProbe = {
  name: 'no-color-probe',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'plans-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'plans-stub' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [noColorProbe],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifySyntax: true,
  logLevel: 'warning',
  banner: {
    // Bundled CommonJS dependencies (cli-table3, js-yaml) call require(); give ES modules one.
    js: "import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);",
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
// The entry: the fast start of `plans diff` in one self-contained file, so starting it loads
// one module and none of commander, yaml or zod. The full program is a separate bundle,
// imported only when the fast path declines.
const entry = await build({
  ...common,
  metafile: true,
  // CommonJS: Node 20 starts it several milliseconds sooner than an ES module (bin/plans.js, CommonJS by bin/package.json).
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__plansModuleUrl' },
  banner: { js: "const __plansModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Minified: less to parse at every start. DEBUG=1 stacks from this file point into the
  // program bundle for everything but the fast path.
  minify: true,
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  // Stays a real import(): the program is an ES module bundle with chunks.
  external: ['./program.js'],
});
const heavy = heavyInputs(entry.metafile);
if (heavy.length > 0) {
  console.error(
    `build: rule fast-diff-stays-light: dist/cli.cjs (the fast start of \`plans diff\`) bundles ${heavy.join(', ')}; ` +
      'import it from the program (src/cli/program.ts and below) instead, or as a type only',
  );
  process.exit(1);
}
await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { program: 'src/cli/program.ts' },
  outdir: 'dist',
  splitting: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
});

// The library (package.json `exports`): one self-contained module, and its type declarations.
await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  legalComments: 'linked',
});
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

// The plan cache: built by a throw-away bundle of the loader, run once.
const tmp = mkdtempSync(join(tmpdir(), 'plans-build-'));
try {
  const tool = join(tmp, 'build-plan-cache.mjs');
  await build({ ...common, absWorkingDir: root, entryPoints: ['src/cli/buildPlanCache.ts'], outfile: tool });
  execFileSync(process.execPath, [tool, join(root, 'plans'), join(root, 'dist', 'plans-cache')], {
    stdio: 'inherit',
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
