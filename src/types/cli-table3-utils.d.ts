/** The part of cli-table3's internal helpers that src/render/tableLayout.ts mends. */
declare module 'cli-table3/src/utils.js' {
  const utils: { truncate(str: string, desiredLength: number, truncateChar?: string): string };
  export default utils;
}
