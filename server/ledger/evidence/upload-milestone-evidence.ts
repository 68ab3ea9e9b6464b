import "server-only";
import { z } from "zod";
import { msg } from "@/lib/i18n/server-messages/message";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor, isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { storageConfig } from "@/server/video-messages/storage-config";
import { commitUpload, discardUpload, receiveUpload, removeStoredFile, type UploadBody } from "@/server/video-messages/store-file";
import { findFollowUpAgreement } from "../find-follow-up-agreement.ts";
import { cleanFileName, evidenceFileName, sniffEvidence } from "./evidence-files.ts";

const targetSchema = z.object({
  milestoneId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(1),
  name: z.string().max(1000).default(""),
});

export type UploadedEvidence = { milestoneId: string; version: number; fileName: string; contentType: string; size: number };

const fileError = (message: ReturnType<typeof msg>): ActionResult<never> => ({
  ok: false,
  code: "invalid",
  message: msg("common.correctHighlightedFields"),
  fieldErrors: { file: [message] },
});

/**
 * Stores a file as a milestone's evidence (PDF, JPEG, PNG or WebP, by its first bytes; at
 * most EVIDENCE_MAX_BYTES, counted as it streams in), replacing an earlier file. Version
 * checked like the milestone form; the follow-up's writers only ("followup.write").
 */
export async function uploadMilestoneEvidence(
  actor: CurrentUser | null,
  input: unknown,
  body: UploadBody,
): Promise<ActionResult<UploadedEvidence>> {
  const gate = gateFor(actor, "followup.write");
  if ("denied" in gate) return gate.denied;
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { milestoneId, version, name } = parsed.data;
  const milestone = await db().agreementMilestone.findUnique({ where: { id: milestoneId }, select: { agreementId: true } });
  if (!milestone) return notFound("Milestone");
  const agreement = await findFollowUpAgreement(gate.actor, "followup.write", milestone.agreementId);
  if (isDenied(agreement)) return agreement.code === "not_found" ? notFound("Milestone") : agreement;

  const limit = storageConfig().maxEvidenceBytes;
  const received = await receiveUpload("evidence", body, limit, 16);
  if ("tooLarge" in received) return fileError(msg("ledger.evidenceTooLarge", { size: Math.max(1, Math.floor(limit / 1024 / 1024)) }));
  const type = sniffEvidence(received.head);
  if (!type) {
    await discardUpload(received);
    return fileError(msg("ledger.evidenceKinds"));
  }
  const stored = evidenceFileName(milestoneId, type.ext);
  await commitUpload(received, "evidence", stored);
  const fileName = cleanFileName(name, type.ext);
  let previous: string | null = null;
  const result = await db()
    .$transaction(async (tx): Promise<ActionResult<UploadedEvidence>> => {
      const before = await tx.agreementMilestone.findUniqueOrThrow({
        where: { id: milestoneId },
        select: { version: true, evidenceFile: true, evidenceFileName: true },
      });
      const { count } = await tx.agreementMilestone.updateMany({
        where: { id: milestoneId, version },
        data: {
          evidenceFile: stored,
          evidenceFileName: fileName,
          evidenceFileType: type.contentType,
          evidenceFileSize: received.size,
          version: { increment: 1 },
        },
      });
      if (count === 0) return conflict(before.version);
      previous = before.evidenceFile;
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: agreement.organizationId,
        eventId: agreement.eventId,
        entity: "AgreementMilestone",
        entityId: milestoneId,
        action: "upload-evidence",
        before: { evidenceFileName: before.evidenceFileName },
        after: { evidenceFileName: fileName, contentType: type.contentType, size: received.size },
      });
      return { ok: true, data: { milestoneId, version: version + 1, fileName, contentType: type.contentType, size: received.size } };
    })
    .catch(async (error: unknown) => {
      await removeStoredFile("evidence", stored);
      throw error;
    });
  if (!result.ok) await removeStoredFile("evidence", stored);
  else if (previous) await removeStoredFile("evidence", previous);
  return result;
}
