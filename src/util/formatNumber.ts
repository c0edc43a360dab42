/**
 * Numbers with thousands separators, as en-US writes them: 600,000; 1,234.5; −16 stays the
 * caller's business. Written out rather than `Intl.NumberFormat`, whose first use loads ICU
 * data and costs more start-up time than the whole `plans diff` otherwise takes.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [int, frac] = String(Math.abs(n)).split('.') as [string, string | undefined];
  if (int.includes('e')) return String(n);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}
