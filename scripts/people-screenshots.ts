// Screenshots of the people pages (issue 15) in en, zh and ja, at 1280 px and at 390 px,
// for looking at them: node --import tsx scripts/people-screenshots.ts <baseUrl> <database> <outDir>
// Runs against a seeded server you started (scripts/e2e-server.ts); adds a delegation with
// members, invitations in each status and one open invitation link to the demo event first.
import { mkdirSync } from "node:fs";
import { chromium, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { adminUrl, withDatabase } from "../server/testing/admin-url.ts";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users.ts";

const [baseUrl, database, outDir] = process.argv.slice(2);
const EVENT = "demo-event-dialogue-with-shandong-2020";
const ORG = "demo-org-ccpit-shandong";
const TOKEN = "screenshot-invitation-token-0123456789abcdefghij";
const VERIFY = "screenshot-verify-token-0123456789abcdefghijkl";

async function addData() {
  const c = new pg.Client({ connectionString: withDatabase(adminUrl(), database) });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO "Delegation" (id, "eventId", side, name, "updatedAt") VALUES
         ('shot-del-jp', $1, 'B', '{"en":"Japan delegation","zh":"日本代表团","ja":"日本代表団"}', now()),
         ('shot-del-cn', $1, 'A', '{"en":"Shandong delegation","zh":"山东代表团","ja":"山東代表団"}', now())
       ON CONFLICT DO NOTHING`,
      [EVENT],
    );
    await c.query(
      `INSERT INTO "DelegationMember" (id, "delegationId", name, email, organization, position, languages, interpretation, "venueId", "isHead") VALUES
         ('shot-m1', 'shot-del-jp', '佐藤 愛子', 'aiko@shot.test', 'Toyota Tsusho Corporation (Asia Pacific Regional Headquarters)', 'General Manager, Overseas Business Development', '{ja}', '{zh}', 'demo-venue-tokyo', true),
         ('shot-m2', 'shot-del-jp', 'Kenji Watanabe', 'kenji@shot.test', 'JETRO', 'Director', '{ja,en}', '{}', 'demo-venue-osaka', false),
         ('shot-m3', 'shot-del-cn', '李伟', 'liwei@shot.test', '山东省商务厅', '处长', '{zh}', '{ja}', 'demo-venue-jinan', true),
         ('shot-m4', 'shot-del-cn', 'Wang Fang', 'fang@shot.test', NULL, NULL, '{zh,en}', '{}', NULL, false)
       ON CONFLICT DO NOTHING`,
    );
    const inv = (
      id: string,
      member: string | null,
      email: string,
      name: string,
      locale: string,
      status: string,
      reason: string | null,
      token: string,
    ) =>
      c.query(
        `INSERT INTO "Invitation" (id, kind, "organizationId", "eventId", "delegationMemberId", email, name, locale, "tokenHash", "expiresAt", status, "declineReason", "updatedAt")
         VALUES ($1, 'DELEGATE', $2, $3, $4, $5, $6, $7, encode(sha256(convert_to($8, 'UTF8')), 'hex'), now() + interval '10 days', $9, $10, now())
         ON CONFLICT DO NOTHING`,
        [id, ORG, EVENT, member, email, name, locale, token, status, reason],
      );
    await inv("shot-i1", "shot-m1", "aiko@shot.test", "佐藤 愛子", "ja", "INVITED", null, TOKEN);
    await inv(
      "shot-i2",
      "shot-m2",
      "kenji@shot.test",
      "Kenji Watanabe",
      "en",
      "DECLINED",
      "Another commitment in Osaka that week; a colleague may come instead.",
      "t2-0123456789abcdefghijklmnopqrstuvwxyz",
    );
    await inv("shot-i3", "shot-m3", "liwei@shot.test", "李伟", "zh", "INVITED", null, "t3-0123456789abcdefghijklmnopqrstuvwxyz");
    await c.query(
      `INSERT INTO "Invitation" (id, kind, "organizationId", email, name, locale, "memberRole", "tokenHash", "expiresAt", "updatedAt")
       VALUES ('shot-i4', 'MEMBER', $1, 'new.organizer@shot.test', 'Zhang Min', 'zh', 'ORGANIZER', encode(sha256(convert_to('t4-0123456789abcdefghijklmnopqrstuvwxyz', 'UTF8')), 'hex'), now() + interval '10 days', now())
       ON CONFLICT DO NOTHING`,
      [ORG],
    );
    await c.query(
      `INSERT INTO "UserToken" (id, "userId", purpose, "tokenHash", "expiresAt")
       VALUES ('shot-verify', 'demo-user-delegate', 'VERIFY_EMAIL', encode(sha256(convert_to($1, 'UTF8')), 'hex'), now() + interval '1 day')
       ON CONFLICT DO NOTHING`,
      [VERIFY],
    );
  } finally {
    await c.end();
  }
}

const PAGES: { name: string; path: string; as: string | null }[] = [
  { name: "org-people", path: `/organizer/organizations/${ORG}/people`, as: "organizer@accord.test" },
  { name: "people", path: "/organizer/people", as: "organizer@accord.test" },
  { name: "delegations", path: `/organizer/events/${EVENT}/delegations`, as: "organizer@accord.test" },
  { name: "registrants", path: `/organizer/events/${EVENT}/registrants`, as: "organizer@accord.test" },
  { name: "admin-organizations", path: "/organizer/admin/organizations", as: "admin@accord.test" },
  { name: "admin-users", path: "/organizer/admin/users", as: "admin@accord.test" },
  { name: "admin-outbox", path: "/organizer/admin/outbox", as: "admin@accord.test" },
  { name: "invitation", path: `/invitations/${TOKEN}`, as: null },
  { name: "invitation-bad", path: "/invitations/not-a-real-invitation-token-000000", as: null },
  { name: "sign-up", path: "/sign-up", as: null },
  { name: "verify-email", path: `/verify-email?token=${VERIFY}`, as: null },
  { name: "verify-email-bad", path: "/verify-email?token=not-a-real-token-000000000000", as: null },
  { name: "account", path: "/me/account", as: "delegate@accord.test" },
];

async function signIn(context: BrowserContext, email: string) {
  const csrf = await context.request.get(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await context.request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: `${baseUrl}/`, json: "true" },
    headers: { origin: baseUrl },
    maxRedirects: 0,
  });
}

await addData();
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const only = process.env.SHOTS_ONLY?.split(",");
  for (const who of [...new Set(PAGES.map((p) => p.as))]) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      if (who) await signIn(context, who);
      const page = await context.newPage();
      for (const locale of ["en", "zh", "ja"]) {
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
        for (const p of PAGES.filter((x) => x.as === who && (!only || only.includes(x.name)))) {
          await page.goto(`${baseUrl}${p.path}`, { waitUntil: "load" });
          await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});
          await page.screenshot({ path: `${outDir}/${p.name}-${locale}-${width}.png`, fullPage: true });
          console.log(`${p.name} ${locale} ${width}: ${page.url().replace(baseUrl, "")}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
