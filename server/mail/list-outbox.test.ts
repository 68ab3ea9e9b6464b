import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { enqueueMail } from "./enqueue-mail.ts";
import { listOutbox } from "./list-outbox.ts";

useTestDatabase();

const actor = (role: CurrentUser["role"]): CurrentUser => ({
  id: `u-${role}`,
  email: `${role}@accord.test`,
  name: role,
  role,
  memberships: [],
});

describe("the outbox", () => {
  it("shows admins every queued message with its link, and nobody else anything", async () => {
    await db().$transaction((tx) =>
      enqueueMail(tx, {
        kind: "set-password",
        to: { email: "new@accord.test", name: "New", locale: "ja" },
        values: { link: "http://accord.test/set-password?token=abc", expires: "soon" },
      }),
    );
    const admin = await listOutbox(actor("ADMIN"));
    expect(admin.ok && admin.data[0]).toMatchObject({ to: "New <new@accord.test>", kind: "set-password", status: "QUEUED", locale: "ja" });
    expect(admin.ok && admin.data[0].text).toContain("http://accord.test/set-password?token=abc");
    expect(await listOutbox(actor("ORGANIZER"))).toMatchObject({ ok: false, code: "not_found" });
    expect(await listOutbox(actor("DELEGATE"))).toMatchObject({ ok: false, code: "not_found" });
    expect(await listOutbox(null)).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
