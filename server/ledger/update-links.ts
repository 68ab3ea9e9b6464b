import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { createUpdateLinkSchema } from "@/lib/validation/follow-up-schema";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";

// A party contact's link to report milestones without an account: 32 random bytes, shown
// once to the organizer who makes it; only its SHA-256 is stored. It is good for one
// agreement and one purpose (reporting a milestone), expires, and can be revoked.

export const hashUpdateToken = (raw: string) => createHash("sha256").update(raw).digest("hex");
export const updateLinkPath = (token: string) => `/follow-up/${token}`;

export type CreatedUpdateLink = { id: string; agreementId: string; path: string; expiresAt: Date };

export async function createUpdateLink(actor: CurrentUser | null, input: unknown): Promise<ActionResult<CreatedUpdateLink>> {
  const agreement = await findFollowUpAgreement(actor, "followup.write", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const parsed = createUpdateLinkSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + parsed.data.days * 86_400_000);
  const link = await db().$transaction(async (tx) => {
    const row = await tx.agreementUpdateLink.create({
      data: {
        agreementId: agreement.id,
        tokenHash: hashUpdateToken(token),
        contactName: parsed.data.contactName,
        locale: parsed.data.locale,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      organizationId: agreement.organizationId,
      eventId: agreement.eventId,
      entity: "AgreementUpdateLink",
      entityId: row.id,
      action: "create",
      after: { contactName: parsed.data.contactName, locale: parsed.data.locale, expiresAt },
    });
    return row;
  });
  return { ok: true, data: { id: link.id, agreementId: agreement.id, path: updateLinkPath(token), expiresAt } };
}

export async function revokeUpdateLink(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ id: string; agreementId: string }>> {
  const agreement = await findFollowUpAgreement(actor, "followup.write", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id.slice(0, 64) : "";
  return db().$transaction(async (tx) => {
    const { count } = await tx.agreementUpdateLink.updateMany({
      where: { id, agreementId: agreement.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return notFound("Record");
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      organizationId: agreement.organizationId,
      eventId: agreement.eventId,
      entity: "AgreementUpdateLink",
      entityId: id,
      action: "revoke",
    });
    return { ok: true, data: { id, agreementId: agreement.id } };
  });
}

/** The live link of this token (not revoked, not expired), or null: the page answers 404 for null. */
export async function findLiveUpdateLink(token: unknown, now = new Date()) {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const link = await db().agreementUpdateLink.findUnique({
    where: { tokenHash: hashUpdateToken(token) },
    select: {
      id: true,
      agreementId: true,
      contactName: true,
      locale: true,
      expiresAt: true,
      revokedAt: true,
      agreement: { select: { title: true, status: true, eventId: true, event: { select: { organizationId: true, title: true } } } },
    },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || link.agreement.status === "CANCELLED") return null;
  return link;
}
