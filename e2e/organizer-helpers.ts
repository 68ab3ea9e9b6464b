import { expect, type Page } from "@playwright/test";

// Shared by the organizer specs: the demo organizer and signing in through the real form.
export const ORGANIZER = { email: "organizer@accord.test", password: "accord-demo-2020" };

export async function signInAsOrganizer(page: Page, returnTo = "/organizer") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(ORGANIZER.email);
  await page.getByLabel("Password").fill(ORGANIZER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/]/g, "\\/")}$`), { timeout: 60_000 });
}
