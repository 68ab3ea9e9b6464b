import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedSession } from "@/server/organizer/sessions/find-managed-session";
import { invalid, type ActionResult } from "@/server/shared/result";
import { readSessionAgreements, toSessionAgreement, type SessionAgreement } from "./session-agreement-view.ts";

const inputSchema = z.object({ sessionId: z.string().min(1).max(64) });

/** Every agreement linked to the session, for staff of its organization (internal.read). */
export async function listSessionAgreements(actor: CurrentUser | null, input: unknown): Promise<ActionResult<SessionAgreement[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const session = await findManagedSession(gate.actor, "internal.read", parsed.data.sessionId);
  if (isDenied(session)) return session;
  return { ok: true, data: (await readSessionAgreements({ sessionId: session.id })).map(toSessionAgreement) };
}
