import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures/sign-in";

// Zero axe violations (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the public event, agenda and
// session pages and on the registration page, in each UI language.
const SLUG = "dialogue-with-shandong-2020";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LOCALES = ["en", "zh", "ja"] as const;
test.use({ timezoneId: "Europe/Berlin" });

async function setLocale(page: Page, locale: string) {
  const url = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3210");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
}

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `${path}`).toEqual([]);
}

for (const locale of LOCALES) {
  test(`public agenda pages have no axe violations (${locale})`, async ({ page }) => {
    await setLocale(page, locale);
    await expectNoViolations(page, `/events/${SLUG}`);
    await expectNoViolations(page, `/events/${SLUG}/agenda?tz=Europe%2FBerlin`);
    await expectNoViolations(page, `/events/${SLUG}/agenda?tz=Europe%2FBerlin&bi=zh%7Cja&type=NOPE`);
    await expectNoViolations(page, `/events/${SLUG}/sessions/demo-session-plenary`);
    await expectNoViolations(page, `/events/${SLUG}/sessions/demo-session-industry-medical?bi=zh%7Cja`);
  });

  test(`registration page has no axe violations (${locale})`, async ({ page }) => {
    // The organizer is not registered, so the form itself is checked (nothing is submitted).
    await signIn(page, "organizer@accord.test", "accord-demo-2020");
    await setLocale(page, locale);
    await expectNoViolations(page, `/events/${SLUG}/register`);
  });
}
