/** Options every renderer receives. Renderers never print and never set exit codes. */
export interface RenderOptions {
    /** Use ANSI colour (terminal formats only). Default false. */
    readonly color?: boolean;
    /** Width of the terminal, in columns (table formats). Default 100. */
    readonly width?: number;
    /** Include families and rows that do not differ. Default false. */
    readonly all?: boolean;
    /** Show the sources behind each side (`--no-sources` turns them off). Default true. */
    readonly sources?: boolean;
    /** `plans diff` text: one line per family (as `git diff --stat`) instead of the changes. Default false. */
    readonly stat?: boolean;
    /** `plans list`: only each plan's id, date, status and proposers (`--brief`). Default false. */
    readonly brief?: boolean;
}
export type Renderer<T> = (result: T, options: RenderOptions) => string;
