import { expect as baseExpect, test } from "@playwright/test";
import { DEMO_PASSWORD as PASSWORD } from "../prisma/seed/demo-users";
import { signInAs } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// "Reset calendar link" on My agenda: the delegate gets a new private feed address and the
// old one answers 404 at once (server/registrations/reset-calendar-link.ts). A delegate of
// its own, so the demo delegate's feed used by delegate-agenda.spec.ts is left alone.
test.skip(!!process.env.E2E_BASE_URL, "needs the database of the built-in e2e server");
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
const expect = baseExpect.configure({ timeout: 30_000 });
const SLUG = "dialogue-with-shandong-2020";

test("a delegate resets the calendar link and the old address stops working", async ({ page }) => {
  const tag = `cal-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT $1, $2, 'Calendar delegate', "passwordHash", 'DELEGATE', now() FROM "User" WHERE email = 'delegate@accord.test'`,
    [`${tag}-user`, `${tag}@accord.test`],
  );
  await signInAs(page, { email: `${tag}@accord.test`, password: PASSWORD });
  // The demo ended in 2020 and takes no new registrations: this delegate registered before.
  await sql(
    `INSERT INTO "Registration" (id, "eventId", "userId", "venueId", "calendarToken", "updatedAt")
     SELECT $1, id, $2, 'demo-venue-tokyo', $3, now() FROM "Event" WHERE slug = $4`,
    [`${tag}-reg`, `${tag}-user`, `${tag}-${"t".repeat(40)}`.slice(0, 43).replace(/[^A-Za-z0-9_-]/g, "x"), SLUG],
  );

  await page.goto("/me/agenda");
  const address = page.getByLabel("Private calendar address");
  const oldUrl = await address.inputValue();
  expect(oldUrl).toMatch(/\/api\/calendar\/personal\/[A-Za-z0-9_-]{43}$/);
  expect((await page.request.get(oldUrl)).status()).toBe(200);

  // Resetting asks first: saying no keeps the link.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "Reset calendar link" }).click();
  await expect(address).toHaveValue(oldUrl);
  expect((await page.request.get(oldUrl)).status()).toBe(200);
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    }),
  );
  await page.getByRole("button", { name: "Reset calendar link" }).click();
  expect(await asked).toMatch(/^Reset your calendar link\?/);
  await expect(page.getByRole("status").filter({ hasText: "Your calendar link was reset" })).toBeVisible();
  await expect(address).not.toHaveValue(oldUrl);
  const newUrl = await address.inputValue();
  expect(newUrl).toMatch(/\/api\/calendar\/personal\/[A-Za-z0-9_-]{43}$/);
  expect((await page.request.get(oldUrl)).status()).toBe(404);
  expect((await page.request.get(newUrl)).status()).toBe(200);
});
