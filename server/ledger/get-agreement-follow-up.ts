import "server-only";
import { storageConfig } from "@/server/video-messages/storage-config";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { can } from "@/server/access/policy";
import { db } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";
import type { MilestoneTypeOption } from "@/lib/ledger/milestone-types";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";
import { milestoneTypesOf } from "./list-milestone-types.ts";
import { MILESTONE_SELECT, dayString, toMilestoneView, type MilestoneView } from "./milestone-view.ts";
import type { FundsView } from "./save-funds.ts";

export type PendingUpdateView = {
  id: string;
  typeKey: string;
  doneOn: string;
  note: string | null;
  evidenceUrl: string | null;
  contactName: string;
  createdAt: Date;
  version: number;
};
export type UpdateLinkView = { id: string; contactName: string; locale: string; expiresAt: Date; revokedAt: Date | null };

export type AgreementFollowUpView = {
  types: MilestoneTypeOption[];
  milestones: MilestoneView[];
  funds: FundsView[];
  owner: { id: string | null; version: number };
  organizers: { id: string; name: string }[];
  pending: PendingUpdateView[];
  links: UpdateLinkView[];
  canWrite: boolean;
  /** The evidence upload limit in MB (EVIDENCE_MAX_BYTES). */
  maxEvidenceMb: number;
};

/** Everything the agreement page shows of its follow-up; staff of the organization only. */
export async function getAgreementFollowUp(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementFollowUpView>> {
  const agreement = await findFollowUpAgreement(actor, "internal.read", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const [types, milestones, funds, followUp, members, pending, links] = await Promise.all([
    milestoneTypesOf(agreement.organizationId),
    db().agreementMilestone.findMany({ where: { agreementId: agreement.id }, select: MILESTONE_SELECT }),
    db().agreementFund.findMany({
      where: { agreementId: agreement.id },
      orderBy: { currency: "asc" },
      select: { agreementId: true, currency: true, committedMinor: true, receivedMinor: true, version: true },
    }),
    db().agreementFollowUp.findUnique({ where: { agreementId: agreement.id }, select: { ownerId: true, version: true } }),
    db().membership.findMany({
      where: { organizationId: agreement.organizationId, role: { in: ["OWNER", "ORGANIZER"] }, user: { active: true } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db().partyUpdate.findMany({
      where: { agreementId: agreement.id, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        typeKey: true,
        doneOn: true,
        note: true,
        evidenceUrl: true,
        createdAt: true,
        version: true,
        link: { select: { contactName: true } },
      },
    }),
    db().agreementUpdateLink.findMany({
      where: { agreementId: agreement.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, contactName: true, locale: true, expiresAt: true, revokedAt: true },
    }),
  ]);
  const order = new Map(types.map((t, i) => [t.key, i]));
  return {
    ok: true,
    data: {
      types,
      milestones: milestones.map(toMilestoneView).sort((a, b) => (order.get(a.typeKey) ?? 99) - (order.get(b.typeKey) ?? 99)),
      funds: funds.map((f) => ({ ...f, committedMinor: f.committedMinor.toString(), receivedMinor: f.receivedMinor.toString() })),
      owner: { id: followUp?.ownerId ?? null, version: followUp?.version ?? 0 },
      organizers: members.map((m) => m.user),
      pending: pending.map((p) => ({
        id: p.id,
        typeKey: p.typeKey,
        doneOn: dayString(p.doneOn) ?? "",
        note: p.note,
        evidenceUrl: p.evidenceUrl,
        contactName: p.link.contactName,
        createdAt: p.createdAt,
        version: p.version,
      })),
      links,
      canWrite: can(actor, "followup.write", agreement),
      maxEvidenceMb: Math.max(1, Math.floor(storageConfig().maxEvidenceBytes / 1024 / 1024)),
    },
  };
}
