import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { publishAttendanceChange } from "@/server/tally/tally-events";
import { getPublicSession } from "./get-public-session";

// Accord's stream links go through /watch/<slug>/<sessionId> (issue 20): the same rules as the
// session page decide whether the reader may have the link (public event; links public, or a
// confirmed registration), and a registrant's first click per session is recorded as online
// attendance. The unique (session, registration) key makes a second click, or two at once,
// count once. Anonymous readers and readers without a registration are sent on but not
// counted: a click is not a person (docs/decisions/004-online-attendance.md).

export async function openSessionStream(actor: CurrentUser | null, input: unknown): Promise<{ url: string; counted: boolean } | null> {
  const view = await getPublicSession(actor, input);
  const url = view?.links?.stream;
  if (!view || !url) return null;
  const registration = actor
    ? await db().registration.findFirst({
        where: { eventId: view.agenda.event.id, userId: actor.id, status: "CONFIRMED" },
        select: { id: true },
      })
    : null;
  if (!registration) return { url, counted: false };
  const { count } = await db().streamView.createMany({
    data: [{ eventId: view.agenda.event.id, sessionId: view.session.id, registrationId: registration.id }],
    skipDuplicates: true,
  });
  if (count > 0) publishAttendanceChange(view.agenda.event.id); // the organizers' board counts online venues too
  return { url, counted: true };
}
