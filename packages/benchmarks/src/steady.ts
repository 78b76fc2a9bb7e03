import { spread } from './stats.js';

/** Rounds of one row (e.g. one operation measured against every contender), by task name. */
export type Rounds = Record<string, number[]>;

export interface SteadyOptions {
  /** The spread, as a fraction of the median, above which a row is measured again: 0.15 for 15%. */
  limit: number;
  /** How many times a row may be measured again; 0 never reruns. */
  maxReruns: number;
  /** Called before each rerun, for progress. */
  onRerun?: (row: string, attempt: number, spread: number) => void;
}

export interface SteadyRow {
  rounds: Rounds;
  /** The largest spread among the row's series (see `seriesOf`). */
  spread: number;
  /** Measurements made, the first included. */
  attempts: number;
  /** Still over the limit after the last rerun: the table says so. */
  noisy: boolean;
}

/**
 * Measures each row, then again while its spread is over the limit, at most `maxReruns` more
 * times, and keeps the steadiest attempt: a run that a burst of load on a shared machine made
 * noisy is replaced rather than averaged in. `seriesOf` picks what a row reports (latencies,
 * per-round ratios), since that is what must be steady, not every raw number behind it.
 */
export async function measureSteady(
  rows: readonly string[],
  measure: (row: string) => Promise<Rounds>,
  seriesOf: (rounds: Rounds) => number[][],
  { limit, maxReruns, onRerun }: SteadyOptions,
): Promise<Record<string, SteadyRow>> {
  if (!(limit > 0)) throw new Error(`the spread limit must be positive, not ${limit}`);
  if (!Number.isInteger(maxReruns) || maxReruns < 0) throw new Error(`maxReruns must be a whole number ≥ 0, not ${maxReruns}`);
  const result: Record<string, SteadyRow> = {};
  for (const row of rows) {
    let best: { rounds: Rounds; spread: number } | undefined;
    let attempts = 0;
    while (attempts <= maxReruns) {
      if (best) onRerun?.(row, attempts + 1, best.spread);
      const rounds = await measure(row);
      attempts++;
      const rowSpread = Math.max(...seriesOf(rounds).map(spread));
      if (!best || rowSpread < best.spread) best = { rounds, spread: rowSpread };
      if (best.spread <= limit) break;
    }
    result[row] = { ...best!, attempts, noisy: best!.spread > limit };
  }
  return result;
}
