import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { EMAIL_MAX_LENGTH, normalizeEmail } from "@/lib/validation/sign-in-schema";
import { recordAudit } from "../audit/record-audit.ts";
import type { PrismaClient } from "../db/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { formatExpiry, issueUserToken, passwordLink } from "../auth/user-tokens.ts";
import { code } from "@/lib/i18n/server-messages/message";

/** A password hash no password verifies against: the account has none until its link is used. */
export const NO_PASSWORD = "!no-password-set";

export const createAdminSchema = z.object({
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX_LENGTH)
    .pipe(z.email({ error: code("signIn.enterValidEmailAddress") }))
    .transform(normalizeEmail),
  name: z
    .string()
    .trim()
    .min(1, { error: code("passwordLink.enterName") })
    .max(200),
  locale: z.enum(LOCALES).default("en"),
});

export type CreatedAdmin = { userId: string; email: string; link: string; expiresAt: Date; mailId: string };

/**
 * Creates an admin with no password and queues the "set your password" mail with a
 * one-time link (returned too, for the operator's terminal). Used by `npm run
 * admin:create`, which runs outside Next and so passes its own Prisma client.
 */
export async function createAdmin(prisma: PrismaClient, input: unknown, baseUrl: string, now = new Date()): Promise<CreatedAdmin> {
  const data = createAdminSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw new Error(`a user with the email ${data.email} already exists`);
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, locale: data.locale, role: "ADMIN", passwordHash: NO_PASSWORD },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: null,
      entity: "User",
      entityId: user.id,
      action: "create",
      after: { email: user.email, role: "ADMIN", via: "admin:create" },
    });
    const { token, expiresAt } = await issueUserToken(tx, user.id, "SET_PASSWORD", now);
    const link = passwordLink(baseUrl, token);
    const mailId = await enqueueMail(tx, {
      kind: "set-password",
      to: { email: user.email, name: data.name, locale: data.locale },
      values: { link, expires: formatExpiry(expiresAt, data.locale, null) },
    });
    return { userId: user.id, email: user.email, link, expiresAt, mailId };
  });
}
