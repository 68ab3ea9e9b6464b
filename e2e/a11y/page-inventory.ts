import type { Page } from "@playwright/test";
import pg from "pg";
import { adminUrl, withDatabase } from "../../server/testing/admin-url";
import { A11Y_UPDATE_LINK_TOKEN } from "../../scripts/lib/e2e-update-link";

// Every page of the app (app/**/page.tsx), how to reach it with the seeded demo data and who
// may see it. e2e/a11y-every-page.spec.ts fails when a page file has no entry here, so a new
// page cannot be left out of the accessibility check.

export const ROLES = ["anonymous", "delegate", "owner", "outsider", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What a role gets at a page's address: the page itself or one of the app's refusals. */
export type Outcome = "page" | "sign-in" | "not-found" | "not-allowed" | "workspace-start" | "agenda-start";

/**
 * Who may see a page, as the app's guards decide it:
 * - public: everyone;
 * - signed-in: any signed-in user, anonymous readers are sent to sign in;
 * - signed-out: the sign-in page, which sends a signed-in user on to their role's start page
 *   (organizers and admins: the workspace; delegates: their agenda);
 * - workspace: organizers and admins (organizer layout); delegates get "not allowed";
 * - event-workspace: the demo event's own organizer and admins; an organizer of another
 *   organization gets "not found", as if the event did not exist;
 * - admin: admins only (administration: organizations, users, the mail outbox); organizers
 *   get "not found".
 * - event-checkin: the demo event's scan page: its organizers and admins (and stewards, whom
 *   the demo has none of); a delegate or another organization's organizer gets "not found".
 */
export type Access = "public" | "signed-in" | "signed-out" | "workspace" | "event-workspace" | "admin" | "event-checkin";

const OUTCOMES: Record<Access, Record<Role, Outcome>> = {
  public: { anonymous: "page", delegate: "page", owner: "page", outsider: "page", admin: "page" },
  "signed-in": { anonymous: "sign-in", delegate: "page", owner: "page", outsider: "page", admin: "page" },
  "signed-out": {
    anonymous: "page",
    delegate: "agenda-start",
    owner: "workspace-start",
    outsider: "workspace-start",
    admin: "workspace-start",
  },
  workspace: { anonymous: "sign-in", delegate: "not-allowed", owner: "page", outsider: "page", admin: "page" },
  "event-workspace": { anonymous: "sign-in", delegate: "not-allowed", owner: "page", outsider: "not-found", admin: "page" },
  admin: { anonymous: "sign-in", delegate: "not-allowed", owner: "not-found", outsider: "not-found", admin: "page" },
  "event-checkin": { anonymous: "sign-in", delegate: "not-found", owner: "page", outsider: "not-found", admin: "page" },
};

/** An extra state of a page worth checking: another address (query) and/or something done on it. */
export type PageState = {
  name: string;
  /** Defaults to the entry's path. */
  path?: string;
  /** The role that checks this state (in every language); must be allowed on the page. */
  role: Role;
  act?: (page: Page) => Promise<void>;
};

export type PageEntry = { file: string; path: string; access: Access; states?: PageState[] };

export const SLUG = "dialogue-with-shandong-2020";

/**
 * Public pages have their language in the path: their inventory paths start with "/:locale",
 * which pathIn() replaces with the language being checked (lib/i18n/routing.ts).
 */
export function pathIn(path: string, locale: string): string {
  return path.startsWith("/:locale") ? `/${locale}${path.slice("/:locale".length)}` : path;
}
const EVENT = "demo-event-dialogue-with-shandong-2020";
const ORG = `/organizer/events/${EVENT}`;
const TZ = "tz=Europe%2FBerlin";

/** Submits the form on the page empty, so its field errors show. Nothing is saved. */
async function submitEmptyForm(page: Page) {
  await page.locator("main form").first().locator('button[type="submit"]').click();
  await page.locator('main [aria-invalid="true"]').first().waitFor({ timeout: 30_000 });
}

/** Registers the signed-in reader (first venue) unless already registered, then opens the agenda. */
async function registerThenOpenAgenda(page: Page) {
  await page.goto(`/events/${SLUG}/register`);
  const submit = page.locator('main form:has(input[name="venueId"]) button[type="submit"]');
  if ((await submit.count()) > 0) {
    await submit.click();
    await page.waitForURL(/result=/, { timeout: 30_000 });
  }
  await page.goto(`/events/${SLUG}/agenda?${TZ}`);
  await page.locator('main form:has(input[name="sessionId"]) button').first().waitFor({ timeout: 30_000 });
}

/** Searches the scan page for a name nobody has, so the "no registrant found" answer shows. */
async function searchNoOne(page: Page) {
  await page.locator("#query").fill("zzzz-nobody");
  await page.locator("#query").press("Enter");
  await page.getByTestId("no-results").waitFor({ timeout: 30_000 });
}

/**
 * The demo seed writes no audit rows; adds one (a venue's capacity changed by the admin) to
 * the e2e database once, so the audit table and an opened change are checked.
 */
async function ensureAuditRow() {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "AuditLog" ("actorId", "organizationId", "eventId", entity, "entityId", action, before, after)
       SELECT u.id, e."organizationId", e.id, 'Venue', 'a11y-sample', 'update', '{"capacity": 100, "version": 1}', '{"capacity": 120, "version": 2}'
       FROM "User" u, "Event" e
       WHERE u.email = 'admin@accord.test' AND e.id = $1
         AND NOT EXISTS (SELECT 1 FROM "AuditLog" WHERE "entityId" = 'a11y-sample')`,
      [EVENT],
    );
  } finally {
    await client.end();
  }
}

/** A set-password link for a demo delegate, made in the e2e database for the accessibility check only. */
const A11Y_SET_PASSWORD_TOKEN = "a11y-check-set-password-token-0123456789abcdef";

async function ensureSetPasswordToken(page: Page) {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "UserToken" (id, "userId", purpose, "tokenHash", "expiresAt")
       SELECT 'a11y-token', u.id, 'RESET_PASSWORD', encode(sha256(convert_to($1, 'UTF8')), 'hex'), now() + interval '1 day'
       FROM "User" u WHERE u.email = 'delegate@accord.test'
       ON CONFLICT (id) DO UPDATE SET "usedAt" = NULL, "expiresAt" = now() + interval '1 day'`,
      [A11Y_SET_PASSWORD_TOKEN],
    );
  } finally {
    await client.end();
  }
  await page.reload();
  await page.locator('main input[name="password"]').waitFor({ timeout: 30_000 });
}

/** An open delegate invitation to the demo event, made in the e2e database for the accessibility check only. */
const A11Y_INVITATION_TOKEN = "a11y-check-invitation-token-0123456789abcdefgh";

async function ensureInvitation(page: Page) {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Invitation" (id, kind, "organizationId", "eventId", email, name, locale, "tokenHash", "expiresAt", "updatedAt")
       SELECT 'a11y-invitation', 'DELEGATE', e."organizationId", e.id, 'a11y-invitee@accord.test', 'A11y Invitee', 'en', encode(sha256(convert_to($1, 'UTF8')), 'hex'), now() + interval '1 day', now()
       FROM "Event" e WHERE e.id = $2
       ON CONFLICT (id) DO UPDATE SET status = 'INVITED', "expiresAt" = now() + interval '1 day'`,
      [A11Y_INVITATION_TOKEN, EVENT],
    );
  } finally {
    await client.end();
  }
  await page.reload();
  await page.locator('main input[name="password"]').waitFor({ timeout: 30_000 });
}

export const PAGES: PageEntry[] = [
  { file: "app/[locale]/page.tsx", path: "/:locale", access: "public" },
  {
    file: "app/sign-in/page.tsx",
    path: "/sign-in",
    access: "signed-out",
    states: [
      {
        name: "wrong password",
        role: "anonymous",
        act: async (page) => {
          await page.locator('input[type="email"]').fill("delegate@accord.test");
          await page.locator('input[type="password"]').fill("not-the-password");
          await page.locator('main form button[type="submit"]').click();
          await page.locator('main [role="alert"]').first().waitFor();
        },
      },
    ],
  },
  { file: "app/sign-out/page.tsx", path: "/sign-out", access: "public" },
  {
    file: "app/forgot-password/page.tsx",
    path: "/forgot-password",
    access: "public",
    states: [
      { name: "submitted empty (field errors)", role: "anonymous", act: submitEmptyForm },
      {
        name: "link sent",
        role: "anonymous",
        act: async (page) => {
          await page.locator('main input[type="email"]').fill("nobody@accord.test");
          await page.locator('main form button[type="submit"]').click();
          await page.locator('main [role="status"]').waitFor({ timeout: 30_000 });
        },
      },
    ],
  },
  // Without a usable token the page explains why; the form itself is checked with a token made for the check.
  {
    file: "app/set-password/page.tsx",
    path: "/set-password?token=not-a-real-token",
    access: "public",
    states: [
      {
        name: "with a valid link (form)",
        path: `/set-password?token=${A11Y_SET_PASSWORD_TOKEN}`,
        role: "anonymous",
        act: ensureSetPasswordToken,
      },
    ],
  },
  {
    file: "app/sign-up/page.tsx",
    path: "/sign-up",
    access: "public",
    states: [{ name: "submitted empty (field errors)", role: "anonymous", act: submitEmptyForm }],
  },
  // Without a usable token the page explains why (the button form is the same kit as every other form).
  { file: "app/verify-email/page.tsx", path: "/verify-email?token=not-a-real-token", access: "public" },
  { file: "app/me/account/page.tsx", path: "/me/account", access: "signed-in" },
  { file: "app/organizer/admin/outbox/page.tsx", path: "/organizer/admin/outbox", access: "admin" },
  // An unknown link explains itself; the answer forms are checked with an invitation made for the check.
  {
    file: "app/invitations/[token]/page.tsx",
    path: "/invitations/not-a-real-invitation-token-000000",
    access: "public",
    states: [
      { name: "with a valid link (forms)", path: `/invitations/${A11Y_INVITATION_TOKEN}`, role: "anonymous", act: ensureInvitation },
    ],
  },
  {
    file: "app/organizer/organizations/[organizationId]/people/page.tsx",
    path: "/organizer/organizations/demo-org-ccpit-shandong/people",
    access: "event-workspace",
  },
  { file: "app/organizer/admin/organizations/page.tsx", path: "/organizer/admin/organizations", access: "admin" },
  { file: "app/organizer/admin/users/page.tsx", path: "/organizer/admin/users?q=accord.test", access: "admin" },
  { file: "app/[locale]/events/[slug]/page.tsx", path: `/:locale/events/${SLUG}`, access: "public" },
  // With ?tz= given, the server writes "Your time"; without it the browser fills the same lines
  // in (components/agenda/reader-time-fill.tsx), which is what npm run lighthouse measures.
  {
    file: "app/[locale]/events/[slug]/agenda/page.tsx",
    path: `/:locale/events/${SLUG}/agenda?${TZ}`,
    access: "public",
    states: [
      { name: "bilingual zh|ja with a filter note", path: `/:locale/events/${SLUG}/agenda?${TZ}&bi=zh%7Cja&type=NOPE`, role: "anonymous" },
      // Another user than the delegate, whose own spec (delegate-agenda) registers and bookmarks.
      { name: "registered reader with bookmark buttons", role: "outsider", act: registerThenOpenAgenda },
    ],
  },
  { file: "app/[locale]/events/[slug]/register/page.tsx", path: `/:locale/events/${SLUG}/register`, access: "signed-in" },
  {
    file: "app/[locale]/events/[slug]/sessions/[sessionId]/page.tsx",
    path: `/:locale/events/${SLUG}/sessions/demo-session-plenary`,
    access: "public",
    states: [
      { name: "bilingual seminar", path: `/:locale/events/${SLUG}/sessions/demo-session-industry-medical?bi=zh%7Cja`, role: "anonymous" },
      { name: "video messages", path: `/:locale/events/${SLUG}/sessions/demo-session-video-messages`, role: "anonymous" },
    ],
  },
  { file: "app/[locale]/events/[slug]/tally/page.tsx", path: `/:locale/events/${SLUG}/tally`, access: "public" },
  { file: "app/me/agenda/page.tsx", path: "/me/agenda", access: "signed-in" },
  { file: "app/organizer/page.tsx", path: "/organizer", access: "workspace" },
  { file: "app/organizer/people/page.tsx", path: "/organizer/people", access: "workspace" },
  { file: "app/organizer/ledger/page.tsx", path: "/organizer/ledger", access: "workspace" },
  { file: "app/organizer/ledger/rates/page.tsx", path: "/organizer/ledger/rates", access: "workspace" },
  {
    file: "app/organizer/ledger/year/page.tsx",
    path: "/organizer/ledger/year",
    access: "workspace",
    states: [{ name: "a year with no events", path: "/organizer/ledger/year?year=2019", role: "owner" }],
  },
  // A party contact's update link (issue 19): the e2e database has one live link for this check (scripts/lib/e2e-update-link.ts).
  { file: "app/follow-up/[token]/page.tsx", path: `/follow-up/${A11Y_UPDATE_LINK_TOKEN}`, access: "public" },
  {
    file: "app/organizer/events/new/page.tsx",
    path: "/organizer/events/new",
    access: "workspace",
    states: [{ name: "submitted empty (field errors)", role: "owner", act: submitEmptyForm }],
  },
  { file: "app/organizer/events/[eventId]/page.tsx", path: ORG, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/venues/page.tsx", path: `${ORG}/venues`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/tracks/page.tsx", path: `${ORG}/tracks`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/sessions/page.tsx", path: `${ORG}/sessions`, access: "event-workspace" },
  {
    file: "app/organizer/events/[eventId]/sessions/new/page.tsx",
    path: `${ORG}/sessions/new`,
    access: "event-workspace",
    states: [{ name: "submitted empty (field errors)", role: "owner", act: submitEmptyForm }],
  },
  {
    file: "app/organizer/events/[eventId]/sessions/[sessionId]/page.tsx",
    path: `${ORG}/sessions/demo-session-plenary`,
    access: "event-workspace",
    states: [{ name: "a seminar with its agreements", path: `${ORG}/sessions/demo-session-industry-medical`, role: "owner" }],
  },
  { file: "app/organizer/events/[eventId]/timetable/page.tsx", path: `${ORG}/timetable`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/participants/page.tsx", path: `${ORG}/participants`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/delegations/page.tsx", path: `${ORG}/delegations`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/registrants/page.tsx", path: `${ORG}/registrants`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/check-in/page.tsx", path: `${ORG}/check-in`, access: "event-workspace" },
  { file: "app/check-in/page.tsx", path: "/check-in", access: "signed-in" },
  {
    file: "app/check-in/[eventId]/page.tsx",
    path: `/check-in/${EVENT}`,
    access: "event-checkin",
    states: [{ name: "a name search with no match", role: "owner", act: searchNoOne }],
  },
  { file: "app/organizer/events/[eventId]/video-messages/page.tsx", path: `${ORG}/video-messages`, access: "event-workspace" },
  { file: "app/organizer/events/[eventId]/video-messages/new/page.tsx", path: `${ORG}/video-messages/new`, access: "event-workspace" },
  {
    file: "app/organizer/events/[eventId]/video-messages/[messageId]/page.tsx",
    path: `${ORG}/video-messages/demo-video-01`,
    access: "event-workspace",
  },
  {
    file: "app/organizer/events/[eventId]/run-of-show/[sessionId]/page.tsx",
    path: `${ORG}/run-of-show/demo-session-video-messages`,
    access: "event-workspace",
  },
  {
    file: "app/organizer/events/[eventId]/playback/[sessionId]/page.tsx",
    path: `${ORG}/playback/demo-session-video-messages`,
    access: "event-workspace",
  },
  {
    file: "app/organizer/events/[eventId]/agreements/page.tsx",
    path: `${ORG}/agreements`,
    access: "event-workspace",
    states: [{ name: "filtered to nothing", path: `${ORG}/agreements?q=zzzz-no-such-agreement`, role: "owner" }],
  },
  {
    file: "app/organizer/events/[eventId]/agreements/new/page.tsx",
    path: `${ORG}/agreements/new`,
    access: "event-workspace",
    states: [{ name: "submitted empty (field errors)", role: "admin", act: submitEmptyForm }],
  },
  { file: "app/organizer/events/[eventId]/agreements/import/page.tsx", path: `${ORG}/agreements/import`, access: "event-workspace" },
  {
    file: "app/organizer/events/[eventId]/agreements/[agreementId]/page.tsx",
    path: `${ORG}/agreements/demo-agreement-01`,
    access: "event-workspace",
  },
  { file: "app/organizer/events/[eventId]/outcomes/page.tsx", path: `${ORG}/outcomes`, access: "event-workspace" },
  { file: "app/(reading)/organizer/events/[eventId]/report/page.tsx", path: `${ORG}/report`, access: "event-workspace" },
  {
    file: "app/organizer/events/[eventId]/audit/page.tsx",
    path: `${ORG}/audit`,
    access: "event-workspace",
    states: [
      {
        name: "a change opened",
        role: "admin",
        act: async (page) => {
          await ensureAuditRow();
          await page.reload();
          await page.locator("main details summary").first().click();
        },
      },
    ],
  },
];

export function outcomeFor(entry: PageEntry, role: Role): Outcome {
  return OUTCOMES[entry.access][role];
}
