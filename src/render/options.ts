/** Options every renderer receives. Renderers never print and never set exit codes. */
export interface RenderOptions {
  /** Use ANSI colour (terminal formats only). Default false. */
  readonly color?: boolean;
  /** Width of the terminal, in columns (table formats). Default 100. */
  readonly width?: number;
  /** Include families and rows that do not differ. Default false. */
  readonly all?: boolean;
}

export type Renderer<T> = (result: T, options: RenderOptions) => string;
