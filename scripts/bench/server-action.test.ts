import { describe, expect, it } from "vitest";
import { actionOutcome, encodeActionBody } from "./server-action.ts";

describe("encodeActionBody", () => {
  it("encodes (previous state, FormData) as React's encodeReply does", async () => {
    const { body, contentType } = await encodeActionBody([
      ["title.en", "Café ✓"],
      ["ids[]", "a"],
      ["ids[]", "b"],
    ]);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    expect([...form.keys()]).toEqual(["_1_title.en", "_1_ids[]", "_1_ids[]", "0"]);
    expect(form.get("_1_title.en")).toBe("Café ✓");
    expect(form.getAll("_1_ids[]")).toEqual(["a", "b"]);
    expect(JSON.parse(String(form.get("0")))).toEqual([null, "$K1"]);
  });
});

describe("actionOutcome", () => {
  const flight = (state: string) => `0:{"a":"$@1","q":"","i":false,"b":"x"}\n1:${state}\n`;

  it("a redirect header is success", () => {
    expect(actionOutcome(200, { "x-action-redirect": "/organizer/events/e/timetable;push" }, "")).toEqual({
      kind: "ok",
      redirect: "/organizer/events/e/timetable",
    });
  });

  it("reads ok, conflict (with the current version) and refusals from the FormState", () => {
    expect(actionOutcome(200, {}, flight(`{"result":{"ok":true,"data":{"id":"a","version":4}},"values":{},"at":1}`))).toEqual({
      kind: "ok",
    });
    expect(
      actionOutcome(
        200,
        {},
        flight(`{"result":{"ok":false,"code":"conflict","message":"changed","currentVersion":7},"values":{"version":"6"},"at":1}`),
      ),
    ).toEqual({ kind: "conflict", currentVersion: 7 });
    expect(
      actionOutcome(200, {}, flight(`{"result":{"ok":false,"code":"not_found","message":"Event not found."},"values":{},"at":1}`)),
    ).toEqual({ kind: "refused", code: "not_found" });
  });

  it("HTTP errors and answers without a FormState are errors", () => {
    expect(actionOutcome(500, {}, flight(`{"result":{"ok":true}}`))).toEqual({ kind: "http_error", status: 500 });
    expect(actionOutcome(403, { "x-action-redirect": "/x;push" }, "")).toEqual({ kind: "http_error", status: 403 });
    expect(actionOutcome(200, {}, "<html>not flight</html>")).toEqual({ kind: "http_error", status: 200 });
  });
});
