// Deterministic request mixes: the same seed gives the same sequence of operations, so two
// runs of the mixed benchmark send the same requests in the same order (the interleaving
// across connections still depends on timing).

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). Not for secrets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Weighted<T> = { weight: number; value: T };

/** A picker over weighted choices (weights need not sum to 1; zero weights never win). */
export function weightedPicker<T>(choices: readonly Weighted<T>[]): (random: number) => T {
  if (choices.length === 0) throw new Error("weightedPicker: no choices");
  if (choices.some((c) => !(c.weight >= 0) || !Number.isFinite(c.weight)))
    throw new Error("weightedPicker: weights must be finite and ≥ 0");
  const total = choices.reduce((s, c) => s + c.weight, 0);
  if (!(total > 0)) throw new Error("weightedPicker: all weights are zero");
  const bounds: number[] = [];
  let acc = 0;
  for (const c of choices) bounds.push((acc += c.weight / total));
  return (random) => {
    for (let i = 0; i < choices.length; i += 1) if (random < bounds[i] && choices[i].weight > 0) return choices[i].value;
    // Rounding may leave the last bound a hair under 1: fall back to the last non-zero choice.
    return [...choices].reverse().find((c) => c.weight > 0)!.value;
  };
}

/**
 * An endless deterministic sequence of operations: `writeShare` of them drawn from
 * `writes`, the rest from `reads`, each list weighted. Index i is always the same op.
 */
export function mixSequence<R, W>(options: {
  seed: number;
  writeShare: number;
  reads: readonly Weighted<R>[];
  writes: readonly Weighted<W>[];
}): () => { kind: "read"; op: R } | { kind: "write"; op: W } {
  if (!(options.writeShare >= 0 && options.writeShare <= 1)) throw new RangeError("mixSequence: writeShare must be within [0, 1]");
  const random = seededRandom(options.seed);
  const read = weightedPicker(options.reads);
  const write = options.writes.length ? weightedPicker(options.writes) : null;
  return () => {
    const isWrite = random() < options.writeShare;
    const pick = random();
    if (isWrite) {
      if (!write) throw new Error("mixSequence: writeShare > 0 but no write operations");
      return { kind: "write", op: write(pick) };
    }
    return { kind: "read", op: read(pick) };
  };
}
