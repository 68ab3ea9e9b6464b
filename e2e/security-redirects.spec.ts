import { expect, test } from "@playwright/test";

// Return paths (lib/auth/safe-return-path.ts): a callbackUrl that a browser would read as
// another host (tab, CR, LF, backslash, "//") never leaves Accord, neither from the sign-in
// page of a signed-in reader (a 307) nor after signing in through the form; CR/LF never 500.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

const DELEGATE = { email: "delegate@accord.test", password: "accord-demo-2020" };
const HOSTILE = [
  "/\t/evil.example/phish",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\\evil.example",
  "//evil.example",
  "/.//evil.example",
];
const signInWith = (callbackUrl: string) => `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;

async function fillAndSubmit(page: import("@playwright/test").Page) {
  await page.getByLabel("Email").fill(DELEGATE.email);
  await page.getByLabel("Password").fill(DELEGATE.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signing in through the form with a hostile callbackUrl stays on Accord", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.goto(signInWith("/\t/evil.example/phish"));
  await fillAndSubmit(page);
  await expect(page).not.toHaveURL(/\/sign-in/);
  expect(new URL(page.url()).origin).toBe(origin);
  // Home, in the reader's language (public pages carry it in the path).
  expect(new URL(page.url()).pathname).toMatch(/^\/(?:en|zh|ja)?$/);

  // Already signed in: the sign-in page answers with a redirect that stays on this site.
  for (const callbackUrl of HOSTILE) {
    const res = await page.request.get(signInWith(callbackUrl), { maxRedirects: 0 });
    expect(res.status(), JSON.stringify(callbackUrl)).toBe(307);
    expect(res.headers()["location"], JSON.stringify(callbackUrl)).toBe("/");
  }
  const crlf = await page.request.get("/sign-in?callbackUrl=%0D%0A", { maxRedirects: 0 });
  expect(crlf.status()).toBe(307);
  expect(crlf.headers()["location"]).toBe("/");
  // A real same-site path still works, query included.
  const fine = await page.request.get(signInWith("/me/agenda?view=list"), { maxRedirects: 0 });
  expect(fine.headers()["location"]).toBe("/me/agenda?view=list");
});

test("a same-site callbackUrl brings the reader back after signing in; CR/LF does not 500", async ({ page }) => {
  const res = await page.goto("/sign-in?callbackUrl=%0D%0A");
  expect(res?.status()).toBe(200);
  await page.goto(signInWith("/me/agenda"));
  await fillAndSubmit(page);
  await expect(page).toHaveURL(/\/me\/agenda$/);
});
