import { describe, expect, it } from "vitest";
import { isWorkspacePath, workspaceReturnPath } from "./requested-path.ts";

describe("workspaceReturnPath", () => {
  it("returns the page asked for inside the organizer workspace, with its query", () => {
    expect(workspaceReturnPath("/organizer/events/e1/agreements")).toBe("/organizer/events/e1/agreements");
    expect(workspaceReturnPath("/organizer/events/e1/agreements?status=SIGNED")).toBe("/organizer/events/e1/agreements?status=SIGNED");
    expect(workspaceReturnPath("/organizer")).toBe("/organizer");
    // Same-site, so harmless: kept as the (normalized) path it is.
    expect(workspaceReturnPath("/organizer//evil")).toBe("/organizer//evil");
    expect(workspaceReturnPath("/organizer/a b")).toBe("/organizer/a%20b");
  });

  it("falls back to the workspace start for anything missing, foreign or odd", () => {
    for (const bad of [
      null,
      "",
      "/events/x",
      "/organizers-fake",
      "//evil.example/organizer",
      "/organizer\t/evil",
      "/organizer/\r\n",
      "https://evil.example/organizer",
      "/organizer/a\\b",
      `/organizer/${"x".repeat(2_100)}`,
    ]) {
      expect(workspaceReturnPath(bad), String(bad)).toBe("/organizer");
    }
  });

  it("knows the workspace's paths", () => {
    expect(isWorkspacePath("/organizer")).toBe(true);
    expect(isWorkspacePath("/organizer/people")).toBe(true);
    expect(isWorkspacePath("/organizerx")).toBe(false);
  });
});
