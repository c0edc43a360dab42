// Files in the repository that `plans` itself generates. `npm run generate` rewrites them;
// tests/unit/generated.test.ts runs each command with --check, so `npm test` fails when one
// is stale.
export const generated = [
  ['schema', '--out', 'schemas/plan.schema.json'],
  ['map', 'us-28-point', 'kyiv', '--out', 'docs/map-us-28-point-kyiv.svg'],
  ['list', '--format', 'markdown', '--inject', 'docs/plans.md', '--section', 'plans'],
  ['list', '--brief', '--format', 'markdown', '--inject', 'README.md', '--section', 'plans'],
  [
    'compare',
    'us-miami',
    'kremlin',
    'kyiv',
    'e3-counterproposal',
    '--format',
    'markdown',
    '--inject',
    'docs/example.md',
    '--section',
    'comparison',
  ],
];
