import type { DrillServer } from "./server.ts";
import type { DrillCluster } from "./cluster.ts";
import type { World } from "./world.ts";

export type Check = { name: string; value: string; criterion: string; pass: boolean };
export type DrillResult = { drill: string; checks: Check[]; notes: string[] };
export type DrillContext = { server: DrillServer; cluster: DrillCluster; world: World; actions: Map<string, string>; poolMax: number };

export const check = (name: string, value: string | number, criterion: string, pass: boolean): Check => ({
  name,
  value: typeof value === "number" ? String(Math.round(value)) : value,
  criterion,
  pass,
});

/** Runs `fn` over `items` with at most `limit` running at once, in order of start. */
export async function inParallel<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
