// Measures several clients doing the same thing, fairly: several short rounds, each running
// the clients in a rotated order, so that no client always runs first (cold) or right after
// another one's garbage. A client's figure is the median of its round means. Used by
// `npm run bench:validation`; `npm run bench` measures with mitata (harness/rounds.ts).
import { Bench } from 'tinybench';

export type Contender = [name: string, run: () => Promise<unknown>];

export interface Measurement {
  name: string;
  /** Median of the round means, in ms. */
  medianMs: number;
  /** Interquartile range of the round means / median: how noisy the machine was. */
  spread: number;
  /** Calls made in all rounds. */
  calls: number;
}

export async function measure(contenders: Contender[], totalMsPerContender: number, rounds: number): Promise<Measurement[]> {
  const means = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  const calls = new Map<string, number>(contenders.map(([name]) => [name, 0]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: totalMsPerContender / rounds, warmupTime: 200 });
    for (let i = 0; i < contenders.length; i++) {
      const [name, run] = contenders[(i + round) % contenders.length]!;
      bench.add(name, run);
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!result || !('latency' in result)) throw new Error(`benchmark ${task.name} produced no result`);
      means.get(task.name)!.push(result.latency.mean);
      calls.set(task.name, calls.get(task.name)! + result.latency.samples.length);
    }
  }
  return contenders.map(([name]) => {
    const roundMeans = means.get(name)!;
    const medianMs = median(roundMeans);
    return { name, medianMs, spread: (quantile(roundMeans, 0.75) - quantile(roundMeans, 0.25)) / medianMs, calls: calls.get(name)! };
  });
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Linear interpolation between the closest ranks. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
