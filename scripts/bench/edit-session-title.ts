import { PrismaPg } from "@prisma/adapter-pg";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo-users.ts";
import { PrismaClient } from "../../server/db/generated/client.ts";
import { findActionId, readActionManifest } from "./action-ids.ts";
import { findForms, formActionId, serializeForm, userFields } from "./html-form.ts";
import { HttpClient } from "./http-client.ts";
import { callAction } from "./server-action.ts";
import { signIn } from "./sign-in.ts";

// An organizer's edit as the browser makes it: the owner signs in, opens the session's edit
// page, and posts its form (the version it shows) with a new English title through the same
// server action, so the write path's cache invalidation is the real one.

const ACTIONS_FILE = "app/organizer/events/[eventId]/sessions/actions.ts";

/** Signs in first, so that `submit` is the edit alone (what follows it can be timed from the
 *  moment the write is done). */
export async function prepareSessionEdit(
  baseUrl: string,
  databaseUrl: string,
  sessionId: string,
): Promise<{ submit: (title: string) => Promise<void>; close: () => void }> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  const { eventId } = await prisma.session
    .findUniqueOrThrow({ where: { id: sessionId }, select: { eventId: true } })
    .finally(() => prisma.$disconnect());
  const actionId = findActionId(readActionManifest(), ACTIONS_FILE, "updateSessionAction");
  const client = new HttpClient(baseUrl);
  await signIn(client, DEMO_USERS.owner.email, DEMO_PASSWORD);
  const path = `/organizer/events/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(sessionId)}`;
  return {
    // The form is read again before each edit: it carries the version the edit must name.
    submit: async (title) => {
      const page = await client.request(path, { keepBody: true });
      const form = findForms(page.body)
        .map(serializeForm)
        .find((pairs) => formActionId(pairs) === actionId);
      if (!form) throw new Error(`bench: no form on ${path} posts to updateSessionAction; is .next from this source tree?`);
      const fields = userFields(form).map(([name, value]): [string, string] => [name, name === "title.en" ? title : value]);
      const { outcome } = await callAction(client, path, actionId, fields);
      if (outcome.kind !== "ok") throw new Error(`bench: the session edit failed: ${JSON.stringify(outcome)}`);
    },
    close: () => client.close(),
  };
}
