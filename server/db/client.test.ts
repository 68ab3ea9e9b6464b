import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "./client.ts";

useTestDatabase();

describe("db client", () => {
  it("reads and writes through the pg driver adapter", async () => {
    const org = await db().organization.create({
      data: { slug: "smoke", name: { en: "Smoke" }, country: "CN" },
      select: { id: true, version: true },
    });
    expect(org.version).toBe(1);
    expect(await db().organization.count()).toBe(1);
  });
});
