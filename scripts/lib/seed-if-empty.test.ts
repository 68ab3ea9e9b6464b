import { describe, expect, it } from "vitest";
import { shouldSeedDemo } from "./seed-if-empty.ts";

describe("shouldSeedDemo", () => {
  it("seeds the embedded database, and a DATABASE_URL one only when asked", () => {
    expect(shouldSeedDemo(true, {})).toBe(true);
    expect(shouldSeedDemo(false, {})).toBe(false);
    expect(shouldSeedDemo(false, { ACCORD_SEED_DEMO: "yes" })).toBe(false);
    expect(shouldSeedDemo(false, { ACCORD_SEED_DEMO: "1" })).toBe(true);
  });
});
