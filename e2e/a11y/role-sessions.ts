import { test as base, type Browser, type BrowserContext } from "@playwright/test";
import type { Role } from "./page-inventory";

// One sign-in per demo user per worker: the storage state is kept and every test of that
// role starts its browser context from it, instead of signing in through the form again.

const EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  delegate: "delegate@accord.test",
  organizer: "organizer@accord.test",
  otherOrganizer: "other-organizer@accord.test",
  admin: "admin@accord.test",
};
const PASSWORD = "accord-demo-2020";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signInState(browser: Browser, baseURL: string, role: Exclude<Role, "anonymous">): Promise<StorageState> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EMAILS[role]);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 60_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

type WorkerFixtures = { roleState: (role: Role) => Promise<StorageState | undefined> };

export const test = base.extend<object, WorkerFixtures>({
  roleState: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      const states = new Map<Role, Promise<StorageState>>();
      await use(async (role) => {
        if (role === "anonymous") return undefined;
        if (!states.has(role)) states.set(role, signInState(browser, baseURL, role));
        return states.get(role);
      });
    },
    { scope: "worker" },
  ],
});
