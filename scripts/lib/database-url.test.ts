import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.ts";
import { describeTarget, parseDatabaseUrl } from "./database-url.ts";

describe("parseDatabaseUrl", () => {
  it.each(["mysql://u@h/db", "localhost:5432/accord", "postgresql://user@host/db name", "postgresql://[bad/db", ""])(
    "rejects %j with one line naming the variable and the expected form",
    (raw) => {
      const err = (() => {
        try {
          parseDatabaseUrl(raw);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(CliError);
      const message = (err as Error).message;
      expect(message).toMatch(/^DATABASE_URL is malformed \(.+\); expected the form postgresql:\/\/user:password@host:5432\/database$/);
      expect(message).not.toContain("\n");
    },
  );

  it("reads host, port, database and user, defaulting the port to 5432", () => {
    expect(parseDatabaseUrl("postgresql://app:s3cret@db.internal/accord")).toMatchObject({
      host: "db.internal",
      port: 5432,
      database: "accord",
      user: "app",
    });
    expect(parseDatabaseUrl("postgres://postgres@127.0.0.1:6543/x").port).toBe(6543);
  });

  it("describes the target without the password", () => {
    const text = describeTarget(parseDatabaseUrl("postgresql://app:s3cret@db.internal:5433/accord"));
    expect(text).toBe("PostgreSQL db.internal:5433/accord as app");
    expect(text).not.toContain("s3cret");
  });
});
