import { describe, expect, it } from "vitest";
import { menuLinksFor, startPageFor } from "./start-page";

describe("start page by role", () => {
  it("sends organizers and admins to the workspace and delegates to their agenda", () => {
    expect(startPageFor("ADMIN")).toBe("/organizer");
    expect(startPageFor("ORGANIZER")).toBe("/organizer");
    expect(startPageFor("DELEGATE")).toBe("/me/agenda");
  });

  it("offers the workspace only to organizers and admins", () => {
    expect(menuLinksFor("ORGANIZER").map((l) => l.href)).toEqual(["/organizer", "/me/agenda"]);
    expect(menuLinksFor("ADMIN").map((l) => l.key)).toEqual(["workspace", "myAgenda"]);
    expect(menuLinksFor("DELEGATE").map((l) => l.href)).toEqual(["/me/agenda"]);
  });
});
