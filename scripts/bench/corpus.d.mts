export function writeCorpus(
  plansDir: string,
  outDir: string,
  count: number,
  invalidShare: number,
): { files: number; invalid: number; bytes: number };
