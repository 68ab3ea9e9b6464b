import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceBoard } from "@/components/checkin/attendance-board";
import { StewardGrantForm } from "@/components/checkin/steward-grant-form";
import { DeleteForm } from "@/components/organizer/delete-form";
import { EventPageHeader } from "@/components/organizer/event-page-header";
import { textPicker } from "@/components/organizer/pick";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { isDenied } from "@/server/access/authorize";
import { can } from "@/server/access/policy";
import { getAttendance } from "@/server/checkin/get-attendance";
import { listStewards } from "@/server/checkin/stewards";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { grantStewardAction, revokeStewardAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.checkIn");

/** Live attendance per venue and the event's stewards (issue 20). */
export default async function CheckInBoardPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/check-in`;
  const actor = await pageActor(here);
  const event = pageData(await getEventForEditing(actor, { eventId }), here);
  const [attendance, stewards] = await Promise.all([getAttendance(actor, eventId), listStewards(actor, eventId)]);
  // Both read with the same rule as the event above; a refusal here is a race with a role change.
  if (isDenied(attendance) || isDenied(stewards)) notFound();
  const t = await getTranslations("checkin.board");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  const venueName = new Map(attendance.venues.map((v) => [v.venueId, text(v.name)]));
  const canWrite = can(actor, "programme.manage", event);
  return (
    <>
      <EventPageHeader
        eventId={eventId}
        section="checkIn"
        slug={event.slug}
        eventTitle={text(event.title)}
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            <Link href={`/check-in/${encodeURIComponent(eventId)}`} className={buttonClasses("secondary")}>
              {t("scanPage")}
            </Link>
            <a href={`/api/organizer/events/${encodeURIComponent(eventId)}/badges.pdf`} className={buttonClasses("secondary")}>
              {t("badges")}
            </a>
          </>
        }
      />
      <section aria-labelledby="attendance" className="space-y-2">
        <h2 id="attendance" className="text-lg font-semibold">
          {t("counts")}
        </h2>
        <AttendanceBoard
          eventId={eventId}
          timeZone={event.primaryTimeZone}
          languages={event.languages}
          venues={attendance.venues.map((v) => ({ ...v, label: venueName.get(v.venueId) ?? "" }))}
          sessions={attendance.sessions}
        />
      </section>
      <section aria-labelledby="stewards" className="space-y-3">
        <h2 id="stewards" className="text-lg font-semibold">
          {t("stewards")}
        </h2>
        {stewards.length === 0 ? (
          <p className="text-stone-600">{t("noStewards")}</p>
        ) : (
          <ul className="divide-y divide-stone-100" data-testid="stewards">
            {stewards.map((s) => (
              <li key={s.grantId} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="font-medium">{s.name}</span> · {s.email} · {venueName.get(s.venueId)}
                </span>
                {canWrite && (
                  <DeleteForm
                    action={revokeStewardAction}
                    fields={{ eventId, grantId: s.grantId }}
                    label={t("revoke")}
                    confirmText={`${t("revoke")}: ${s.name} · ${venueName.get(s.venueId)}?`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canWrite && (
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">{t("grant")}</h2>
          <StewardGrantForm
            action={grantStewardAction}
            eventId={eventId}
            venues={attendance.venues
              .filter((v) => v.kind === "PHYSICAL")
              .map((v) => ({ value: v.venueId, label: venueName.get(v.venueId) ?? "" }))}
          />
        </Card>
      )}
    </>
  );
}
