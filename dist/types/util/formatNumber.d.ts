/**
 * Numbers with thousands separators, as en-US writes them: 600,000; 1,234.5; −16 stays the
 * caller's business. Written out rather than `Intl.NumberFormat`, whose first use loads ICU
 * data and costs more start-up time than the whole `plans diff` otherwise takes.
 */
export declare function formatNumber(n: number): string;
