import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client.ts";

// The CSV import's checked file, kept between "Check file" and "Import": a row per check, in
// the database so any app instance can serve the confirm. The token is bound to the user and
// the event, expires after TTL_MS, and is claimed once with one conditional UPDATE (a double
// submit claims nothing the second time).

export const CHECKED_UPLOAD_TTL_MS = 30 * 60_000;

export async function storeCheckedUpload(userId: string, eventId: string, content: Uint8Array, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().csvImportUpload.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { userId, eventId, consumedAt: { not: null } }] } }),
    db().csvImportUpload.create({
      data: {
        id,
        userId,
        eventId,
        content: Buffer.from(content),
        sha256: createHash("sha256").update(content).digest("hex"),
        expiresAt: new Date(now.getTime() + CHECKED_UPLOAD_TTL_MS),
      },
      select: { id: true },
    }),
  ]);
  return id;
}

/** The checked bytes for this user and event, marking the token used; null when unknown, foreign, expired or used. */
export async function claimCheckedUpload(userId: string, eventId: string, token: string, now = new Date()): Promise<Uint8Array | null> {
  if (typeof token !== "string" || token.length === 0 || token.length > 100) return null;
  const { count } = await db().csvImportUpload.updateMany({
    where: { id: token, userId, eventId, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (count !== 1) return null;
  const row = await db().csvImportUpload.findUnique({ where: { id: token }, select: { content: true } });
  return row ? new Uint8Array(row.content) : null;
}
