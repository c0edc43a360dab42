export function valueAt(
  clauses: unknown,
  path: string,
  listKeyFields: Readonly<Record<string, string>>,
): unknown;
export function renderCrosswalk(): Promise<string>;
