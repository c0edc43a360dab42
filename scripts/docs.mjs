// Regenerate the files listed in scripts/generated.mjs with the built CLI (step 3 of `npm run generate`),
// or, with --check, report the stale ones and exit 1.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generated } from './generated.mjs';

const bin = fileURLToPath(new URL('../bin/plans.js', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const argv of generated) {
  const r = spawnSync(process.execPath, [bin, ...argv, ...(check ? ['--check'] : [])], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status === 1 && check) stale++;
  else if (r.status !== 0) process.exit(r.status ?? 2);
}
process.exit(stale > 0 ? 1 : 0);
