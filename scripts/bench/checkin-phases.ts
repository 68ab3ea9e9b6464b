// The three phases of both check-in benchmarks (npm run bench:checkin over HTTP,
// bench:checkin:direct on the server function): `scan(token, expected)` does one scan and
// returns its time in ms. (1) PACED scans arriving at RATE_PER_S, each its own person;
// (2) a rush of RUSH people with RUSH_IN_FLIGHT in flight; (3) REPEATS scans of people already in.

export const RATE_PER_S = 5;
export const PACED = Number(process.env.BENCH_SECONDS ?? 60) * RATE_PER_S;
export const RUSH = 300;
export const RUSH_IN_FLIGHT = 20;
export const REPEATS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Scan = (token: string, expected: "checked_in" | "already") => Promise<number>;

export async function runCheckInPhases(tokens: string[], scan: Scan) {
  const paced: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < PACED; i++) {
    await sleep(Math.max(0, start + (i * 1000) / RATE_PER_S - performance.now()));
    paced.push(scan(tokens[i]!, "checked_in"));
  }
  const pacedTimes = await Promise.all(paced);
  const pacedSeconds = (performance.now() - start) / 1000;

  const rushTokens = tokens.slice(PACED, PACED + RUSH);
  const rushTimes: number[] = [];
  const rushStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: RUSH_IN_FLIGHT }, async () => {
      while (next < rushTokens.length) rushTimes.push(await scan(rushTokens[next++]!, "checked_in"));
    }),
  );
  const rushSeconds = (performance.now() - rushStart) / 1000;

  const repeatTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) repeatTimes.push(await scan(tokens[i % PACED]!, "already"));
  return {
    pacedTimes,
    pacedPerMinute: Math.round((PACED / pacedSeconds) * 60),
    rushTimes,
    rushPerMinute: Math.round((RUSH / rushSeconds) * 60),
    repeatTimes,
  };
}
