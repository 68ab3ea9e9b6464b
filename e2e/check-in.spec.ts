import { PrismaPg } from "@prisma/adapter-pg";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { createRegistration, createUser, FACTORY_PASSWORD } from "../prisma/seed/factories";
import { PrismaClient } from "../server/db/generated/client";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import type { Locator } from "@playwright/test";
import { contextAs, expect, signInAs, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Check-in on the day (issue 20): a steward of the demo event's Tokyo venue scans a delegate's
// QR code (the delegate's own My agenda image, fed to the page as its camera) and the
// organizer's board rises without a reload; a second scan says "already checked in"; the
// steward cannot check anyone in at Jinan; a scan made offline is counted once when the
// network returns. People are made in the e2e database with the shared factories.
const EVENT = "demo-event-dialogue-with-shandong-2020";
const TOKYO = "demo-venue-tokyo";
const JINAN = "demo-venue-jinan";
test.setTimeout(180_000);
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

type Person = { email: string; name: string; token: string; registrationId: string };
let steward: { email: string };
let people: Record<"camera" | "jinan" | "offline" | "saysOffline" | "session" | "vip" | "online", Person>;

test.beforeAll(async () => {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? ""), max: 1 }),
  });
  try {
    const tag = Date.now().toString(36);
    const s = await createUser(db, { email: `steward-${tag}@accord.test`, name: `Steward ${tag}` });
    await db.stewardGrant.create({ data: { eventId: EVENT, venueId: TOKYO, userId: s.id } });
    steward = { email: s.email };
    const person = async (key: string, venueId: string): Promise<Person> => {
      const u = await createUser(db, { email: `checkin-${key}-${tag}@accord.test`, name: `Guest ${key} ${tag}` });
      const r = await createRegistration(db, { eventId: EVENT, userId: u.id, venueId });
      return { email: u.email, name: u.name, token: r.checkInToken, registrationId: r.id };
    };
    people = {
      camera: await person("camera", TOKYO),
      jinan: await person("jinan", JINAN),
      offline: await person("offline", TOKYO),
      saysOffline: await person("says-offline", TOKYO),
      session: await person("session", TOKYO),
      vip: await person("vip", TOKYO),
      online: await person("online", "demo-venue-online"),
    };
  } finally {
    await db.$disconnect();
  }
});

/** The steward's answer says "Checked in" and shows the person's name. */
async function expectCheckedIn(answer: Locator, name: string, timeout?: number) {
  await expect(answer).toHaveAttribute("data-answer", "checked_in", { timeout });
  await expect(answer).toContainText("Checked in");
  await expect(answer.getByTestId("person-name")).toHaveText(name);
}

const checkIns = async (registrationId: string) =>
  sql<{ venueId: string; scannedAt: Date; createdAt: Date }>(
    `SELECT "venueId", "scannedAt", "createdAt" FROM "CheckIn" WHERE "registrationId" = $1 AND "undoneAt" IS NULL`,
    [registrationId],
  );

test("a Tokyo steward scans a delegate's QR code with the camera; the board rises live; a second scan says already checked in", async ({
  browser,
  page,
  roleState,
}) => {
  // The delegate's code, as My agenda draws it, decoded from a screenshot.
  await signInAs(page, { email: people.camera.email, password: FACTORY_PASSWORD }, "/me/agenda");
  const qr = page.getByRole("img", { name: `Check-in QR code for ${people.camera.name}` });
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`accord-checkin:${people.camera.token}`);

  const organizer = await (await contextAs(browser, roleState, "owner", { locale: "en-US" })).newPage();
  await organizer.goto(`/organizer/events/${EVENT}/check-in`);
  const tokyoCount = organizer.locator(`tr[data-venue="${TOKYO}"] [data-testid="checked-in"]`);
  await expect(organizer.getByTestId("attendance-board")).toHaveAttribute("data-live", "connected");
  const before = Number(await tokyoCount.textContent());

  // The steward's camera shows that image (a canvas stream instead of a webcam).
  const stewardContext = await browser.newContext({ locale: "en-US" });
  const scanner = await stewardContext.newPage();
  await signInAs(scanner, { email: steward.email, password: FACTORY_PASSWORD });
  await scanner.addInitScript(
    ({ width, height, pixels }) => {
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext("2d")!;
        const bytes = Uint8ClampedArray.from(atob(pixels), (c) => c.charCodeAt(0));
        const draw = () => ctx.putImageData(new ImageData(bytes, width, height), 0, 0);
        draw();
        setInterval(draw, 100);
        return canvas.captureStream(10);
      };
    },
    { width: png.width, height: png.height, pixels: Buffer.from(png.data).toString("base64") },
  );
  await scanner.goto(`/check-in/${EVENT}`);
  await expect(scanner.getByLabel("Venue")).toHaveValue(TOKYO);
  await expect(scanner.getByLabel("Venue").locator("option")).toHaveCount(1);
  await scanner.getByRole("button", { name: "Scan with the camera" }).click();
  const answer = scanner.getByTestId("scan-answer");
  await expectCheckedIn(answer, people.camera.name, 30_000);
  await scanner.getByRole("button", { name: "Stop the camera" }).click();
  expect(await checkIns(people.camera.registrationId)).toHaveLength(1);

  // Pushed by the attendance stream (no poll): within 2 s of the steward's answer.
  await expect(tokyoCount).toHaveText(String(before + 1), { timeout: 2_000 });

  await scanner.getByLabel("Code (typed, or from a hand-held scanner)").fill(people.camera.token);
  await scanner.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(answer).toContainText(/Already checked in at Tokyo venue — Toranomon Hall, .* UTC\+9/);
  expect(await checkIns(people.camera.registrationId)).toHaveLength(1);
  await stewardContext.close();
  await organizer.context().close();
});

test("the Tokyo steward is refused at Jinan, and a Jinan registrant at Tokyo is flagged until confirmed", async ({ page }) => {
  await signInAs(page, { email: steward.email, password: FACTORY_PASSWORD });
  await page.goto(`/check-in/${EVENT}`);
  const answer = page.getByTestId("scan-answer");
  const code = page.getByLabel("Code (typed, or from a hand-held scanner)");
  const submit = page.getByRole("button", { name: "Check in", exact: true });

  // Jinan is not offered; a page altered to send Jinan anyway is refused by the server.
  await page.getByLabel("Venue").evaluate((select: HTMLSelectElement, jinan) => {
    select.add(new Option("Jinan", jinan));
  }, JINAN);
  await page.getByLabel("Venue").selectOption(JINAN);
  await code.fill(people.jinan.token);
  await submit.click();
  await expect(answer).toContainText("Not checked in: You are not a steward at this venue.");
  expect(await checkIns(people.jinan.registrationId)).toHaveLength(0);

  await page.getByLabel("Venue").selectOption(TOKYO);
  await code.fill(people.jinan.token);
  await submit.click();
  await expect(answer).toContainText("Registered for Jinan main venue — Shandong Hotel, not this venue.");
  await expect(answer.getByTestId("person-name")).toHaveText(people.jinan.name);
  expect(await checkIns(people.jinan.registrationId)).toHaveLength(0);
  await page.getByRole("button", { name: "Let them in here" }).click();
  await expectCheckedIn(answer, people.jinan.name);
  expect((await checkIns(people.jinan.registrationId)).map((c) => c.venueId)).toEqual([TOKYO]);
});

test("a scan made offline waits in the browser and is counted once, with its scan time, when the network returns", async ({
  page,
  context,
}) => {
  await signInAs(page, { email: steward.email, password: FACTORY_PASSWORD });
  await page.goto(`/check-in/${EVENT}`);
  await context.setOffline(true);
  const scannedBefore = new Date();
  await page.getByLabel("Code (typed, or from a hand-held scanner)").fill(people.offline.token);
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByTestId("scan-answer")).toContainText("Offline: scans are kept on this device");
  await expect(page.getByTestId("queued")).toHaveText("1 scan waits to be sent.");
  await page.waitForTimeout(1500);
  expect(await checkIns(people.offline.registrationId)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByTestId("scan-answer")).toContainText("1 queued scan sent.", { timeout: 30_000 });
  await expect(page.getByTestId("queued")).toHaveCount(0);
  const rows = await checkIns(people.offline.registrationId);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.scannedAt.getTime()).toBeGreaterThanOrEqual(scannedBefore.getTime() - 1000);
  expect(rows[0]!.scannedAt.getTime()).toBeLessThan(rows[0]!.createdAt.getTime());

  await page.reload();
  await page.waitForTimeout(1500);
  expect(await checkIns(people.offline.registrationId)).toHaveLength(1);
  expect(await page.evaluate((e) => localStorage.getItem(`accord-checkin-queue:${e}`), EVENT)).toBeNull();
});

test("a station whose browser says it is offline while its server answers checks in at once (nothing queued)", async ({ page }) => {
  // Chromium reports navigator.onLine false on a machine with only a loopback network, as
  // at a venue whose station reaches its own server; the station must not trust it.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "onLine", { get: () => false }));
  await signInAs(page, { email: steward.email, password: FACTORY_PASSWORD });
  await page.goto(`/check-in/${EVENT}`);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.getByLabel("Code (typed, or from a hand-held scanner)").fill(people.saysOffline.token);
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expectCheckedIn(page.getByTestId("scan-answer"), people.saysOffline.name);
  await expect(page.getByTestId("queued")).toHaveCount(0);
  expect(await checkIns(people.saysOffline.registrationId)).toHaveLength(1);
});

test.describe("organizer", () => {
  test.use({ role: "owner" });

  test("grants a steward at Osaka and removes the grant", async ({ page }) => {
    const tag = Date.now().toString(36);
    const [user] = await sql<{ email: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'x', now()) RETURNING email`,
      [`grant-${tag}`, `grant-${tag}@accord.test`, `Granted ${tag}`],
    );
    await page.goto(`/organizer/events/${EVENT}/check-in`);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Make steward" }) });
    const grants = async () => (await sql(`SELECT 1 FROM "StewardGrant" WHERE "eventId" = $1`, [EVENT])).length;
    const before = await grants();
    await form.getByLabel("Email address of their Accord account").fill("nobody-here@accord.test");
    await form.getByLabel("Osaka venue — Nakanoshima Conference Hall").check();
    await form.getByRole("button", { name: "Make steward" }).click();
    await expect(form.getByText("No account uses this email address.").first()).toBeVisible();
    expect(await grants()).toBe(before);
    await form.getByLabel("Email address of their Accord account").fill(user!.email);
    await form.getByRole("button", { name: "Make steward" }).click();
    await expect(form.getByText("Steward added.")).toBeVisible();
    const list = page.getByTestId("stewards");
    await expect(list).toContainText(`Granted ${tag} · ${user!.email} · Osaka venue`);
    expect(await sql(`SELECT 1 FROM "StewardGrant" WHERE "userId" = $1 AND "venueId" = 'demo-venue-osaka'`, [`grant-${tag}`])).toHaveLength(
      1,
    );

    page.once("dialog", (d) => void d.accept());
    await list.locator("li").filter({ hasText: user!.email }).getByRole("button", { name: "Remove" }).click();
    await expect(list.locator("li").filter({ hasText: user!.email })).toHaveCount(0);
    expect(await sql(`SELECT 1 FROM "StewardGrant" WHERE "userId" = $1`, [`grant-${tag}`])).toHaveLength(0);
  });
});

test("at a session's door the steward counts heads for that session, once per person, apart from the entrance", async ({ page }) => {
  await signInAs(page, { email: steward.email, password: FACTORY_PASSWORD });
  await page.goto(`/check-in/${EVENT}`);
  const code = page.getByLabel("Code (typed, or from a hand-held scanner)");
  const submit = page.getByRole("button", { name: "Check in", exact: true });
  const answer = page.getByTestId("scan-answer");
  // The equipment seminar is held in Tokyo; the list shows each session with its start and offset.
  await page.getByLabel("Counting at").selectOption({ label: "15:00 UTC+9 Industry seminar: high-end equipment manufacturing" });
  await code.fill(people.session.token);
  await submit.click();
  await expectCheckedIn(answer, people.session.name);
  await code.fill(people.session.token);
  await submit.click();
  await expect(answer).toContainText(/Already counted at Industry seminar: high-end equipment manufacturing, .* UTC\+9/);
  const rows = () =>
    sql<{ sessionId: string | null }>(`SELECT "sessionId" FROM "CheckIn" WHERE "registrationId" = $1 AND "undoneAt" IS NULL`, [
      people.session.registrationId,
    ]);
  expect(await rows()).toEqual([{ sessionId: "demo-session-industry-equipment" }]);
  // The entrance is counted apart.
  await page.getByLabel("Counting at").selectOption({ label: "The venue's entrance" });
  await code.fill(people.session.token);
  await submit.click();
  await expectCheckedIn(answer, people.session.name);
  expect((await rows()).map((r) => r.sessionId).sort()).toEqual(["demo-session-industry-equipment", null]);
});

test("a registrant's click on the stream link counts once as online attendance and leads to the stream", async ({ page }) => {
  await signInAs(
    page,
    { email: people.online.email, password: FACTORY_PASSWORD },
    "/en/events/dialogue-with-shandong-2020/sessions/demo-session-plenary",
  );
  const link = page.getByRole("link", { name: "Live stream" });
  const href = await link.getAttribute("href");
  expect(href).toBe("/watch/dialogue-with-shandong-2020/demo-session-plenary");
  for (let i = 0; i < 2; i++) {
    const res = await page.request.get(href!, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe("https://live.example.org/dialogue-with-shandong-2020/main");
  }
  expect(await sql(`SELECT 1 FROM "StreamView" WHERE "registrationId" = $1`, [people.online.registrationId])).toHaveLength(1);
});

test.describe("organizer's VIP flag", () => {
  test.use({ role: "owner" });

  test("marks a registrant VIP and clears it (same row, version up); a page left open meanwhile is told it changed", async ({
    page,
    browser,
    roleState,
  }) => {
    const row = () =>
      sql<{ vip: boolean; version: number }>(`SELECT vip, version FROM "Registration" WHERE id = $1`, [people.vip.registrationId]);
    const registrants = `/organizer/events/${EVENT}/registrants?q=${encodeURIComponent(people.vip.email)}`;
    const stale = await (await contextAs(browser, roleState, "owner", { locale: "en-US" })).newPage();
    await stale.goto(registrants);
    await page.goto(registrants);
    const item = page.locator(`li[data-email="${people.vip.email}"]`);
    await item.getByRole("button", { name: `Mark as VIP: ${people.vip.name}` }).click();
    await expect(item.getByText("VIP flag saved.")).toBeVisible();
    await expect(item.getByRole("button", { name: `Remove the VIP flag: ${people.vip.name}` })).toBeVisible();
    expect(await row()).toEqual([{ vip: true, version: 2 }]);
    await item.getByRole("button", { name: `Remove the VIP flag: ${people.vip.name}` }).click();
    await expect(item.getByRole("button", { name: `Mark as VIP: ${people.vip.name}` })).toBeVisible();
    expect(await row()).toEqual([{ vip: false, version: 3 }]);

    // The other organizer's page still holds version 1.
    const staleItem = stale.locator(`li[data-email="${people.vip.email}"]`);
    await staleItem.getByRole("button", { name: `Mark as VIP: ${people.vip.name}` }).click();
    await expect(staleItem.getByText("Changed by someone else", { exact: true })).toBeVisible();
    await expect(staleItem.getByText(/This record was changed by someone else since you/)).toBeVisible();
    expect(await row()).toEqual([{ vip: false, version: 3 }]);
    await stale.context().close();
  });
});
