import "server-only";
import { pickText } from "@/lib/i18n/localized-text";
import { buildCalendar } from "../calendar/ics-format.ts";
import type { Prisma } from "../db/client.ts";
import { checkInQrPng } from "../checkin/check-in-qr.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { eventDates, mailLocale, words } from "../invitations/invitation-mail.ts";

// The registration confirmation: an email in the delegate's language with an .ics of the
// event at their venue (from its first to its last session there, else the event's days),
// queued in the transaction that registers them; a confirmed one also carries the check-in QR
// code as an inline PNG (with the code in words for text-only readers).

const CHECK_IN_CID = "check-in-qr@accord";

export async function queueRegistrationConfirmation(
  tx: Prisma.TransactionClient,
  reg: { id: string; status: "CONFIRMED" | "WAITLISTED"; eventId: string; venueId: string | null },
  to: { email: string; name: string; locale: string },
  baseUrl: string,
): Promise<void> {
  const locale = mailLocale(to.locale);
  const event = await tx.event.findUniqueOrThrow({
    where: { id: reg.eventId },
    select: { slug: true, title: true, languages: true, startDate: true, endDate: true },
  });
  const venue = reg.venueId ? await tx.venue.findUnique({ where: { id: reg.venueId }, select: { name: true, kind: true } }) : null;
  const span = await tx.session.aggregate({
    where: {
      eventId: reg.eventId,
      ...(reg.venueId ? { OR: [{ hostVenueId: reg.venueId }, { relays: { some: { venueId: reg.venueId } } }] } : {}),
    },
    _min: { startsAt: true },
    _max: { endsAt: true },
  });
  const title = pickText(event.title, locale, event.languages).text;
  // A confirmed delegate gets their check-in QR code inline (issue 20); a waitlisted one does not yet.
  const qr = reg.status === "CONFIRMED" ? await checkInQrPng(tx, reg.id) : null;
  const venueName = venue ? pickText(venue.name, locale, event.languages).text : words(locale).online;
  const start = span._min.startsAt ?? event.startDate;
  const end = span._max.endsAt ?? new Date(event.endDate.getTime() + 24 * 60 * 60 * 1000);
  const base = baseUrl.replace(/\/$/, "");
  const ics = buildCalendar(title, [
    {
      uid: `registration-${reg.id}@accord`,
      start: start.toISOString(),
      end: end.toISOString(),
      summary: title,
      description: `${base}/events/${event.slug}`,
      location: venueName,
      url: `${base}/events/${event.slug}`,
    },
  ]);
  await enqueueMail(tx, {
    kind: "registration-confirmed",
    to: { email: to.email, name: to.name, locale },
    values: {
      link: `${base}/events/${encodeURIComponent(event.slug)}/agenda`,
      event: title,
      dates: eventDates(event, locale),
      status: words(locale).registration[reg.status],
      venue: venueName,
      ...(qr ? { code: qr.token } : {}),
    },
    attachments: [
      { filename: "event.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: ics },
      ...(qr
        ? [{ filename: "check-in.png", contentType: "image/png", content: qr.png, encoding: "base64" as const, cid: CHECK_IN_CID }]
        : []),
    ],
    ...(qr ? { inlineImage: { cid: CHECK_IN_CID, key: "checkIn" } } : {}),
  });
}
