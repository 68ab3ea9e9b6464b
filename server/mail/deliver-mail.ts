import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import type { MailAttachment } from "./mail-types.ts";

type Log = (line: string) => void;

const globalForMail = globalThis as unknown as { accordMailTransport?: { url: string; transport: Transporter } };

function transport(url: string): Transporter {
  const cached = globalForMail.accordMailTransport;
  if (cached?.url === url) return cached.transport;
  const created = nodemailer.createTransport(url, {}); // connection settings come from the URL
  globalForMail.accordMailTransport = { url, transport: created };
  return created;
}

/**
 * Sends (or, without SMTP_URL, keeps) one queued message. Throws when SMTP refuses or is
 * unreachable, so graphile-worker retries the job later; a message that is no longer
 * QUEUED is never sent again. The SMTP Message-ID is derived from the row id, so a
 * receiver can recognise the one message even across retries.
 */
export async function deliverMail(id: string, log: Log = console.log): Promise<"sent" | "kept" | "skipped"> {
  const msg = await db().mailMessage.findUnique({ where: { id } });
  if (!msg || msg.status !== "QUEUED") return "skipped";
  await db().mailMessage.update({ where: { id }, data: { attempts: { increment: 1 } } });
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db().mailMessage.updateMany({ where: { id, status: "QUEUED" }, data: { status: "KEPT" } });
    const links = msg.text.match(/https?:\/\/\S+/g) ?? [];
    log(`accord mail: no SMTP_URL; kept "${msg.subject}" for ${msg.toEmail} in the outbox${links.length ? ` — ${links.join(" ")}` : ""}`);
    return "kept";
  }
  try {
    await transport(SMTP_URL).sendMail({
      messageId: `<${msg.id}@accord.mail>`,
      from: MAIL_FROM,
      to: { name: msg.toName, address: msg.toEmail },
      subject: msg.subject,
      text: msg.text,
      html: msg.html,
      attachments: (msg.attachments as MailAttachment[]).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
        ...(a.encoding ? { encoding: a.encoding } : {}),
        ...(a.cid ? { cid: a.cid, contentDisposition: "inline" as const } : {}),
      })),
    });
  } catch (err) {
    await db().mailMessage.update({ where: { id }, data: { lastError: String((err as Error).message).slice(0, 500) } });
    throw err;
  }
  // The content may hold one-time links: once SMTP has it, we keep only the envelope.
  await db().mailMessage.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), lastError: null, text: "", html: "", attachments: [] },
  });
  return "sent";
}
