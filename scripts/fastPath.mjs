// The fast start of `plans diff` (dist/cli.cjs) answers from the plan cache without loading
// the libraries that cost start-up time. This names the ones it must never bundle, and finds
// them in an esbuild metafile: the check runs on the bundle, where type-only imports are gone.
const heavyPackages = ['zod', 'yaml', 'js-yaml', 'commander', 'cli-table3', 'tinyglobby', 'topojson-client'];

/** The heavy packages among a build's inputs (`metafile.inputs` keys are paths). */
export function heavyInputs(metafile) {
  const found = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m && heavyPackages.includes(m[1])) found.add(m[1]);
  }
  return [...found].sort();
}
