import { afterEach, describe, expect, it } from "vitest";
import {
  AFTER_TIMEOUT_MS,
  currentShedReason,
  publishPoolHealth,
  shedReason,
  SLOW_WAIT_MS,
  STALL_MS,
  type PoolSnapshot,
} from "./shed-decision.ts";
import { shedWhenDatabaseUnavailable } from "./shed-request.ts";
import { RETRY_AFTER_S } from "./unavailable-page.ts";

const healthy: PoolSnapshot = { down: false, checkedOut: 3, max: 10, idleForMs: 5, oldestWaitMs: 0, sinceAcquireTimeoutMs: Infinity };
const request = (pathname: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  nextUrl: { pathname },
  headers: new Headers(headers),
});

afterEach(() => publishPoolHealth({ snapshot: () => healthy }));

describe("shedReason", () => {
  it("serves a healthy pool, even a full one that keeps moving or has short waits", () => {
    expect(shedReason(healthy)).toBeNull();
    expect(shedReason({ ...healthy, checkedOut: 10, idleForMs: STALL_MS - 1 })).toBeNull();
    expect(shedReason({ ...healthy, checkedOut: 10, oldestWaitMs: SLOW_WAIT_MS - 1 })).toBeNull();
    expect(shedReason({ ...healthy, sinceAcquireTimeoutMs: AFTER_TIMEOUT_MS })).toBeNull();
    // A one-connection pool (embedded database) running one slow query is not stalled.
    expect(shedReason({ ...healthy, max: 1, checkedOut: 1, idleForMs: 5_000 })).toBeNull();
    // Nothing handed out for a long time is just a quiet server, not a stalled one.
    expect(shedReason({ ...healthy, checkedOut: 0, idleForMs: 60_000 })).toBeNull();
  });

  it("sheds while the database is down", () => {
    expect(shedReason({ ...healthy, down: true })).toBe("unavailable");
  });

  it("sheds as busy when every connection is stuck, a request waited too long, or one just timed out", () => {
    expect(shedReason({ ...healthy, checkedOut: 10, idleForMs: STALL_MS })).toBe("busy");
    expect(shedReason({ ...healthy, oldestWaitMs: SLOW_WAIT_MS })).toBe("busy");
    expect(shedReason({ ...healthy, sinceAcquireTimeoutMs: AFTER_TIMEOUT_MS - 1 })).toBe("busy");
  });
});

describe("shedWhenDatabaseUnavailable", () => {
  it("passes requests through when nothing is wrong", () => {
    expect(currentShedReason()).toBeNull();
    expect(shedWhenDatabaseUnavailable(request("/events/x"))).toBeNull();
  });

  it("answers a localized 503 page with Retry-After, but never for the health probe", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    const zh = shedWhenDatabaseUnavailable(request("/events/x", { cookie: "NEXT_LOCALE=zh" }))!;
    expect(zh.status).toBe(503);
    expect(zh.headers.get("retry-after")).toBe(String(RETRY_AFTER_S.unavailable));
    expect(zh.headers.get("content-type")).toContain("text/html");
    expect(await zh.text()).toContain("Accord 暂时无法使用");
    expect(shedWhenDatabaseUnavailable(request("/api/health"))).toBeNull();

    publishPoolHealth({ snapshot: () => ({ ...healthy, checkedOut: 10, idleForMs: 5_000 }) });
    const ja = shedWhenDatabaseUnavailable(request("/organizer", { "accept-language": "ja-JP,ja;q=0.9" }))!;
    expect(ja.headers.get("retry-after")).toBe(String(RETRY_AFTER_S.busy));
    expect(await ja.text()).toContain("Accord は一時的に混み合っています");
    const en = shedWhenDatabaseUnavailable(request("/"))!;
    expect(await en.text()).toContain("Accord is temporarily busy");
  });

  it("lets a server action called from a page through, so the action answers and the form survives", () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    expect(shedWhenDatabaseUnavailable(request("/organizer/events/e/agreements/new", { "next-action": "abc123" }, "POST"))).toBeNull();
    // The same header on a GET, or a form posted without JavaScript (no header), is shed.
    expect(shedWhenDatabaseUnavailable(request("/organizer/events/e/agreements/new", { "next-action": "abc123" }))?.status).toBe(503);
    expect(shedWhenDatabaseUnavailable(request("/organizer/events/e/agreements/new", {}, "POST"))?.status).toBe(503);
  });
});
