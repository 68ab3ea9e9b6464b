import "server-only";
import { gateFor } from "@/server/access/authorize";
import { isUniqueViolation } from "@/server/db/database-errors";
import { toggleBookmarkSchema } from "@/lib/agenda/registration-schemas";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { publicEventWhere } from "@/server/access/public-event";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { REGISTRATION_MESSAGES as M } from "./registration-types";
import { msg } from "@/lib/i18n/server-messages/message";

// Adds a session to, or removes it from, the delegate's personal agenda. Bookmarks hang on
// the registration, so only delegates registered (confirmed or waitlisted) may bookmark.
// Not audited: a personal preference, not a record anyone else relies on.

export async function toggleBookmark(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ sessionId: string; bookmarked: boolean }>> {
  const gate = gateFor(actor, "reader.own", msg("registration.signInToBookmark"));
  if ("denied" in gate) return gate.denied;
  const reader = gate.actor;
  const parsed = toggleBookmarkSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, bookmarked: wanted } = parsed.data;

  const session = await db().session.findFirst({
    where: { id: sessionId, event: publicEventWhere() },
    select: { eventId: true },
  });
  if (!session) return notFound("Session");
  const registration = await db().registration.findUnique({
    where: { eventId_userId: { eventId: session.eventId, userId: reader.id } },
    select: { id: true, status: true },
  });
  if (!registration || registration.status === "CANCELLED") {
    return { ok: false, code: "invalid", message: M.registerFirst, fieldErrors: { _form: [M.registerFirst] } };
  }
  if (wanted !== true) {
    const removed = await db().bookmark.deleteMany({ where: { registrationId: registration.id, sessionId } });
    if (removed.count > 0 || wanted === false) return { ok: true, data: { sessionId, bookmarked: false } };
  }
  try {
    await db().bookmark.create({ data: { registrationId: registration.id, sessionId }, select: { sessionId: true } });
  } catch (error) {
    // A double click raced us to the same bookmark: it exists, which is what was asked.
    if (!isUniqueViolation(error)) throw error;
  }
  return { ok: true, data: { sessionId, bookmarked: true } };
}
