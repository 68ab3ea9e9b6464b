import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { allowed, gateFor, isDenied, type Denied } from "@/server/access/authorize";
import type { AccessAction } from "@/server/access/policy";
import { db } from "@/server/db/client";
import { notFound } from "@/server/shared/result";

export type FollowUpAgreement = { id: string; eventId: string; organizationId: string };

/** The agreement if the caller may do `action` on its follow-up; another organization's answers "Agreement not found.". */
export async function findFollowUpAgreement(
  actor: CurrentUser | null,
  action: AccessAction,
  agreementId: unknown,
): Promise<FollowUpAgreement | Denied> {
  const gate = gateFor(actor, action);
  if ("denied" in gate) return gate.denied;
  const id = typeof agreementId === "string" ? agreementId.trim().slice(0, 64) : "";
  const row = id
    ? await db().agreement.findUnique({ where: { id }, select: { id: true, eventId: true, event: { select: { organizationId: true } } } })
    : null;
  const target = row ? { id: row.id, eventId: row.eventId, organizationId: row.event.organizationId } : null;
  const result = allowed(gate.actor, action, target, "Agreement");
  if (isDenied(result)) return result.code === "not_found" ? (notFound("Agreement") as Denied) : result;
  return result;
}
