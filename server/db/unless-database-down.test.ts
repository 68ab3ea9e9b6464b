import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { publishPoolHealth, type PoolSnapshot } from "@/lib/overload/shed-decision";
import { RETRY_AFTER_S } from "@/lib/overload/unavailable-page";
import { localizeResult } from "@/server/i18n/localize-result";
import { DatabaseUnavailableError, failFastWhenDatabaseDown, unlessDatabaseDown } from "./unless-database-down.ts";
import { msg } from "@/lib/i18n/server-messages/message";
import { english } from "@/lib/i18n/server-messages/translate-message";

// Server actions answer a database outage with a result the form can show (and keep what
// was typed), not with a thrown error that swaps the form for the error screen.

const healthy: PoolSnapshot = { down: false, checkedOut: 0, max: 10, idleForMs: 5, oldestWaitMs: 0, sinceAcquireTimeoutMs: Infinity };
afterEach(() => publishPoolHealth({ snapshot: () => healthy }));

const refused = async () => {
  const client = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:1/nothing", connectionTimeoutMillis: 300 });
  return client.connect().then(
    () => null,
    (e: unknown) => e,
  );
};

describe("unlessDatabaseDown", () => {
  it("answers at once, without running the work, while the pool monitor knows the database is down", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    let ran = false;
    const result = await unlessDatabaseDown(async () => {
      ran = true;
      return { ok: true, data: 1 };
    });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ ok: false, code: "unavailable", attempted: false, retryAfterS: RETRY_AFTER_S.unavailable });
    if (!result.ok) expect(english(result.message)).toContain("was not saved");
  });

  it("says busy while every connection is stuck", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, checkedOut: 10, idleForMs: 5_000 }) });
    const result = await unlessDatabaseDown(async () => ({ ok: true, data: 1 }));
    expect(result).toMatchObject({ ok: false, code: "unavailable", attempted: false, retryAfterS: RETRY_AFTER_S.busy });
    if (!result.ok) expect(english(result.message)).toContain("too busy");
  });

  it("turns a connection that failed part-way into 'may not have been saved'", async () => {
    const error = await refused();
    const result = await unlessDatabaseDown(async () => {
      throw error;
    });
    expect(result).toMatchObject({ ok: false, code: "unavailable", attempted: true });
    if (!result.ok) expect(english(result.message)).toContain("may not have been saved");
  });

  it("treats a pool that handed out no connection in time as busy, nothing sent", async () => {
    const result = await unlessDatabaseDown(async () => {
      throw new Error("timeout exceeded when trying to connect");
    });
    expect(result).toMatchObject({ ok: false, code: "unavailable", attempted: false, retryAfterS: RETRY_AFTER_S.busy });
  });

  it("passes results through and rethrows every other error unchanged", async () => {
    expect(await unlessDatabaseDown(async () => ({ ok: true, data: "fine" }))).toEqual({ ok: true, data: "fine" });
    const conflict = { ok: false, code: "conflict", message: msg("common.changedBySomeoneElse") } as const;
    expect(await unlessDatabaseDown(async () => conflict)).toBe(conflict);
    await expect(
      unlessDatabaseDown(async () => {
        throw new TypeError("a bug");
      }),
    ).rejects.toThrow("a bug");
  });

  it("has its sentences in Chinese and Japanese", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    const result = await unlessDatabaseDown(async () => ({ ok: true, data: 1 }));
    const zh = localizeResult(result, "zh");
    const ja = localizeResult(result, "ja");
    expect(!zh.ok && zh.message).toBe("数据库没有响应，因此未能保存。您输入的内容仍在这里：请过几秒钟再试。");
    expect(!ja.ok && ja.message).toContain("保存されませんでした");
    for (const error of [await refused(), new Error("timeout exceeded when trying to connect")]) {
      publishPoolHealth({ snapshot: () => healthy });
      const r = localizeResult(
        await unlessDatabaseDown(async () => {
          throw error;
        }),
        "ja",
      );
      expect(!r.ok && /[ぁ-んァ-ン]/.test(r.message), !r.ok ? r.message : "").toBe(true);
    }
  });
});

describe("failFastWhenDatabaseDown", () => {
  it("throws at once while the database is known down, and lets a busy pool queue the request", () => {
    expect(() => failFastWhenDatabaseDown()).not.toThrow();
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    expect(() => failFastWhenDatabaseDown()).toThrow(DatabaseUnavailableError);
    publishPoolHealth({ snapshot: () => ({ ...healthy, oldestWaitMs: 4_000 }) });
    expect(() => failFastWhenDatabaseDown()).not.toThrow();
  });
});
