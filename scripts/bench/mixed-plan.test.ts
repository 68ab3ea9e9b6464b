import { describe, expect, it } from "vitest";
import { mixedPlan, READ_TEMPLATES, WRITE_TEMPLATES, type Planned, type PlanTargets } from "./mixed-plan.ts";

const targets: PlanTargets = {
  slug: "demo",
  sessionIds: ["s1", "s2", "s3"],
  venueIds: ["v1", "v2"],
  tracks: ["main"],
  calendarToken: "tok",
  editableSessions: 3,
  editableAgreements: 2,
};

const take = (next: () => Planned, n: number) => Array.from({ length: n }, next);

describe("mixedPlan", () => {
  it("read weights are per cent of reads", () => {
    expect(READ_TEMPLATES.reduce((s, r) => s + r.weight, 0)).toBe(100);
    expect(WRITE_TEMPLATES.every((w) => w.weight > 0)).toBe(true);
  });

  it("is the same sequence of requests for the same seed, another for another seed", () => {
    const a = take(mixedPlan(targets, { seed: 1 }), 2000);
    expect(take(mixedPlan(targets, { seed: 1 }), 2000)).toEqual(a);
    expect(take(mixedPlan(targets, { seed: 2 }), 2000)).not.toEqual(a);
  });

  it("sends about 5% writes, reads in all three languages and by both roles, only known paths", () => {
    const plan = take(mixedPlan(targets, { seed: 3 }), 20_000);
    const writes = plan.filter((p) => p.kind === "write");
    expect(writes.length / plan.length).toBeGreaterThan(0.045);
    expect(writes.length / plan.length).toBeLessThan(0.055);
    const reads = plan.filter((p) => p.kind === "read");
    expect(new Set(reads.map((r) => r.locale))).toEqual(new Set(["en", "zh", "ja"]));
    expect(new Set(reads.map((r) => r.role))).toEqual(new Set(["anon", "delegate"]));
    const known = ["/en/events/demo", "/api/calendar/", "/embed/events/demo", "/api/events/demo/tally/stream", "/me/agenda"];
    expect(reads.every((r) => known.some((k) => r.path.startsWith(k)))).toBe(true);
    expect(reads.some((r) => r.path === "/api/calendar/personal/tok" && r.role === "delegate")).toBe(true);
    expect(new Set(reads.filter((r) => r.name === "agenda").map((r) => r.path)).size).toBeGreaterThan(8);
    const streams = reads.filter((r) => r.path.endsWith("/tally/stream"));
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.every((r) => r.until === "event: tally")).toBe(true);
    expect(reads.filter((r) => r.until).every((r) => r.path.endsWith("/tally/stream"))).toBe(true);
  });

  it("aims writes at records that exist", () => {
    const writes = take(mixedPlan(targets, { seed: 4 }), 20_000).filter((p) => p.kind === "write");
    expect(new Set(writes.map((w) => w.name))).toEqual(new Set(["editSession", "editAgreement", "recordAgreement"]));
    for (const w of writes) {
      if (w.name === "editSession") expect(w.target).toBeLessThan(3);
      if (w.name === "editAgreement") expect(w.target).toBeLessThan(2);
      expect(w.target).toBeGreaterThanOrEqual(0);
    }
  });
});
