import { describe, expect, it } from "vitest";
import { dequeue, enqueue, readQueue } from "./scan-queue.ts";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear = () => this.items.clear();
  getItem = (k: string) => this.items.get(k) ?? null;
  key = (i: number) => [...this.items.keys()][i] ?? null;
  removeItem = (k: string) => void this.items.delete(k);
  setItem = (k: string, v: string) => void this.items.set(k, v);
}

const scan = (id: string) => ({ clientScanId: id, scannedAt: "2026-12-01T10:00:00.000Z", venueId: "v1", token: "a".repeat(32) });

describe("the offline scan queue", () => {
  it("keeps each scan once, with its original time, per event, until answered", () => {
    const s = new MemoryStorage();
    enqueue(s, "e1", scan("one"));
    enqueue(s, "e1", scan("one"));
    enqueue(s, "e1", scan("two"));
    enqueue(s, "e2", scan("three"));
    expect(readQueue(s, "e1").map((q) => q.clientScanId)).toEqual(["one", "two"]);
    expect(readQueue(s, "e1")[0]!.scannedAt).toBe("2026-12-01T10:00:00.000Z");
    expect(dequeue(s, "e1", new Set(["one"])).map((q) => q.clientScanId)).toEqual(["two"]);
    expect(dequeue(s, "e1", new Set(["two"]))).toEqual([]);
    expect(s.getItem("accord-checkin-queue:e1")).toBeNull();
    expect(readQueue(s, "e2")).toHaveLength(1);
  });

  it("reads a damaged entry as an empty queue", () => {
    const s = new MemoryStorage();
    s.setItem("accord-checkin-queue:e1", "{not json");
    expect(readQueue(s, "e1")).toEqual([]);
  });
});
