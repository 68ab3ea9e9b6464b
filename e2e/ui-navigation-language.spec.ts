import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";

// Issue 13: getting around (signed-in menu, start page by role), the reader's time zone
// and language switch, Chinese and Japanese typography, and phone-width layout.
const SLUG = "dialogue-with-shandong-2020";
const EVENT = "demo-event-dialogue-with-shandong-2020";
const expect = baseExpect.configure({ timeout: 30_000 });

/** The reader's language is a cookie (NEXT_LOCALE), as the language switcher sets it. */
async function useLanguage(page: Page, locale: "en" | "zh" | "ja") {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
}

test.describe("signed-in menu and start pages", () => {
  test("a delegate lands on their agenda and the menu offers it, not the workspace", async ({ page }) => {
    await signIn(page, DEMO_USERS.delegate.email, DEMO_PASSWORD);
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/me\/agenda$/);
    const menu = page.getByRole("button", { name: /Signed in as/ });
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "My agenda" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Workspace" })).toHaveCount(0);
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("an organizer lands in the workspace and reaches it again from any page", async ({ page }) => {
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/organizer$/);
    await page.goto(`/events/${SLUG}`);
    await page.getByRole("button", { name: /Signed in as/ }).click();
    await page.getByRole("banner").getByRole("link", { name: "Workspace" }).click();
    await expect(page).toHaveURL(/\/organizer$/);
    await page.getByRole("button", { name: /Signed in as/ }).click();
    await page.getByRole("banner").getByRole("link", { name: "My agenda" }).click();
    await expect(page).toHaveURL(/\/me\/agenda$/);
  });
});

test.describe("the reader's time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("says the zone was detected from the browser and follows a language switch without reload", async ({ page }) => {
    await page.goto(`/events/${SLUG}/agenda`);
    const note = page.getByRole("status").filter({ hasText: "Times in your zone" });
    await expect(note).toContainText("Times in your zone: America/New_York");
    await expect(note).toContainText("Detected from your browser");
    await expect(page.getByText("Your own time zone is not set")).toHaveCount(0);
    await expect(page.getByText("Your time (America/New_York)").first()).toBeVisible();

    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByText("あなたの時間（America/New_York）").first()).toBeVisible();
    await expect(page.getByText("Your time (America/New_York)")).toHaveCount(0);
    await expect(page.getByText(/ブラウザーから検出しました/)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  });

  test("a zone chosen in the filters is called chosen, not detected", async ({ page }) => {
    await page.goto(`/events/${SLUG}/agenda?tz=Asia%2FTokyo`);
    const note = page.getByRole("status").filter({ hasText: "Times in your zone" });
    await expect(note).toContainText("Times in your zone: Asia/Tokyo");
    await expect(note).toContainText("Chosen in the filters");
    await expect(note).not.toContainText("Detected from your browser");
  });
});

test.describe("Chinese and Japanese typography", () => {
  test("honorifics follow the name and Chinese uses full-width punctuation", async ({ page }) => {
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    await useLanguage(page, "zh");
    await page.goto("/organizer/people");
    await expect(page.getByText("李明德 阁下").first()).toBeVisible();
    await expect(page.getByText("阁下 李明德")).toHaveCount(0);
    await page.goto(`/events/${SLUG}/agenda`);
    await expect(page.getByText(/^实时转播至：\S+、\S+/).first()).toBeVisible();
    await expect(page.getByText(/实时转播至: /)).toHaveCount(0);
    await expect(page.getByText(/（主办会场）/).first()).toBeVisible();
    await useLanguage(page, "ja");
    await page.goto(`/events/${SLUG}/agenda`);
    await expect(page.getByText(/（主会場）/).first()).toBeVisible();
    await expect(page.getByText(/ \(主会場\)/)).toHaveCount(0);
  });

  test("a Japanese button label stays on one line in the agreements filter", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    await useLanguage(page, "ja");
    await page.goto(`/organizer/events/${EVENT}/agreements`);
    for (const name of ["クリア", "絞り込む"]) {
      const control = page.getByRole("search").getByText(name, { exact: true });
      const box = await control.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.height, `${name} wraps`).toBeLessThan(48);
      expect(box!.width, `${name} is squeezed`).toBeGreaterThan(box!.height);
    }
  });
});

/** Lines in `main` that start with a character Japanese typesetting (kinsoku) keeps off a
 *  line's start: the prolonged sound mark, small kana, closing brackets and punctuation. */
async function badLineStarts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const forbidden = /[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ、。，．）」』】〕〉》]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      let lastTop: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        if (lastTop !== undefined && rect.top > lastTop + rect.height / 2 && forbidden.test(text[i]!))
          found.push(`"${text.slice(Math.max(0, i - 6), i)}|${text.slice(i, i + 6)}"`);
        lastTop = rect.top;
      }
    }
    return found;
  });
}

test.describe("layout", () => {
  test("on a 390-px phone no Japanese line starts with ー, small kana or closing punctuation", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/ja", `/ja/events/${SLUG}`, `/ja/events/${SLUG}/agenda`, `/ja/events/${SLUG}/tally`]) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      expect(await badLineStarts(page), path).toEqual([]);
    }
  });

  test("tally labels are shown whole on a desktop screen", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/events/${SLUG}/tally`);
    const labels = page.getByTestId("tally-bar-label");
    await expect(labels.first()).toBeVisible();
    const cut = await labels.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(cut).toEqual([]);
  });

  test("tables keep readable columns on a 390-px phone in Japanese", async ({ page }) => {
    // Japanese and Chinese text may break between any two characters, so a table squeezed to
    // the phone's width shrank its columns to two or three characters (the agreements page
    // was 9,800 px tall). Tables scroll sideways in their own box instead; no cell with words
    // in it wraps at fewer than four characters a line.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    await useLanguage(page, "ja");
    const squeezed: string[] = [];
    for (const path of [
      `/organizer/events/${EVENT}/agreements`,
      `/organizer/events/${EVENT}/video-messages`,
      `/organizer/events/${EVENT}/participants`,
      `/organizer/events/${EVENT}/registrants`,
      "/organizer/organizations/demo-org-ccpit-shandong/people",
      "/organizer/ledger",
      "/organizer/ledger/rates",
      "/organizer/ledger/year",
    ]) {
      await page.goto(path);
      await expect(page.locator("table").first()).toBeVisible();
      // Characters per line of each cell's text (its text nodes' line boxes).
      const narrow = await page.locator("table").evaluateAll((tables) =>
        tables.flatMap((table) =>
          [...table.querySelectorAll("th, td")].flatMap((cell) => {
            const chars = (cell.textContent ?? "").replace(/\s/g, "").length;
            if (chars < 4) return [];
            const tops = new Set<number>();
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
            }
            return tops.size && chars / tops.size < 4
              ? [`${Math.round(cell.getBoundingClientRect().width)}px "${(cell.textContent ?? "").trim().slice(0, 20)}"`]
              : [];
          }),
        ),
      );
      if (narrow.length) squeezed.push(`${path}: ${narrow.slice(0, 3).join(", ")}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) squeezed.push(`${path}: the page scrolls sideways (${width}px)`);
    }
    expect(squeezed).toEqual([]);
  });

  test("nothing scrolls sideways on a 390-px phone", async ({ page }) => {
    test.setTimeout(180_000); // twelve pages on a shared machine
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    const check = async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width}px`);
    };
    for (const path of ["/", `/events/${SLUG}`, `/events/${SLUG}/agenda`, `/events/${SLUG}/tally`, `/events/${SLUG}/register`, "/sign-in"])
      await check(path);
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    for (const path of [
      "/organizer",
      `/organizer/events/${EVENT}`,
      `/organizer/events/${EVENT}/agreements`,
      `/organizer/events/${EVENT}/sessions`,
      `/organizer/events/${EVENT}/timetable`,
      "/me/agenda",
    ])
      await check(path);
    expect(wide).toEqual([]);
  });
});

test.describe("the event workspace", () => {
  test("one navigation on every page of an event, each page with its own tab title", async ({ page }) => {
    test.setTimeout(180_000); // nine workspace pages on a shared machine
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    const titles = new Set<string>();
    for (const section of ["", "/venues", "/sessions", "/timetable", "/video-messages", "/agreements", "/outcomes", "/report", "/audit"]) {
      await page.goto(`/organizer/events/${EVENT}${section}`);
      const nav = page.getByRole("navigation", { name: "Event sections" });
      await expect(nav).toHaveCount(1);
      for (const name of ["Overview", "Venues", "Video messages", "Agreements", "Audit log"])
        await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
      titles.add(await page.title());
    }
    expect(titles.size, [...titles].join(" | ")).toBe(9);
    await page.goto(`/organizer/events/${EVENT}/venues`);
    expect(await page.title()).toMatch(/^Venues · Dialogue with Shandong/);
    await page.goto(`/organizer/events/${EVENT}`);
    await page
      .getByRole("navigation", { name: "Event sections" })
      .getByRole("link", { name: /Public page/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/events/${SLUG}$`));
  });

  test("unpublishing asks first and changes nothing when the organizer says no", async ({ page }) => {
    await signIn(page, DEMO_USERS.owner.email, DEMO_PASSWORD);
    await page.goto(`/organizer/events/${EVENT}`);
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect.poll(() => asked).toContain("Unpublish this event?");
    await expect(page.getByRole("status").filter({ hasText: "Unpublished" })).toHaveCount(0);
    const publicPage = await page.request.get(`/events/${SLUG}`);
    expect(publicPage.status()).toBe(200);
  });
});

/** Signs in through the form: where each role lands after the form is under test here. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
}
