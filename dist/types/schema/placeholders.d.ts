/**
 * The example values `plans new` writes into a scaffold. A plan that still holds one of them
 * was not finished: validation warns (`placeholder`), so `--strict` fails until each is
 * replaced. Declared here so that the scaffold (render/scaffold.ts) and the check
 * (load/checks.ts) use the same strings.
 */
export declare const placeholders: {
    readonly title: 'Title of the plan as readers know it';
    readonly sourceKey: 'example-source';
    readonly sourceTitle: 'Headline of the article or document';
    readonly publisher: 'Outlet';
    readonly url: 'https://example.org/article';
};
/** The example summary of each clause family in a scaffold. */
export declare const placeholderSummaries: Readonly<Record<string, string>>;
