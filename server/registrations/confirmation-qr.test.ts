import { createServer } from "node:net";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/server/testing/smtp-sink";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { resetEnvForTests } from "../env.ts";
import { deliverMail } from "../mail/deliver-mail.ts";
import { createDelegate, DEMO_EVENT_ID, DEMO_SLUG, reopenDemoEvent, seedDemoEvent } from "../agenda/testing/agenda-fixtures.ts";
import { queueRegistrationConfirmation } from "./queue-registration-confirmation.ts";
import { registerForEvent } from "./register-for-event.ts";

// The confirmation mail carries the delegate's check-in QR code (issue 20), sent through a
// real SMTP server and read back as the delegate's mail program would: the inline PNG decodes
// to the registration's own token; a waitlisted registration gets no code.

useTestDatabase();
let smtp: SmtpSink;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  await seedDemoEvent();
  await reopenDemoEvent();
  smtp = await startSmtpSink(await freePort());
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Accord Test <accord@accord.test>");
  resetEnvForTests();
});
afterAll(async () => {
  await smtp.stop();
  vi.unstubAllEnvs();
  resetEnvForTests();
});

const mailsTo = (email: string) =>
  db().mailMessage.findMany({ where: { toEmail: email, kind: "registration-confirmed" }, select: { id: true, attachments: true } });

describe("the registration confirmation", () => {
  it("shows a confirmed delegate's check-in QR code inline, decoding to their token", async () => {
    const delegate = await createDelegate("Qr Reader");
    const registered = await registerForEvent(delegate, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" });
    if (!registered.ok) throw new Error("registration failed");
    const { checkInToken } = await db().registration.findUniqueOrThrow({
      where: { id: registered.data.id },
      select: { checkInToken: true },
    });
    const [row] = await mailsTo(delegate.email);
    expect(await deliverMail(row!.id, () => {})).toBe("sent");

    const mail = await smtp.waitFor((m) => m.messageId === `<${row!.id}@accord.mail>`);
    const image = mail.attachments.find((a) => a.contentType === "image/png");
    expect(image?.contentId).toBe("<check-in-qr@accord>");
    expect(image?.related).toBe(true); // shown in the body, not listed as a file
    // mailparser puts the cid-referenced image into the HTML as a data URI: the reference resolved.
    expect(mail.html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="At the entrance, show this QR code/);
    expect(mail.text).toContain(`Check-in code: ${checkInToken}`);
    expect(mail.attachments.map((a) => a.filename).sort()).toEqual(["check-in.png", "event.ics"]);
    const png = PNG.sync.read(image!.content);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`accord-checkin:${checkInToken}`);
  });

  it("carries no code for a waitlisted registration", async () => {
    const delegate = await createDelegate("Waiting Reader");
    const registered = await registerForEvent(delegate, { eventSlug: DEMO_SLUG, venueId: "demo-venue-osaka" });
    if (!registered.ok) throw new Error("registration failed");
    await db().$transaction((tx) =>
      queueRegistrationConfirmation(
        tx,
        { id: registered.data.id, status: "WAITLISTED", eventId: DEMO_EVENT_ID, venueId: "demo-venue-osaka" },
        { email: "waiting-copy@accord.test", name: "Waiting Reader", locale: "en" },
        "http://localhost",
      ),
    );
    const [row] = await mailsTo("waiting-copy@accord.test");
    expect(JSON.stringify(row!.attachments)).not.toContain("image/png");
  });
});
