import "server-only";
import { stat } from "node:fs/promises";
import type { CurrentUser } from "@/server/auth/current-user";
import { can } from "@/server/access/policy";
import { db } from "@/server/db/client";
import { storageConfig, storagePath } from "@/server/video-messages/storage-config";

export type EvidenceDownload = { path: string; contentType: string; size: number; fileName: string };

/**
 * A milestone's evidence file for the staff of its organization ("internal.read"), or null:
 * missing, another organization's and no-file all look the same. The stored name comes from
 * the record, never from the request.
 */
export async function getMilestoneEvidence(actor: CurrentUser | null, milestoneId: string): Promise<EvidenceDownload | null> {
  if (!actor || !milestoneId || milestoneId.length > 64) return null;
  const m = await db().agreementMilestone.findUnique({
    where: { id: milestoneId },
    select: {
      evidenceFile: true,
      evidenceFileName: true,
      evidenceFileType: true,
      agreement: { select: { eventId: true, event: { select: { organizationId: true } } } },
    },
  });
  if (!m?.evidenceFile || !can(actor, "internal.read", { organizationId: m.agreement.event.organizationId })) return null;
  const path = storagePath(storageConfig(), "evidence", m.evidenceFile);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return {
    path,
    contentType: m.evidenceFileType ?? "application/octet-stream",
    size: info.size,
    fileName: m.evidenceFileName ?? m.evidenceFile,
  };
}
