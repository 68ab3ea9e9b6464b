import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { createRegistration, createUser, FACTORY_PASSWORD, localized } from "../prisma/seed/factories";
import { PrismaClient } from "../server/db/generated/client";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import { expect, signInAs, test } from "./fixtures/auth";
import type { Page } from "@playwright/test";

// The steward's scan page on a 390-px phone and the organizer's check-in board, in en, zh and
// ja, written to SCREENSHOT_DIR (default /tmp/accord-screenshots/check-in) to look at. Runs
// only when asked:  SCREENSHOTS=1 npx playwright test e2e/check-in-screenshots.spec.ts
test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to make the check-in screenshots");
test.setTimeout(240_000);

const EVENT = "demo-event-dialogue-with-shandong-2020";
const TOKYO = "demo-venue-tokyo";
const JINAN = "demo-venue-jinan";
const OUT = `${process.env.SCREENSHOT_DIR ?? "/tmp/accord-screenshots"}/check-in`;
const LOCALES = ["en", "zh", "ja"] as const;

let steward: string;
let guests: Record<(typeof LOCALES)[number], { token: string; name: string }>;
let otherVenue: { token: string };

test.beforeAll(async () => {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? ""), max: 1 }),
  });
  try {
    const tag = Date.now().toString(36);
    const s = await createUser(db, { email: `shot-steward-${tag}@accord.test`, name: `Steward ${tag}` });
    await db.stewardGrant.create({ data: { eventId: EVENT, venueId: TOKYO, userId: s.id } });
    steward = s.email;
    const delegation = await db.delegation.create({
      data: { eventId: EVENT, side: "B", name: localized("Japan business delegation", "日本经济代表团", "日本経済代表団") },
    });
    const guest = async (key: string, name: string, locale: string, venueId = TOKYO) => {
      const u = await createUser(db, { email: `shot-${key}-${tag}@accord.test`, name, locale });
      const r = await createRegistration(db, { eventId: EVENT, userId: u.id, venueId });
      await db.registration.update({ where: { id: r.id }, data: { vip: key !== "en" } });
      const member = await db.delegationMember.create({
        data: { delegationId: delegation.id, name, email: u.email, languages: [locale], interpretation: [], isHead: key === "ja" },
      });
      await db.invitation.create({
        data: {
          kind: "DELEGATE",
          organizationId: (await db.event.findUniqueOrThrow({ where: { id: EVENT } })).organizationId,
          eventId: EVENT,
          email: u.email,
          name,
          locale,
          tokenHash: `${tag}${key}`.padEnd(64, "0"),
          expiresAt: new Date(Date.now() + 86_400_000),
          status: "ACCEPTED",
          delegationMemberId: member.id,
          registrationId: r.id,
          userId: u.id,
        },
      });
      return { token: r.checkInToken, name };
    };
    guests = {
      en: await guest("en", `Margaret Whitfield-Lancaster ${tag}`, "en"),
      zh: await guest("zh", `欧阳明远 ${tag}`, "zh"),
      ja: await guest("ja", `佐々木 美智子 ${tag}`, "ja"),
    };
    otherVenue = await guest("jinan", `王小红 ${tag}`, "zh", JINAN);
  } finally {
    await db.$disconnect();
  }
});

async function setLocale(page: Page, locale: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
}
const shot = (page: Page, name: string) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

test("the steward's scan page on a phone, in en, zh and ja", async ({ page, context }) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, { email: steward, password: FACTORY_PASSWORD });
  for (const locale of LOCALES) {
    await setLocale(page, locale);
    await page.goto(`/check-in/${EVENT}`);
    await expect(page.locator("#token")).toBeVisible();
    await shot(page, `scan-${locale}-1-empty`);
    const code = page.locator("#token");
    const submit = page.locator('form:has(#token) button[type="submit"]');
    await code.fill(guests[locale].token);
    await submit.click();
    await expect(page.getByTestId("scan-answer")).toHaveAttribute("data-answer", "checked_in");
    await shot(page, `scan-${locale}-2-checked-in`);
    await code.fill(guests[locale].token);
    await submit.click();
    await expect(page.getByTestId("scan-answer")).toHaveAttribute("data-answer", "already");
    await shot(page, `scan-${locale}-3-already`);
    await code.fill(otherVenue.token);
    await submit.click();
    await expect(page.getByTestId("scan-answer")).toHaveAttribute("data-answer", "other_venue");
    await shot(page, `scan-${locale}-4-other-venue`);
    await page.locator("#query").fill(guests[locale].name.split(" ")[0]!);
    await page.locator('form:has(#query) button[type="submit"]').click();
    await expect(page.getByTestId("search-hits")).toBeVisible();
    await shot(page, `scan-${locale}-5-search`);
    await context.setOffline(true);
    await code.fill(guests.en.token);
    await submit.click();
    await expect(page.getByTestId("queued")).toBeVisible();
    await shot(page, `scan-${locale}-6-offline`);
    await context.setOffline(false);
    await expect(page.getByTestId("queued")).toHaveCount(0, { timeout: 30_000 });
  }
});

test("the organizer's check-in board, on a phone and a desktop, in en, zh and ja", async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await signInAs(page, "owner");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of LOCALES) {
      await setLocale(page, locale);
      await page.goto(`/organizer/events/${EVENT}/check-in`);
      await expect(page.getByTestId("attendance-board")).toBeVisible();
      await shot(page, `board-${locale}-${width}`);
    }
  }
});
