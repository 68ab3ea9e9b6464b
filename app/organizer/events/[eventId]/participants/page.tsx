import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AttendanceForm, type VenueOption } from "@/components/video-messages/attendance-form";
import { personLabel, textLabel } from "@/components/video-messages/labels";
import { RemoveParticipantForm } from "@/components/video-messages/remove-participant-form";
import type { Locale } from "@/lib/i18n/locales";
import { listPeople } from "@/server/organizer/people/list-people";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { listParticipants } from "@/server/video-messages/list-participants";
import { removeParticipantAction, setAttendanceAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.participants"))("title") };
}

/** Region name in the reader's language ("JP" → "Japan" / "日本"); the code if unknown. */
function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export default async function ParticipantsPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${encodeURIComponent(eventId)}/participants`;
  const actor = await pageActor(here);
  const data = pageData(await listParticipants(actor, { eventId }), here);
  const people = await listPeople(actor, { organizationId: data.event.organizationId });
  const t = await getTranslations("videos");
  const locale = (await getLocale()) as Locale;
  const langs = data.event.languages;
  const text = (v: unknown) => textLabel(v, locale, langs);
  const venues: VenueOption[] = data.venues.map((v) => ({ id: v.id, label: text(v.name), kind: v.kind }));
  const taking = new Set(data.participants.map((p) => p.personId));
  const candidates = (people.ok ? people.data : [])
    .filter((p) => !taking.has(p.id))
    .map((p) => ({ id: p.id, label: personLabel(p, locale, langs) }));
  const side = { A: text(data.event.sideAName), B: text(data.event.sideBName) };
  return (
    <>
      <EventNav eventId={eventId} current="participants" />
      <PageHeader eyebrow={text(data.event.title)} title={t("participants.title")} lead={t("participants.lead")} />
      {data.participants.length === 0 ? (
        <p className="text-stone-600">{t("participants.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[52rem] text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  <abbr title={t("participants.precedenceHint")} className="no-underline">
                    {t("participants.precedence")}
                  </abbr>
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("participants.person")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("participants.country")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("participants.side")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("participants.attendance")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("participants.change")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("participants.remove")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.participants.map((p) => {
                const name = personLabel(p.person, locale, langs);
                return (
                  <tr key={p.personId} className="border-b border-stone-200 align-top">
                    <td className="py-3 pr-3 tabular-nums">{p.person.precedence}</td>
                    <th scope="row" className="py-3 pr-3 font-normal">
                      <span className="font-semibold">{name}</span>
                      {p.person.isVip && (
                        <Badge tone="accent" className="ml-2">
                          {t("participants.vip")}
                        </Badge>
                      )}
                      {text(p.person.title) && <span className="block text-stone-700">{text(p.person.title)}</span>}
                      {text(p.person.affiliation) && <span className="block text-stone-600">{text(p.person.affiliation)}</span>}
                    </th>
                    <td className="py-3 pr-3">{p.person.country ? countryName(p.person.country, locale) : t("participants.noCountry")}</td>
                    <td className="py-3 pr-3">{p.person.side ? side[p.person.side] : t("participants.noSide")}</td>
                    <td className="py-3 pr-3">
                      <Badge tone={p.mode === "VIDEO_MESSAGE" ? "brand" : "neutral"}>{t(`attendance.${p.mode}`)}</Badge>
                      {p.mode !== "VIDEO_MESSAGE" && (
                        <span className="mt-1 block text-stone-600">{p.venue ? text(p.venue.name) : t("participants.noVenue")}</span>
                      )}
                    </td>
                    <td className="py-3 pr-3">
                      <AttendanceForm
                        action={setAttendanceAction}
                        eventId={eventId}
                        person={{ id: p.personId, label: name }}
                        venues={venues}
                        initial={{ mode: p.mode, venueId: p.venue?.id ?? "" }}
                      />
                    </td>
                    <td className="py-3">
                      <RemoveParticipantForm
                        action={removeParticipantAction}
                        eventId={eventId}
                        personId={p.personId}
                        label={t("participants.remove")}
                        confirmText={t("participants.confirmRemove", { name })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("participants.addTitle")}</h2>
        {candidates.length === 0 ? (
          <p className="text-stone-600">{t("participants.noCandidates")}</p>
        ) : (
          <AttendanceForm
            action={setAttendanceAction}
            eventId={eventId}
            people={candidates}
            venues={venues}
            initial={{ mode: "IN_PERSON", venueId: "" }}
          />
        )}
        <Link href="/organizer/people" className="text-sm text-brand-700 underline">
          {t("participants.managePeople")}
        </Link>
      </Card>
    </>
  );
}
