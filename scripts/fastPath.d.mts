export function heavyInputs(metafile: { inputs: Record<string, unknown> }): string[];
