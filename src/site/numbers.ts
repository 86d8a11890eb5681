/** Numbers for readers, written the same way everywhere: "1,400", "2.3m" on a chart axis. */

/** Thousands separated by commas, at most two decimals: 1400 → "1,400", 2.5 → "2.5". */
export function formatNumber(value: number): string {
  const [whole = "0", fraction] = String(Math.round(Math.abs(value) * 100) / 100).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** Short axis labels: 950 → "950", 35000 → "35k", 2300000 → "2.3m". */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const short = (n: number, unit: string) => `${formatNumber(Math.round(n * 10) / 10)}${unit}`;
  if (abs >= 1e9) return short(value / 1e9, "bn");
  if (abs >= 1e6) return short(value / 1e6, "m");
  if (abs >= 1e4) return short(value / 1e3, "k");
  return formatNumber(value);
}
