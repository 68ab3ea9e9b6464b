import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult } from "../shared/result.ts";
import { can } from "@/server/access/policy";
import { isPublicEventStatus } from "@/server/access/public-event";
import { AGREEMENT_SELECT, toAgreementView, type AgreementView } from "./agreement-view.ts";

/** One agreement; internal ones and those of unpublished events only for the organization. */
export async function getAgreement(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementView>> {
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id.slice(0, 64) : "";
  if (!id) return notFound("Agreement");
  const row = await db().agreement.findUnique({
    where: { id },
    select: { ...AGREEMENT_SELECT, event: { select: { organizationId: true, status: true } } },
  });
  if (!row) return notFound("Agreement");
  const internal = can(actor, "internal.read", row.event);
  const isPublic = row.visibility === "PUBLIC" && isPublicEventStatus(row.event.status);
  if (!internal && !isPublic) return notFound("Agreement");
  return { ok: true, data: toAgreementView(row) };
}
