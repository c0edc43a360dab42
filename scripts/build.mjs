// Bundle the CLI into dist/ with esbuild: one entry file plus lazily loaded chunks for the
// formats and rarely used commands, so start-up only parses what `plans diff` needs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifySyntax: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  banner: {
    // Bundled CommonJS dependencies (cli-table3) call require(); give the ES module one.
    js: "import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);",
  },
});
