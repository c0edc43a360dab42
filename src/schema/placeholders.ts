/**
 * The example values `plans new` writes into a scaffold. A plan that still holds one of them
 * was not finished: validation warns (`placeholder`), so `--strict` fails until each is
 * replaced. Declared here so that the scaffold (render/scaffold.ts) and the check
 * (load/checks.ts) use the same strings.
 */
export const placeholders = {
  title: 'Title of the plan as readers know it',
  sourceKey: 'example-source',
  sourceTitle: 'Headline of the article or document',
  publisher: 'Outlet',
  url: 'https://example.org/article',
} as const;

/** The example summary of each clause family in a scaffold. */
export const placeholderSummaries: Readonly<Record<string, string>> = {
  sovereignty: "Ukraine's sovereignty is affirmed.",
  ceasefire: 'Fighting stops along the current line within 30 days.',
  recognition: 'Territory is frozen along the line of contact.',
  elections: 'National elections are held within 100 days.',
  neutrality: 'Ukraine does not join NATO and may join the EU.',
  security_package: 'Ukraine gets guarantees and keeps an army of up to 800,000 in peacetime.',
  sanctions: 'Sanctions are lifted in stages, and return if Russia attacks again.',
  economy: 'A reconstruction fund rebuilds Ukraine.',
  energy_transit: 'The Zaporizhzhia plant restarts under IAEA supervision.',
  implementation: 'The agreement is signed, put to a referendum, then ratified.',
  signatories: 'Ukraine, Russia, the United States and Europe sign.',
  accountability: 'No amnesty; a special tribunal tries the crime of aggression.',
  humanitarian: 'All prisoners are exchanged and deported children return.',
  rights: 'Ukraine applies EU rules on minority languages.',
};
