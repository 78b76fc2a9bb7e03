import { Bench } from 'tinybench';

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
