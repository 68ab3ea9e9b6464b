import { describe, expect, it } from "vitest";
import { findActionId, type ActionManifest } from "./action-ids.ts";

const FILE = "app/organizer/events/[eventId]/sessions/actions.ts";
const manifest: ActionManifest = {
  node: {
    "60aa": { filename: FILE, exportedName: "updateSessionAction", workers: {} },
    "60bb": { filename: FILE, exportedName: "createSessionAction", workers: {} },
    "40cc": { filename: "app/[locale]/events/[slug]/agenda/actions.ts", exportedName: "toggleBookmarkAction", workers: {} },
  },
};

describe("findActionId", () => {
  it("finds the id of an exported action of a file", () => {
    expect(findActionId(manifest, FILE, "updateSessionAction")).toBe("60aa");
    expect(findActionId(manifest, "app/[locale]/events/[slug]/agenda/actions.ts", "toggleBookmarkAction")).toBe("40cc");
  });

  it("names what the file does export when the action is missing", () => {
    expect(() => findActionId(manifest, FILE, "deleteSessionAction")).toThrow(
      "server action deleteSessionAction not found in app/organizer/events/[eventId]/sessions/actions.ts in the build's manifest (that file exports: updateSessionAction, createSessionAction)",
    );
  });

  it("says when the file has no actions at all, or the manifest is empty", () => {
    expect(() => findActionId(manifest, "app/nowhere/actions.ts", "x")).toThrow(/no actions from that file; is the build current/);
    expect(() => findActionId({}, FILE, "updateSessionAction")).toThrow(/not found/);
  });

  it("refuses an ambiguous manifest", () => {
    const twice: ActionManifest = { node: { a: { filename: FILE, exportedName: "x" }, b: { filename: FILE, exportedName: "x" } } };
    expect(() => findActionId(twice, FILE, "x")).toThrow(/has 2 action ids/);
  });
});
