import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../server/db/generated/client.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { actionId, BURST_MS, callAction, refusedAsOverloaded, signIn, type ActionCall } from "./http.ts";
import { check, type DrillContext, type DrillResult } from "./types.ts";
import { agreementForm, DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS } from "./world.ts";

// Drill 4: the same form sent 100 times at once (a double click times 100, or a client
// retrying blindly). The agreement form carries one idempotency key, so 100 identical
// submits must leave one agreement, one party per side, one audit row; a delegate's 100
// identical registrations must leave one registration and one audit row.

const COPIES = 100;
const AGREEMENTS_FILE = "app/organizer/events/[eventId]/agreements/actions.ts";
const REGISTER_FILE = "app/[locale]/events/[slug]/register/actions.ts";

// Each copy must be answered with the saved record (the winner's, for the 99 others) or, if
// the server is overloaded, with "too busy, try again" before the action ran; never an error.
function answers(rs: ActionCall[]) {
  // The registration form answers every outcome with a redirect; ?result= names it (errors too).
  const saved = rs.filter(
    (r) => r.ok && r.redirect && !/[?&]result=(error|closed|invitation-only|unverified|choose-venue)\b/.test(r.redirect),
  ).length;
  const shed = rs.filter(refusedAsOverloaded).length;
  return { saved, shed, other: rs.length - saved - shed, text: `${saved} saved, ${shed} × "too busy", ${rs.length - saved - shed} other` };
}

async function count(c: pg.Client, sql: string, params: unknown[]): Promise<number> {
  return Number((await c.query<{ n: string }>(sql, params)).rows[0].n);
}

export async function identicalSubmitsDrill(ctx: DrillContext): Promise<DrillResult> {
  const { server, world } = ctx;
  const organizer = await signIn(server.baseUrl, DEMO_USERS.owner.email, DEMO_PASSWORD);
  const key = randomUUID();
  const label = `Drill identical submit ${key.slice(0, 8)}`;
  const form = agreementForm(world.eventId, key, label);
  const createId = actionId(ctx.actions, AGREEMENTS_FILE, "createAgreementAction");
  const page = `/organizer/events/${world.eventId}/agreements/new`;
  const t0 = performance.now();
  const agreementResults = await Promise.all(
    Array.from({ length: COPIES }, () =>
      callAction(server.baseUrl, page, createId, form, organizer, { withState: true, timeoutMs: BURST_MS }),
    ),
  );
  const agreementMs = performance.now() - t0;

  // A fresh delegate (the demo delegate is already registered), signed in once. The demo
  // event ended in 2020 and a concluded event takes no registrations, so it is moved a year
  // ahead in the drill's own database first.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.databaseUrl, max: 1 }) });
  await prisma.$executeRaw`UPDATE "Event" SET "endDate" = (now() + interval '1 year')::date WHERE slug = ${DEMO_SLUG}`;
  const delegate = await createUser(prisma, { role: "DELEGATE", email: `drill-${key.slice(0, 8)}@accord.test` });
  await prisma.$disconnect();
  const session = await signIn(server.baseUrl, delegate.email, delegate.password);
  const registerId = actionId(ctx.actions, REGISTER_FILE, "registerAction");
  const registerForm: [string, string][] = [
    ["eventSlug", DEMO_SLUG],
    ["venueId", world.venueIds[0]],
  ];
  const t1 = performance.now();
  const registerResults = await Promise.all(
    Array.from({ length: COPIES }, () =>
      callAction(server.baseUrl, `/en/events/${DEMO_SLUG}/register`, registerId, registerForm, session, { timeoutMs: BURST_MS }),
    ),
  );
  const registerMs = performance.now() - t1;

  const c = new pg.Client({ connectionString: server.databaseUrl });
  await c.connect();
  try {
    const agreements = await count(c, `SELECT count(*) AS n FROM "Agreement" WHERE "idempotencyKey" = $1`, [key]);
    const links = await count(
      c,
      `SELECT count(*) AS n FROM "AgreementParty" ap JOIN "Agreement" a ON a.id = ap."agreementId" WHERE a."idempotencyKey" = $1`,
      [key],
    );
    const parties = await count(c, `SELECT count(*) AS n FROM "Party" WHERE name->>'en' LIKE $1`, [`${label} party %`]);
    const agreementAudits = await count(
      c,
      `SELECT count(*) AS n FROM "AuditLog" l JOIN "Agreement" a ON a.id = l."entityId" WHERE l.entity = 'Agreement' AND a."idempotencyKey" = $1`,
      [key],
    );
    const registrations = await count(c, `SELECT count(*) AS n FROM "Registration" WHERE "userId" = $1 AND "eventId" = $2`, [
      delegate.id,
      world.eventId,
    ]);
    const registrationAudits = await count(c, `SELECT count(*) AS n FROM "AuditLog" WHERE entity = 'Registration' AND "actorId" = $1`, [
      delegate.id,
    ]);
    const a = answers(agreementResults);
    const r = answers(registerResults);
    return {
      drill: "4. 100 identical submits",
      checks: [
        check("agreement rows for one form key", agreements, "exactly 1", agreements === 1),
        check(
          "its party links / new party rows / audit rows",
          `${links} / ${parties} / ${agreementAudits}`,
          "2 / 2 / 1",
          links === 2 && parties === 2 && agreementAudits === 1,
        ),
        check("answers to the 100 agreement submits", a.text, 'saved or "too busy", no errors', a.other === 0 && a.saved > 0),
        check("registrations of one delegate", registrations, "exactly 1", registrations === 1),
        check("registration audit rows", registrationAudits, "1", registrationAudits === 1),
        check("answers to the 100 registrations", r.text, 'saved or "too busy", no errors', r.other === 0 && r.saved > 0),
      ],
      notes: [
        `100 agreement submits answered in ${Math.round(agreementMs)} ms (slowest ${Math.round(Math.max(...agreementResults.map((r) => r.ms)))} ms); ` +
          `100 registrations in ${Math.round(registerMs)} ms (slowest ${Math.round(Math.max(...registerResults.map((r) => r.ms)))} ms).`,
        ...[...agreementResults, ...registerResults]
          .filter((r) => !(r.ok && r.redirect))
          .slice(0, 3)
          .map((r) => `unexpected answer: HTTP ${r.status} ${r.shed ? `(shed: ${r.shed})` : ""} ${r.error ?? r.body.slice(0, 160)}`),
      ],
    };
  } finally {
    await c.end();
  }
}
