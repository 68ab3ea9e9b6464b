import type { ParsedMail } from "mailparser";
import jsQR from "jsqr";
import pg from "pg";
import { PNG } from "pngjs";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import type { SmtpSink } from "../server/testing/smtp-sink";
import { HOLD_SMTP_TIMEOUT_MS, holdSmtpPort } from "./fixtures/smtp-port";
import { expect, signInAs, test } from "./fixtures/auth";

// Issue 15's "Done when" flow with a real SMTP server (smtp-server on E2E_SMTP_PORT, where
// playwright.config.ts points the app's SMTP_URL): an admin invites a new organization's
// owner; the owner accepts from the emailed link, invites an organizer, imports 3 delegates
// from CSV into a delegation of an event; one accepts (confirmation with an .ics), one declines
// with a reason, one does not answer; the registrants page counts match the database; the
// reused link is refused with nothing changed.

let smtp: SmtpSink;
const run = Date.now().toString(36);
const ORG = `e2e-org-${run}`;
const EVENT = `e2e-event-${run}`;
const PASSWORD = "river lantern harbour 7";
const ownerEmail = `owner-${run}@accord.test`;
const organizerEmail = `organizer-${run}@accord.test`;
const delegates = ["aiko", "wei", "kenji"].map((n) => `${n}-${run}@accord.test`);

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const to = (address: string) => (m: ParsedMail) => JSON.stringify(m.to ?? "").includes(address);
const linkIn = (m: ParsedMail) => {
  const url = new URL(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/.exec(m.text ?? "")![0]);
  return url.pathname;
};
// This flow's own rows only: other specs write users, registrations and invitations at the same time.
const tableCounts = async () =>
  (
    await sql<{ users: string; registrations: string; invitations: string }>(
      `SELECT (SELECT count(*) FROM "User" WHERE email LIKE $1) AS users,
              (SELECT count(*) FROM "Registration" WHERE "eventId" = $2) AS registrations,
              (SELECT string_agg(status::text || coalesce("declineReason", ''), ',' ORDER BY id) FROM "Invitation" WHERE "eventId" = $2 OR "organizationId" = $3) AS invitations`,
      [`%-${run}@accord.test`, EVENT, ORG],
    )
  )[0];

test.beforeAll(async () => {
  test.setTimeout(HOLD_SMTP_TIMEOUT_MS);
  smtp = await holdSmtpPort();
  // The organization is task B's admin page; here it is written directly, and the flow starts from the invitation.
  await sql(
    `INSERT INTO "Organization" (id, slug, name, country) VALUES ($1, $1, '{"en": "Osaka Chamber", "ja": "大阪商工会議所"}', 'JP')`,
    [ORG],
  );
  await sql(
    `INSERT INTO "Event" (id, "organizationId", slug, title, "sideAName", "sideBName", status, languages, "primaryTimeZone", "startDate", "endDate", "updatedAt")
     VALUES ($1, $2, $1, '{"en": "Osaka-Shandong Forum"}', '{"en": "Shandong side"}', '{"en": "Japan side"}', 'PUBLISHED', '{en,zh,ja}', 'Asia/Tokyo', '2099-05-10', '2099-05-10', now())`,
    [EVENT, ORG],
  );
  await sql(
    `INSERT INTO "Venue" (id, "eventId", kind, name, city, "timeZone", capacity, position, "updatedAt") VALUES
       ($1 || '-osaka', $1, 'PHYSICAL', '{"en": "Osaka Hall"}', '{"en": "Osaka"}', 'Asia/Tokyo', 50, 0, now()),
       ($1 || '-online', $1, 'ONLINE', '{"en": "Online channel"}', NULL, 'Asia/Tokyo', NULL, 1, now())`,
    [EVENT],
  );
});
test.afterAll(async () => {
  await smtp?.stop();
});

test("admin invites an owner; the owner invites, imports delegates; answers and counts match the database", async ({ browser, page }) => {
  test.setTimeout(240_000);
  // 1. The admin invites the organization's first OWNER.
  await signInAs(page, "admin", `/organizer/organizations/${ORG}/people`);
  const invite = page.getByRole("form", { name: "Invite someone to the organization" });
  await invite.getByLabel("Name").fill("Owner Person");
  await invite.getByLabel("Email address").fill(ownerEmail);
  await invite.getByLabel("Role").selectOption("OWNER");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByRole("status").filter({ hasText: /\S/ })).toContainText("Invitation sent.");

  // 2. The owner accepts from the link in the received email, choosing a password.
  const ownerMail = await smtp.waitFor(to(ownerEmail), 60_000);
  expect(ownerMail.subject).toBe("Invitation to Osaka Chamber on Accord");
  expect(ownerMail.html).toContain("/invitations/");
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(linkIn(ownerMail));
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Join Osaka Chamber on Accord");
  await owner.locator('main input[name="password"]').fill(PASSWORD);
  await owner.getByLabel("Password again").fill(PASSWORD);
  await owner.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(owner.getByRole("status").filter({ hasText: /\S/ })).toContainText("you are now a member");
  expect(
    await sql(`SELECT m.role FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m."organizationId" = $2`, [
      ownerEmail,
      ORG,
    ]),
  ).toEqual([{ role: "OWNER" }]);

  // 3. The owner signs in and invites an organizer.
  await signInAs(owner, { email: ownerEmail, password: PASSWORD }, `/organizer/organizations/${ORG}/people`);
  const form = owner.getByRole("form", { name: "Invite someone to the organization" });
  await expect(form.getByLabel("Role").locator("option")).toHaveText(["Organizer", "Viewer"]);
  await form.getByLabel("Name").fill("Organizer Person");
  await form.getByLabel("Email address").fill(organizerEmail);
  await form.getByLabel("Language of the email").selectOption("ja");
  await form.getByRole("button", { name: "Send the invitation" }).click();
  await expect(form.getByRole("status").filter({ hasText: /\S/ })).toContainText("Invitation sent.");
  const organizerMail = await smtp.waitFor(to(organizerEmail), 60_000);
  expect(organizerMail.subject).toBe("Accord の 大阪商工会議所 へのご招待");

  // 4. A delegation of the Japan side, then 3 delegates from a CSV: check, then import.
  await owner.goto(`/organizer/events/${EVENT}/delegations`);
  const create = owner.getByRole("form", { name: "New delegation" });
  await create.getByLabel("Side").selectOption("B");
  await create.getByLabel("Name · English").fill("Osaka business delegation");
  await create.getByRole("button", { name: "Create the delegation" }).click();
  await expect(owner.getByRole("heading", { level: 3, name: "Osaka business delegation" })).toBeVisible();
  const csv = `name,email,language,organization,position,interpretation,venue\nSato Aiko,${delegates[0]},ja,Panasonic,Director,zh,Osaka\nLi Wei,${delegates[1]},zh,Haier,Manager,,online\nTanaka Kenji,${delegates[2]},en,Kubota,,,Osaka Hall\n`;
  const importForm = owner.getByRole("form", { name: "Import delegates from a CSV" });
  await importForm.locator('input[type="file"]').setInputFiles({ name: "delegates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await importForm.getByRole("button", { name: "Check the file" }).click();
  await expect(importForm.getByRole("status").filter({ hasText: /\S/ })).toContainText("3 row(s): 3 ready, 0 with problems.");
  await importForm.getByRole("button", { name: "Import and invite 3" }).click();
  await expect(importForm.getByRole("status").filter({ hasText: /\S/ })).toContainText("3 delegate(s) added and invited.");
  const [aikoMail, weiMail, kenjiMail] = await Promise.all(delegates.map((d) => smtp.waitFor(to(d), 60_000)));
  expect(aikoMail.subject).toBe("ご招待：Osaka-Shandong Forum");

  // 5. One accepts (confirmation with an .ics), one declines with a reason, one does not answer.
  const aiko = await (await browser.newContext()).newPage();
  const aikoLink = linkIn(aikoMail);
  await aiko.goto(aikoLink);
  await aiko.getByLabel("Where will you take part?").selectOption({ label: "Osaka Hall · Osaka (Asia/Tokyo)" });
  await aiko.locator('main input[name="password"]').fill(PASSWORD);
  await aiko.getByLabel("Password again").fill(PASSWORD);
  await aiko.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(aiko.getByRole("status").filter({ hasText: /\S/ })).toContainText("you are registered");
  const confirmation = await smtp.waitFor((m) => to(delegates[0])(m) && (m.subject ?? "").startsWith("登録完了"), 60_000);
  const ics = confirmation.attachments.find((a) => a.filename === "event.ics");
  expect(ics?.content.toString()).toContain("BEGIN:VCALENDAR");
  // The check-in QR code is in the mail too (issue 20), inline, and decodes to the registration's token.
  const qr = confirmation.attachments.find((a) => a.contentType === "image/png");
  const png = PNG.sync.read(qr!.content);
  const [reg] = await sql<{ checkInToken: string }>(
    `SELECT r."checkInToken" FROM "Registration" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 AND r."eventId" = $2`,
    [delegates[0], EVENT],
  );
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`accord-checkin:${reg!.checkInToken}`);

  const wei = await (await browser.newContext()).newPage();
  await wei.goto(linkIn(weiMail));
  await wei.getByLabel("Reason (optional)").fill("Travelling to Europe that week");
  await wei.getByRole("button", { name: "Decline the invitation" }).click();
  await expect(wei.getByRole("status").filter({ hasText: /\S/ })).toContainText("You declined the invitation.");

  // 6. The registrants page's counts match the database.
  await owner.goto(`/organizer/events/${EVENT}/registrants`);
  const db = (
    await sql<{ confirmed: string; declined: string; invited: string }>(
      `SELECT (SELECT count(*) FROM "Registration" WHERE "eventId" = $1 AND status = 'CONFIRMED') AS confirmed,
            (SELECT count(*) FROM "Invitation" WHERE "eventId" = $1 AND status = 'DECLINED') AS declined,
            (SELECT count(*) FROM "Invitation" WHERE "eventId" = $1 AND status = 'INVITED' AND "expiresAt" > now()) AS invited`,
      [EVENT],
    )
  )[0];
  expect(db).toEqual({ confirmed: "1", declined: "1", invited: "1" });
  const all = owner.locator('[data-testid="registrant-counts"] tr[data-row="all"] td');
  // Columns: invited, confirmed, waitlisted, declined, no answer, cancelled, revoked.
  await expect(all).toHaveText([db.invited, db.confirmed, "0", db.declined, "0", "0", "0"]);
  await expect(owner.locator(`[data-email="${delegates[1]}"]`)).toContainText("Travelling to Europe that week");

  // 7. The used link again: a clear page, no form, nothing changed.
  const before = await tableCounts();
  await aiko.goto(aikoLink);
  await expect(aiko.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();
  await expect(aiko.getByText("This invitation has already been answered. Nothing was changed.")).toBeVisible();
  await expect(aiko.locator('input[name="password"]')).toHaveCount(0);
  expect(await tableCounts()).toEqual(before);

  // Screens as a reader sees them (SCREENSHOTS=dir): each new page in en, zh and ja, and at a phone's width.
  const dir = process.env.SCREENSHOTS;
  if (dir) {
    const shots: [string, typeof owner][] = [
      [`/organizer/events/${EVENT}/registrants`, owner],
      [`/organizer/events/${EVENT}/delegations`, owner],
      [`/organizer/organizations/${ORG}/people`, owner],
      [linkIn(weiMail), wei],
      [linkIn(kenjiMail), wei],
    ];
    for (const locale of ["en", "zh", "ja"]) {
      for (const [i, [path, who]] of shots.entries()) {
        await who.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL(who.url()).origin }]);
        await who.setViewportSize({ width: locale === "ja" ? 390 : 1280, height: 900 });
        await who.goto(path);
        await who.screenshot({ path: `${dir}/${i}-${locale}.png`, fullPage: true });
      }
    }
  }
});
