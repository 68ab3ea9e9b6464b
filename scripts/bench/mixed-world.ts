import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEMO_PASSWORD as PASSWORD, DEMO_USERS } from "../../prisma/seed/demo-users.ts";
import { PrismaClient } from "../../server/db/generated/client.ts";
import { findActionId, readActionManifest } from "./action-ids.ts";
import { findForms, formActionId, serializeForm, userFields, type FormPair } from "./html-form.ts";
import { HttpClient } from "./http-client.ts";
import type { PlanTargets } from "./mixed-plan.ts";
import { signIn } from "./sign-in.ts";

// Everything the mixed scenario needs before it starts: ids from the fresh seeded database,
// a confirmed registration with bookmarks for the demo delegate, signed-in organizer and
// delegate cookies, the action ids of this build, and the organizer's edit forms as the
// server renders them (fields and the `version` each shows).

const SLUG = "dialogue-with-shandong-2020";
const SESSIONS_FILE = "app/organizer/events/[eventId]/sessions/actions.ts";
const AGREEMENTS_FILE = "app/organizer/events/[eventId]/agreements/actions.ts";

export type EditableRecord = { pagePath: string; fields: FormPair[]; version: number; baseTitle: string };
export type MixedWorld = {
  baseUrl: string;
  eventId: string;
  targets: PlanTargets;
  organizerCookies: Map<string, string>;
  delegateCookies: Map<string, string>;
  actions: { updateSession: string; updateAgreement: string; createAgreement: string };
  sessions: EditableRecord[];
  agreements: EditableRecord[];
  newAgreement: { pagePath: string; fields: FormPair[] };
};

/** The form on `pagePath` that posts to `actionId`, checked against the build's manifest. */
async function readForm(client: HttpClient, pagePath: string, actionId: string): Promise<FormPair[]> {
  const res = await client.request(pagePath, { keepBody: true });
  if (res.status !== 200) throw new Error(`bench setup: GET ${pagePath} answered ${res.status}`);
  const forms = findForms(res.body).map(serializeForm);
  const form = forms.find((pairs) => formActionId(pairs) === actionId);
  if (!form) {
    const found = forms.map(formActionId).join(", ") || "none";
    throw new Error(
      `bench setup: no form on ${pagePath} posts to action ${actionId} (forms post to: ${found}); is .next from this source tree?`,
    );
  }
  return userFields(form);
}

function editable(pagePath: string, fields: FormPair[]): EditableRecord {
  const value = (name: string) => fields.find(([n]) => n === name)?.[1];
  const version = Number(value("version"));
  if (!Number.isInteger(version)) throw new Error(`bench setup: the form on ${pagePath} shows no version`);
  return { pagePath, fields: fields.filter(([n]) => n !== "version"), version, baseTitle: value("title.en") ?? "" };
}

export async function prepareMixedWorld(baseUrl: string, databaseUrl: string): Promise<MixedWorld> {
  const manifest = readActionManifest();
  const actions = {
    updateSession: findActionId(manifest, SESSIONS_FILE, "updateSessionAction"),
    updateAgreement: findActionId(manifest, AGREEMENTS_FILE, "updateAgreementAction"),
    createAgreement: findActionId(manifest, AGREEMENTS_FILE, "createAgreementAction"),
  };

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  let calendarToken: string;
  let event: { id: string; sessions: { id: string; trackId: string | null }[]; venues: { id: string }[]; agreements: { id: string }[] };
  try {
    event = await prisma.event.findUniqueOrThrow({
      where: { slug: SLUG },
      select: {
        id: true,
        sessions: { select: { id: true, trackId: true }, orderBy: { startsAt: "asc" } },
        venues: { select: { id: true }, orderBy: { position: "asc" } },
        agreements: { select: { id: true }, orderBy: { id: "asc" }, take: 4 },
      },
    });
    const delegate = await prisma.user.findUniqueOrThrow({ where: { email: "delegate@accord.test" }, select: { id: true } });
    calendarToken = randomBytes(32).toString("base64url"); // 43 characters, as the app issues them
    const registration = await prisma.registration.create({
      data: { eventId: event.id, userId: delegate.id, venueId: event.venues[0]?.id, calendarToken },
      select: { id: true },
    });
    await prisma.bookmark.createMany({
      data: event.sessions.slice(0, 4).map((s) => ({ registrationId: registration.id, sessionId: s.id })),
    });
  } finally {
    await prisma.$disconnect();
  }

  const organizer = new HttpClient(baseUrl);
  const delegateClient = new HttpClient(baseUrl);
  try {
    await signIn(organizer, DEMO_USERS.owner.email, PASSWORD);
    await signIn(delegateClient, DEMO_USERS.delegate.email, PASSWORD);
    const base = `/organizer/events/${encodeURIComponent(event.id)}`;
    const sessions: EditableRecord[] = [];
    for (const s of event.sessions) {
      const path = `${base}/sessions/${encodeURIComponent(s.id)}`;
      sessions.push(editable(path, await readForm(organizer, path, actions.updateSession)));
    }
    const agreements: EditableRecord[] = [];
    for (const a of event.agreements) {
      const path = `${base}/agreements/${encodeURIComponent(a.id)}`;
      agreements.push(editable(path, await readForm(organizer, path, actions.updateAgreement)));
    }
    const newPath = `${base}/agreements/new`;
    const newAgreement = { pagePath: newPath, fields: await readForm(organizer, newPath, actions.createAgreement) };
    if (!sessions.length || !agreements.length) throw new Error("bench setup: the demo event has no sessions or agreements");
    return {
      baseUrl,
      eventId: event.id,
      targets: {
        slug: SLUG,
        sessionIds: event.sessions.map((s) => s.id),
        venueIds: event.venues.map((v) => v.id),
        tracks: [...new Set(event.sessions.map((s) => s.trackId).filter((t): t is string => !!t))],
        calendarToken,
        editableSessions: sessions.length,
        editableAgreements: agreements.length,
      },
      organizerCookies: new Map(organizer.cookies),
      delegateCookies: new Map(delegateClient.cookies),
      actions,
      sessions,
      agreements,
      newAgreement,
    };
  } finally {
    organizer.close();
    delegateClient.close();
  }
}
