import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { db } from "../db/client.ts";
import { resetEnvForTests } from "../env.ts";
import { deliverMail } from "./deliver-mail.ts";
import { enqueueMail } from "./enqueue-mail.ts";

useTestDatabase();

describe("delivering without SMTP_URL", () => {
  it("keeps the message for the outbox, logs its link, and never handles it twice", async () => {
    vi.stubEnv("SMTP_URL", "");
    resetEnvForTests();
    const id = await db().$transaction((tx) =>
      enqueueMail(tx, {
        kind: "password-reset",
        to: { email: "demo@accord.test", name: "Demo", locale: "en" },
        values: { link: "http://localhost:3000/set-password?token=xyz", expires: "soon" },
      }),
    );
    const lines: string[] = [];
    expect(await deliverMail(id, (l) => lines.push(l))).toBe("kept");
    expect(lines.join("\n")).toContain("http://localhost:3000/set-password?token=xyz");
    const row = await db().mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "KEPT", attempts: 1 });
    expect(row.text).toContain("token=xyz"); // readable in the outbox
    expect(await deliverMail(id, (l) => lines.push(l))).toBe("skipped");
    expect(lines).toHaveLength(1);
    vi.unstubAllEnvs();
  });
});
