import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSchemaDrift } from "../../scripts/lib/find-schema-drift.ts";
import { getDmmf } from "../../scripts/lib/prisma-dmmf.ts";
import { useTestDatabase } from "../testing/test-database.ts";

// The migrations (applied by our own runner) and schema.prisma (read by the Prisma client)
// are written separately; this proves they describe the same database. Prisma's own DMMF
// is the source for the schema side, so no hand-written list can fall behind.
const database = useTestDatabase();
const dmmf = getDmmf(readFileSync("prisma/schema.prisma", "utf8"));
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: database.url() });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("migrated database vs prisma/schema.prisma", () => {
  it("reads every model from Prisma", () => {
    expect(dmmf.datamodel.models.length).toBeGreaterThan(5);
  });

  it("has every table, column, key, unique constraint, foreign key and enum the schema describes", async () => {
    expect(await findSchemaDrift(dmmf, client)).toEqual([]);
  });

  it("reports divergence (checked by breaking a copy of the database inside a rolled-back transaction)", async () => {
    const user = dmmf.datamodel.models.find((m) => m.name === "User")!;
    const relation = dmmf.datamodel.models.flatMap((m) => m.fields.filter((f) => f.relationFromFields?.length).map((f) => ({ m, f })))[0]!;
    const fkTable = relation.m.dbName ?? relation.m.name;
    await client.query("BEGIN");
    try {
      await client.query(`ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL`);
      await client.query(`ALTER TABLE "User" ALTER COLUMN "locale" TYPE text`);
      await client.query(`DROP INDEX "User_email_key"`);
      await client.query(`ALTER TABLE "User" ADD COLUMN "stray" int`);
      const fk = await client.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass LIMIT 1`,
        [`"${fkTable}"`],
      );
      await client.query(`ALTER TABLE "${fkTable}" DROP CONSTRAINT "${fk.rows[0]!.conname}"`);
      const problems = await findSchemaDrift(dmmf, client);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^User\.name: schema says required, column is NULL/),
          expect.stringMatching(/^User\.locale: expected type varchar, column has text/),
          expect.stringMatching(/^model User: no unique index on \(email\)/),
          expect.stringMatching(/column "stray" is not in the schema/),
          expect.stringMatching(new RegExp(`^${relation.m.name}\\.\\w+: no foreign key`)),
        ]),
      );
      expect(user.fields.some((f) => f.name === "email" && f.isUnique)).toBe(true);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
