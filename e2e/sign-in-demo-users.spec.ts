import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";

// The sign-in form itself is under test here; every other spec signs in through
// e2e/fixtures/auth.ts (next-auth's endpoints, a stored session per role).

/** Signs in through the real form and waits until the session cookie is set. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

// Every demo user named in the README can sign in and reaches the demo event, whose page
// lists the venues in Jinan, Tokyo and Osaka with their own time zones.
for (const user of Object.values(DEMO_USERS)) {
  test(`${user.email} signs in and sees the demo event's three cities`, async ({ page }) => {
    await signIn(page, user.email, DEMO_PASSWORD);
    await page.goto("/");
    await page
      .getByRole("link", { name: /Dialogue with Shandong/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/events\/dialogue-with-shandong-2020/);
    const main = page.getByRole("main");
    for (const city of ["Jinan", "Tokyo", "Osaka"]) await expect(main.getByText(city).first()).toBeVisible();
    await expect(main.getByText("Asia/Shanghai").first()).toBeVisible();
    await expect(main.getByText("Asia/Tokyo").first()).toBeVisible();
  });
}

test("an organizer page opened signed out leads through sign-in back to that page, query included", async ({ page }) => {
  const deep = "/organizer/events/demo-event-dialogue-with-shandong-2020/agreements?status=SIGNED";
  await page.goto(deep);
  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(deep);
  await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === deep);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("every response carries the security headers", async ({ request }) => {
  const res = await request.get("/");
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
