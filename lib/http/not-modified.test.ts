import { describe, expect, it, vi } from "vitest";
import { httpDate, MAX_VALIDATOR_AGE_MS, notModifiedSince, parseHttpDate, revalidatableSince } from "./not-modified";

// proxy.ts's 304 decision: a copy rendered in second `since` is good while no public write was
// recorded at or after that second and it is at most a minute old.
const RENDERED = Date.UTC(2026, 11, 2, 1, 0, 0, 700); // a render at .700 of its second
const LAST_MODIFIED = httpDate(RENDERED);
const SECOND = Date.UTC(2026, 11, 2, 1, 0, 0);
const stamp = (at: number | null) => async () => at;

describe("httpDate and parseHttpDate", () => {
  it("floors to the second and reads back what it wrote", () => {
    expect(LAST_MODIFIED).toBe("Wed, 02 Dec 2026 01:00:00 GMT");
    expect(parseHttpDate(LAST_MODIFIED)).toBe(SECOND);
  });

  it.each([
    null,
    "",
    "yesterday",
    "2026-12-02T01:00:00Z",
    "Wednesday, 02-Dec-26 01:00:00 GMT",
    "Wed Dec  2 01:00:00 2026",
    "Wed, 32 Dec 2026 01:00:00 GMT",
  ])("rejects %j", (value) => expect(parseHttpDate(value)).toBeNull());
});

describe("notModifiedSince", () => {
  const later = RENDERED + 10_000;

  it("answers 304 (the copy's date) when the last write came before the copy's second", async () => {
    expect(await notModifiedSince(LAST_MODIFIED, later, stamp(SECOND - 1))).toBe(SECOND);
    expect(await notModifiedSince(LAST_MODIFIED, later, stamp(SECOND - 3_600_000))).toBe(SECOND);
  });

  it("answers 200 after a write later than the copy", async () => {
    expect(await notModifiedSince(LAST_MODIFIED, later, stamp(RENDERED + 5_000))).toBeNull();
  });

  it("answers 200 after a write in the same second as the copy's render, before or after it", async () => {
    // Last-Modified has whole seconds: a write at .900 after a render at .700 cannot be told
    // from one at .100 before it, so both make a 200 (at worst one render too many).
    for (const at of [SECOND, SECOND + 100, RENDERED + 200, SECOND + 999]) {
      expect(await notModifiedSince(LAST_MODIFIED, later, stamp(at)), String(at)).toBeNull();
    }
  });

  it("answers 200 to a copy older than the max age, however quiet the data", async () => {
    const old = SECOND + MAX_VALIDATOR_AGE_MS;
    expect(await notModifiedSince(LAST_MODIFIED, old, stamp(0))).toBe(SECOND);
    expect(await notModifiedSince(LAST_MODIFIED, old + 1, stamp(0))).toBeNull();
  });

  it("answers 200 to a date in the future, a malformed or an absent header, without reading the stamp", async () => {
    const read = vi.fn(stamp(0));
    for (const header of [httpDate(later + 2_000), "not a date", "", null]) {
      expect(await notModifiedSince(header, later, read), String(header)).toBeNull();
    }
    expect(read).not.toHaveBeenCalled();
  });

  it("answers 200 when the stamp cannot be read (no cache handler yet, Redis down)", async () => {
    expect(await notModifiedSince(LAST_MODIFIED, later, stamp(null))).toBeNull();
  });

  it("accepts only what it can answer: revalidatableSince", () => {
    expect(revalidatableSince(LAST_MODIFIED, later)).toBe(SECOND);
    expect(revalidatableSince(` ${LAST_MODIFIED}`, later)).toBe(SECOND);
  });
});
