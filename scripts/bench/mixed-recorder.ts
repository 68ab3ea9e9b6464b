import { summarize, type LatencySummary } from "./stats.ts";

// Collects the mixed scenario's results: latencies overall, for reads, for writes and per
// operation; errors by kind (HTTP status ≥ 400, network failures, actions that refused);
// version conflicts, which are an expected answer to concurrent edits, and scheduling
// warnings the organizer then accepts ("Save anyway"), counted apart.

export type RequestKind = "read" | "write";

export class Recorder {
  readonly all: number[] = [];
  readonly reads: number[] = [];
  readonly writes: number[] = [];
  readonly byName = new Map<string, { kind: RequestKind; ms: number[] }>();
  readonly errors = new Map<string, number>();
  conflicts = 0;
  warnings = 0;
  /** Anonymous agenda reads answered from the rendered-page cache, and all of them. */
  readonly pageCache = { hits: 0, lookups: 0 };
  startedAt = Date.now();
  endedAt = Date.now();

  record(kind: RequestKind, name: string, ms: number, outcome: { error?: string; conflict?: boolean; warnings?: boolean } = {}): void {
    this.all.push(ms);
    (kind === "read" ? this.reads : this.writes).push(ms);
    const entry = this.byName.get(name) ?? { kind, ms: [] };
    entry.ms.push(ms);
    this.byName.set(name, entry);
    if (outcome.conflict) this.conflicts += 1;
    if (outcome.warnings) this.warnings += 1;
    if (outcome.error) this.errors.set(outcome.error, (this.errors.get(outcome.error) ?? 0) + 1);
  }

  get requests(): number {
    return this.all.length;
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((s, n) => s + n, 0);
  }

  summary(): { overall: LatencySummary; reads: LatencySummary; writes: LatencySummary; durationMs: number; rps: number } {
    const durationMs = this.endedAt - this.startedAt;
    return {
      overall: summarize(this.all),
      reads: summarize(this.reads),
      writes: summarize(this.writes),
      durationMs,
      rps: durationMs > 0 ? (this.all.length / durationMs) * 1000 : NaN,
    };
  }
}
