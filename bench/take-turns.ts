// Timing calls side by side on a shared, noisy machine. The calls take turns one call at a time,
// whoever goes first rotating, so that whatever else the machine does falls on each of them alike.
// A library that times each call in a block of its own (mitata, tinybench) lets a busy moment
// fall on one call only, and the ratio of two clients then measures the machine, not the clients.
import { quantile } from './table.js';

/** Each call's median time (ms) in each round: `times[call][round]`, after a warm-up of one round. */
export async function takeTurns(calls: (() => Promise<unknown>)[], rounds: number, callsPerRound: number): Promise<number[][]> {
  const times = calls.map((): number[] => []);
  let first = 0;
  for (let round = -1; round < rounds; round++) {
    const samples = calls.map((): number[] => []);
    for (let turn = 0; turn < callsPerRound; turn++, first++) {
      for (let offset = 0; offset < calls.length; offset++) {
        const index = (first + offset) % calls.length;
        const started = performance.now();
        await calls[index]!();
        samples[index]!.push(performance.now() - started);
      }
    }
    if (round >= 0) samples.forEach((sample, index) => times[index]!.push(quantile(sample, 0.5)));
  }
  return times;
}
