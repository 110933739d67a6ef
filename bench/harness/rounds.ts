// Times several clients fairly with mitata: after a warm-up of every client (JIT, connections),
// several short rounds each measure every client once, in an order rotated by one per round, so
// that no client always runs first or right after another one's garbage, and a drift of the
// machine's speed reaches all of them alike. Each round gives a client's median; the rounds'
// medians, taken close together in time, are what comparisons between clients pair up.
import { measure } from 'mitata';

export interface Timed {
  name: string;
  run: () => Promise<unknown>;
}

export interface RoundsPlan {
  rounds: number;
  /** Time each client is measured for in each round. */
  roundMs: number;
  /** Time each client runs unmeasured before the first round. */
  warmupMs: number;
  /**
   * Average this many calls into one sample (in memory, where one call is too short for the clock
   * and GC pauses must be spread over the calls that caused them), a multiple of 4; 1: one sample per call.
   */
  callsPerSample: number;
}

export interface Times {
  name: string;
  /** Every sample of every round, ns per call. */
  samples: number[];
  /** Each round's median, ns per call, in round order. */
  roundMedians: number[];
  calls: number;
}

export async function timeInRounds(clients: Timed[], plan: RoundsPlan): Promise<Times[]> {
  for (const client of clients) {
    for (const end = performance.now() + plan.warmupMs; performance.now() < end; ) await client.run();
  }
  const times = clients.map(({ name }): Times => ({ name, samples: [], roundMedians: [], calls: 0 }));
  const batched = plan.callsPerSample > 1;
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < clients.length; i++) {
      const index = (i + round) % clients.length;
      // mitata batches by how long its first calls took; the plan decides instead, so that a
      // slow moment of a loaded machine cannot switch a client to another kind of sample.
      const stats = await measure(clients[index]!.run, {
        min_cpu_time: plan.roundMs * 1e6,
        min_samples: 12,
        batch_samples: plan.callsPerSample,
        batch_unroll: batched ? 4 : 1,
        warmup_threshold: Number.POSITIVE_INFINITY,
        batch_threshold: batched ? Number.POSITIVE_INFINITY : 0,
      });
      const own = times[index]!;
      own.samples.push(...stats.samples);
      own.roundMedians.push(stats.p50);
      own.calls += stats.ticks;
    }
  }
  return times;
}
