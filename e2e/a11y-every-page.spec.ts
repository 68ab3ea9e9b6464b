import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import axe from "axe-core";
import { expect, type Locator, type Page } from "@playwright/test";
import { htmlLang } from "../lib/i18n/html-lang";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { axeViolations, WCAG_TAGS } from "./a11y/axe-check";
import { outcomeFor, pathIn, PAGES, ROLES, type Outcome, type PageEntry, type Role } from "./a11y/page-inventory";
import { test } from "./fixtures/auth";

// Every page (e2e/a11y/page-inventory.ts) in every UI language and for every role: zero axe
// violations of WCAG 2.x A/AA, the right lang attribute, and for a role that may not see a
// page, the refusal it should get (sign-in, "not allowed", not found), which is checked too.
// Which role checks which page in which language: localesFor() below.
test.describe.configure({ mode: "parallel" });
test.use({ timezoneId: "Europe/Berlin" });

const message = (file: string, path: string[]) =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], JSON.parse(readFileSync(file, "utf8"))) as string;
const notFoundTitle = (l: Locale) => message(`lib/i18n/messages/${l}.json`, ["notFound", "title"]);
const notAllowedText = (l: Locale) => message(`lib/i18n/messages/organizer/${l}.json`, ["notAllowed"]);

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pageFiles(join(dir, d.name)) : d.name === "page.tsx" ? [relative(".", join(dir, d.name))] : [],
  );
}

test("the inventory lists every page of the app, and every tag selects axe rules", () => {
  const files = pageFiles("app").sort();
  const listed = PAGES.map((p) => p.file).sort();
  expect(
    files.filter((f) => !listed.includes(f)),
    "pages with no entry in e2e/a11y/page-inventory.ts",
  ).toEqual([]);
  expect(
    listed.filter((f) => !files.includes(f)),
    "entries for pages that do not exist",
  ).toEqual([]);
  for (const entry of PAGES)
    for (const state of entry.states ?? []) expect(outcomeFor(entry, state.role), `${entry.file}: ${state.name}`).toBe("page");
  const empty = WCAG_TAGS.filter((tag) => axe.getRules([tag]).length === 0);
  expect(empty, "tags that select no rule in this axe-core").toEqual(["wcag22a"]);
});

test("the axe check reports what it should: an image without a text alternative, faint text, an unlabeled field", async ({ page }) => {
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>
     <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
     <p style="color:#bbb;background:#fff">Faint text</p>
     <input type="text"></main></body></html>`,
  );
  const rules = (await axeViolations(page)).map((line) => line.split(" ")[0]);
  expect(rules).toEqual(expect.arrayContaining(["image-alt", "color-contrast", "label"]));
});

/** Opens `path`; with `settle`, also lets client components hydrate and settle before axe
 *  looks (the live tally keeps a stream open, hence the cap). A refusal that axe does not
 *  check needs only its address, so it does not wait. */
async function open(page: Page, path: string, settle = true) {
  const response = await page.goto(path);
  if (settle) await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
  return response;
}

/** Checks that `role` got `outcome` at `entry`'s address; returns a problem or null. */
async function checkOutcome(
  page: Page,
  entry: PageEntry,
  outcome: Outcome,
  locale: Locale,
  status: number | undefined,
): Promise<string | null> {
  const url = new URL(page.url());
  const main = page.locator("main");
  const want = new URL(entry.path, url).pathname;
  switch (outcome) {
    case "page":
      if (url.pathname !== want) return `expected the page, got ${url.pathname}${url.search}`;
      if ((await main.getByText(notFoundTitle(locale)).count()) > 0 || (await main.getByText(notAllowedText(locale)).count()) > 0)
        return "expected the page, got a refusal";
      return status === 200 ? null : `expected HTTP 200, got ${status}`;
    case "sign-in": {
      // Readers come back to the exact page they asked for (query included), the organizer workspace too.
      const asked = new URL(entry.path, url);
      const back = url.searchParams.get("callbackUrl") ?? "";
      const ok = url.pathname === "/sign-in" && (back === want || back === asked.pathname + asked.search);
      return ok ? null : `expected sign-in, got ${url.pathname}${url.search}`;
    }
    case "workspace-start":
    case "agenda-start": {
      const start = outcome === "workspace-start" ? "/organizer" : "/me/agenda";
      return url.pathname === start ? null : `expected a redirect to ${start}, got ${url.pathname}`;
    }
    // A refusal inside a streamed page is drawn by the client's boundary after hydration:
    // wait for it to show (the page is not otherwise waited on when axe does not check it).
    case "not-allowed":
      return (await shows(main.getByText(notAllowedText(locale)))) ? null : "expected the 'not allowed' notice";
    case "not-found":
      return (await shows(main.getByRole("heading", { level: 1, name: notFoundTitle(locale) }))) ? null : "expected the not-found page";
  }
}

const shows = (locator: Locator) =>
  locator
    .first()
    .waitFor({ state: "visible", timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );

const ACCOUNT_PAGES = /^\/(forgot-password|set-password|invitations\/|organizer\/admin\/)/;

/** Tests are split by area so that the two workers share the load evenly. */
const AREAS = [
  { name: "public and personal pages", has: (e: PageEntry) => !e.path.startsWith("/organizer") && !ACCOUNT_PAGES.test(e.path) },
  { name: "password links and mail outbox", has: (e: PageEntry) => ACCOUNT_PAGES.test(e.path) },
  {
    name: "workspace and event setup",
    has: (e: PageEntry) =>
      /^\/organizer(\/people|\/ledger(\/rates|\/year)?|\/organizations\/[^/]+\/people|\/events\/new|\/events\/[^/]+(\/venues|\/tracks|\/sessions.*|\/timetable)?)?$/.test(
        e.path,
      ),
  },
  {
    name: "participants and video messages",
    has: (e: PageEntry) =>
      /\/(participants|delegations|registrants|events\/[^/]+\/check-in|video-messages|run-of-show|playback)/.test(e.path),
  },
  { name: "agreements, outcomes, report, audit", has: (e: PageEntry) => /\/(agreements|outcomes|report|audit)/.test(e.path) },
];

test("every page belongs to exactly one test area", () => {
  for (const entry of PAGES)
    expect(
      AREAS.filter((a) => a.has(entry)).map((a) => a.name),
      entry.path,
    ).toHaveLength(1);
});

/** A refusal looks the same whichever page gives it, so it is checked with axe on the first page that gives it. */
function axesRefusal(entry: PageEntry, role: Role): boolean {
  const outcome = outcomeFor(entry, role);
  return PAGES.find((e) => outcomeFor(e, role) === outcome) === entry;
}

/**
 * The role that checks a page in every language: the first of these that may see it, except
 * that the event's organizer and the admin, who see the same workspace, take turns page by
 * page (so neither's tests hold every workspace page in three languages).
 */
const PRIMARY_ORDER: Role[] = ["anonymous", "delegate", "owner", "admin", "outsider"];
function primaryRole(entry: PageEntry): Role | undefined {
  const first = PRIMARY_ORDER.find((r) => outcomeFor(entry, r) === "page");
  const turn = PAGES.indexOf(entry) % 2 === 1 && outcomeFor(entry, "admin") === "page";
  return first === "owner" && turn ? "admin" : first;
}

/**
 * The languages in which `role` opens `entry`. Every page is checked with axe in all three
 * languages by its primary role, and so is each refusal's first page for each role. Every
 * other role opens the page (and checks its outcome, which no language changes) in one
 * language, turning with the page, so that each role's own header and menus are checked in
 * all three languages across the inventory. (Checking every page for every role in every
 * language took 20 of CI's 45 minutes and found nothing the turn does not.)
 */
function localesFor(entry: PageEntry, role: Role): readonly Locale[] {
  if (primaryRole(entry) === role || (outcomeFor(entry, role) !== "page" && axesRefusal(entry, role))) return LOCALES;
  return [LOCALES[(PAGES.indexOf(entry) + ROLES.indexOf(role)) % LOCALES.length]!];
}

test("every page is checked with axe in every language, and every role opens every page", () => {
  for (const entry of PAGES) {
    expect(primaryRole(entry), `${entry.path}: no role may see it`).toBeDefined();
    expect(localesFor(entry, primaryRole(entry)!), entry.path).toEqual(LOCALES);
    for (const role of ROLES) expect(localesFor(entry, role).length, `${entry.path} as ${role}`).toBeGreaterThan(0);
  }
  // The turn reaches every language for every role.
  for (const role of ROLES) expect(new Set(PAGES.flatMap((e) => localesFor(e, role))).size, role).toBe(LOCALES.length);
});

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: async ({ roleState }, provide) => provide(await roleState(role)) });

    for (const locale of LOCALES) {
      for (const area of AREAS) {
        test(`${locale}: ${area.name}`, async ({ page, baseURL }) => {
          test.setTimeout(180_000);
          await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
          const problems: string[] = [];
          const report = (line: string) => {
            problems.push(line);
            console.log(`[a11y] ${role} ${locale} ${line}`);
          };
          let checked = 0;

          // How long each page took to open and to check, for whoever tunes this matrix's time.
          const timings: string[] = [];
          async function axePage(label: string) {
            checked++;
            // axe runs in legacy mode (axe-check.ts), which cannot look into a cross-origin frame.
            if (page.frames().length > 1) report(`${label}: has a frame; check axeViolations' legacy mode still covers it`);
            const lang = await page.locator("html").getAttribute("lang");
            if (lang !== htmlLang(locale)) report(`${label}: <html lang="${lang}">, expected "${htmlLang(locale)}"`);
            const started = Date.now();
            for (const v of await axeViolations(page)) report(`${label}: ${v}`);
            timings.push(`axe ${Date.now() - started} ms`);
          }

          for (const entry of PAGES.filter(area.has)) {
            if (localesFor(entry, role).includes(locale)) {
              const outcome = outcomeFor(entry, role);
              const at = { ...entry, path: pathIn(entry.path, locale) };
              const axed = outcome === "page" || axesRefusal(entry, role);
              const started = Date.now();
              const response = await open(page, at.path, axed);
              timings.push(`${at.path} ${Date.now() - started} ms`);
              const problem = await checkOutcome(page, at, outcome, locale, response?.status());
              if (problem) report(`${at.path}: ${problem}`);
              if (outcome === "page") await axePage(at.path);
              else if (axed) await axePage(`${at.path} (${outcome})`);
            }
            // A role's extra states are checked in every language.
            for (const state of (entry.states ?? []).filter((s) => s.role === role)) {
              const label = `${pathIn(state.path ?? entry.path, locale)} [${state.name}]`;
              const started = Date.now();
              await open(page, pathIn(state.path ?? entry.path, locale));
              timings.push(`${label} ${Date.now() - started} ms`);
              const reached = await state.act?.(page).then(
                () => null,
                (e: Error) => e.message.split("\n")[0],
              );
              if (reached) report(`${label}: state not reached: ${reached}`);
              else await axePage(label);
            }
          }
          console.log(`[a11y] ${role} ${locale} ${area.name}: ${checked} page states checked with axe, ${problems.length} problems`);
          if (process.env.A11Y_TIMINGS) console.log(`[a11y] ${role} ${locale} ${area.name}: ${timings.join(", ")}`);
          expect(problems, problems.join("\n")).toEqual([]);
        });
      }
    }
  });
}
