/** The median of a non-empty list (the mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Ratios of paired measurements (`values[i] / baseline[i]`), e.g. per round of an interleaved run. */
export function pairedRatios(values: readonly number[], baseline: readonly number[]): number[] {
  if (values.length !== baseline.length) throw new Error(`cannot pair ${values.length} values with ${baseline.length}`);
  return values.map((value, i) => value / baseline[i]!);
}

export const formatMs = (ms: number): string => `${ms.toFixed(3)} ms`;
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}×`;
export const formatBytes = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The smallest, the median and the largest of a non-empty list: what a row reports across its rounds. */
export interface Summary {
  min: number;
  median: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no values');
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** How far apart the rounds are, as a fraction of their median: (max − min) / median. */
export function spread(values: readonly number[]): number {
  const { min, median: middle, max } = summarize(values);
  if (middle === 0) return max === min ? 0 : Number.POSITIVE_INFINITY;
  return (max - min) / Math.abs(middle);
}

/** `median (min–max)` in the given unit. */
export function formatSummary({ min, median: middle, max }: Summary, format: (value: number) => string): string {
  return `${format(middle)} (${format(min)}–${format(max)})`;
}

export const formatPercent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
