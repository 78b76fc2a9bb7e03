import { Bench } from 'tinybench';
import { median } from './stats.js';

export interface RoundsOptions {
  rounds: number;
  /** Milliseconds each task runs per round. */
  time: number;
  /** Called after each round, for progress. */
  onRound?: (round: number) => void;
}

/**
 * Runs every task in each of `rounds` short tinybench runs, the task order rotated from one round
 * to the next, and returns each task's median latency (ms) per round. Contenders measured in
 * the same round share its conditions (CPU frequency, other load), so ratios are taken per
 * round and their median is what gets reported.
 */
export async function interleavedRounds(
  tasks: Record<string, () => Promise<unknown> | unknown>,
  { rounds, time, onRound }: RoundsOptions,
): Promise<Record<string, number[]>> {
  const names = Object.keys(tasks);
  const p50: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime: Math.max(20, time / 5), iterations: 20, throws: true });
    for (const name of roundOrder(names, round)) bench.add(name, tasks[name]!);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: the benchmark ended ${result.state}`);
      p50[task.name]!.push(result.latency.p50);
    }
    onRound?.(round + 1);
  }
  return p50;
}

/** The order of the tasks in a round: rotated by one each round, so that no task always runs first or last. */
export function roundOrder(names: readonly string[], round: number): string[] {
  return names.map((_, i) => names[(i + round) % names.length]!);
}

export interface AlternatingOptions extends RoundsOptions {
  /** Fewest sweeps (one call of every task) in a round, however long they take. */
  minSweeps?: number;
  /** Calls of every task before the first round, not measured. */
  warmup?: number;
  /** The clock, in milliseconds; a test gives its own. */
  now?: () => number;
}

/**
 * Like `interleavedRounds`, but interleaved call by call: a round is a series of sweeps in which
 * every task is called once, timed on its own, the order rotated from sweep to sweep, until the
 * round has lasted `time` ms per task. Each task's median call time in the round is what it
 * reports. A burst of load on a shared machine lasts longer than a sweep, so it slows the
 * contenders of that sweep alike, and the ratio between them holds where the latency does not.
 */
export async function alternatingRounds(
  tasks: Record<string, () => Promise<unknown> | unknown>,
  { rounds, time, onRound, minSweeps = 20, warmup = 20, now = () => performance.now() }: AlternatingOptions,
): Promise<Record<string, number[]>> {
  const names = Object.keys(tasks);
  const p50: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < warmup; i++) for (const name of names) await tasks[name]!();
  let sweep = 0;
  for (let round = 0; round < rounds; round++) {
    const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
    const end = now() + time * names.length;
    for (let sweeps = 0; sweeps < minSweeps || now() < end; sweeps++, sweep++) {
      for (const name of roundOrder(names, sweep)) {
        const started = now();
        await tasks[name]!();
        samples[name]!.push(now() - started);
      }
    }
    for (const name of names) p50[name]!.push(median(samples[name]!));
    onRound?.(round + 1);
  }
  return p50;
}
