import { describe, expect, it } from "vitest";
import { nextMigrationName } from "./migration-name.ts";

describe("nextMigrationName", () => {
  const now = new Date("2026-12-01T09:08:07Z");

  it("uses Prisma's <UTC timestamp>_<snake_case> layout", () => {
    expect(nextMigrationName("Add venue capacity!", now, ["20261125063000_init"])).toBe("20261201090807_add_venue_capacity");
  });

  it("never sorts before an existing migration", () => {
    expect(nextMigrationName("x", now, ["20261201090807_other"])).toBe("20261201090808_x");
    expect(nextMigrationName("x", now, ["20271231235959_future"])).toBe("20280101000000_x");
  });

  it("rejects a name with nothing usable", () => {
    expect(() => nextMigrationName("!!", now, [])).toThrow(/no letters or digits/);
  });
});
