import "server-only";
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { qrPayload } from "@/lib/checkin/token";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult } from "../shared/result.ts";
import { drawCentred, fontCache } from "./draw-text.ts";

// Printable A6 badges (issue 20), one page per confirmed registration of the event, of one
// delegation, or one registration: the name as the person wrote it, their delegation and
// the event in their language, a band in their side's colour, VIP, and the check-in QR code.

const A6: [number, number] = [297.64, 419.53];
const SIDE_COLOURS = { A: rgb(0.71, 0.16, 0.16), B: rgb(0.12, 0.3, 0.6) } as const;
const INK = rgb(0.11, 0.1, 0.09);
const MUTED = rgb(0.34, 0.33, 0.31);
const VIP = { en: "VIP", zh: "贵宾", ja: "VIP" } as const;

export type BadgeScope = { eventId: string; delegationId?: string; registrationId?: string };

function drawQr(page: PDFPage, payload: string, x: number, y: number, size: number) {
  const qr = QRCode.create(payload, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = size / n;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) page.drawRectangle({ x: x + c * cell, y: y + (n - 1 - r) * cell, width: cell, height: cell, color: INK });
}

export async function buildBadgesPdf(
  actor: CurrentUser | null,
  scope: BadgeScope,
): Promise<ActionResult<{ pdf: Uint8Array; count: number }>> {
  const event = await findManagedEvent(actor, "internal.read", scope.eventId);
  if (isDenied(event)) return event;
  const rows = await db().registration.findMany({
    where: {
      eventId: event.id,
      status: "CONFIRMED",
      ...(scope.registrationId ? { id: scope.registrationId } : {}),
      ...(scope.delegationId ? { invitations: { some: { delegationMember: { delegationId: scope.delegationId } } } } : {}),
    },
    orderBy: { user: { name: "asc" } },
    select: {
      vip: true,
      checkInToken: true,
      user: { select: { name: true, locale: true } },
      venue: { select: { name: true } },
      invitations: {
        where: { delegationMemberId: { not: null } },
        take: 1,
        select: { delegationMember: { select: { isHead: true, delegation: { select: { name: true, side: true } } } } },
      },
      event: { select: { title: true } },
    },
  });
  if ((scope.registrationId || scope.delegationId) && rows.length === 0)
    return notFound(scope.registrationId ? "Registration" : "Delegation");

  const doc = await PDFDocument.create();
  doc.setTitle("Badges");
  const font = fontCache(doc);
  for (const r of rows) {
    const page = doc.addPage(A6);
    const lang: Locale = isLocale(r.user.locale) ? r.user.locale : "en";
    const family = lang === "ja" ? "jp" : "sc";
    const text = (v: unknown) => pickText(v, lang, event.languages).text;
    const member = r.invitations[0]?.delegationMember;
    const width = page.getWidth();
    if (member) page.drawRectangle({ x: 0, y: A6[1] - 28, width, height: 28, color: SIDE_COLOURS[member.delegation.side] });
    await drawCentred(page, font, text(r.event.title), A6[1] - 60, { size: 11, family, color: MUTED }, width - 32);
    await drawCentred(page, font, r.user.name, A6[1] - 130, { size: 30, family, weight: 700, color: INK }, width - 32);
    if (member) await drawCentred(page, font, text(member.delegation.name), A6[1] - 160, { size: 13, family, color: INK }, width - 32);
    if (r.vip) await drawCentred(page, font, VIP[lang], A6[1] - 190, { size: 16, family, weight: 700, color: SIDE_COLOURS.A }, width - 32);
    drawQr(page, qrPayload(r.checkInToken), (width - 120) / 2, 60, 120);
    if (r.venue) await drawCentred(page, font, text(r.venue.name), 36, { size: 9, family, color: MUTED }, width - 32);
  }
  return { ok: true, data: { pdf: await doc.save(), count: rows.length } };
}
