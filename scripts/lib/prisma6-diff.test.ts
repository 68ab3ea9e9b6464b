import { describe, expect, it } from "vitest";
import { adminUrl } from "../../server/testing/admin-url.ts";
import { diffSchemas, ensureDiffTool, withDatasourceUrl } from "./prisma6-diff.ts";

const base = `datasource db {\n  provider = "postgresql"\n}\n\nmodel Venue {\n  id   Int    @id\n  name String\n}\n`;

describe("Prisma 6 migration diff", () => {
  it("adds the url Prisma 6 requires to the datasource block only when missing", () => {
    expect(withDatasourceUrl(base)).toContain(`provider = "postgresql"\n  url = env("DATABASE_URL")\n}`);
    const withUrl = withDatasourceUrl(base);
    expect(withDatasourceUrl(withUrl)).toBe(withUrl);
  });

  it("computes the SQL between two schemas offline, and nothing for identical ones", { timeout: 120_000 }, async () => {
    await ensureDiffTool(() => {});
    const changed = base.replace("name String", "name String\n  capacity Int?");
    const sql = await diffSchemas(base, changed, adminUrl());
    expect(sql).toMatch(/ALTER TABLE "Venue" ADD COLUMN\s+"capacity" INTEGER;/);
    expect(await diffSchemas(base, base, adminUrl())).toBe("");
  });
});
