import { getLocale, getTranslations } from "next-intl/server";
import { DeleteForm } from "@/components/organizer/delete-form";
import { EventNav } from "@/components/organizer/event-nav";
import { localizedValues, str } from "@/components/organizer/initial-values";
import { textPicker } from "@/components/organizer/pick";
import { VenueForm } from "@/components/organizer/venue-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { zoneOffsetLabel } from "@/lib/time/zones";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createVenueAction, deleteVenueAction, updateVenueAction } from "./actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.venues");

export default async function VenuesPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/venues`;
  const event = pageData(await getEventForEditing(await pageActor(here), { eventId }), here);
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  const day = new Date(`${event.startDate}T12:00:00Z`);
  return (
    <>
      <EventNav eventId={eventId} current="venues" />
      <PageHeader eyebrow={text(event.title)} title={t("venue.title")} lead={t("venue.lead")} />
      {event.venues.length === 0 && <p className="text-stone-600">{t("venue.empty")}</p>}
      <ul className="space-y-4">
        {event.venues.map((v) => (
          <li key={v.id}>
            <Card className="space-y-3">
              <details>
                <summary className="cursor-pointer text-lg font-semibold">
                  {text(v.name)}{" "}
                  <span className="text-sm font-normal text-stone-600">
                    · {v.timeZone} ({zoneOffsetLabel(v.timeZone, day)}) · {t(`venue.${v.kind}`)}
                  </span>
                </summary>
                <div className="mt-4 space-y-4">
                  <VenueForm
                    action={updateVenueAction}

                    initial={{
                      venueId: v.id,
                      version: String(v.version),
                      kind: v.kind,
                      ...localizedValues("name", v.name),
                      ...localizedValues("city", v.city),
                      ...localizedValues("address", v.address),
                      ...Object.fromEntries(
                        Object.entries(asLocalizedText(v.interpretationUrls)).map(([l, u]) => [`interpretationUrls.${l}`, u]),
                      ),
                      country: str(v.country),
                      timeZone: v.timeZone,
                      capacity: str(v.capacity),
                      platform: str(v.platform),
                      streamUrl: str(v.streamUrl),
                      position: str(v.position),
                    }}
                  />
                  <DeleteForm
                    action={deleteVenueAction}
                    fields={{ venueId: v.id, version: String(v.version) }}
                    label={t("form.delete")}
                    confirmText={t("venue.confirmDelete")}
                  />
                </div>
              </details>
            </Card>
          </li>
        ))}
      </ul>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("venue.add")}</h2>
        <VenueForm action={createVenueAction} initial={{ eventId, kind: "PHYSICAL", timeZone: event.primaryTimeZone }} />
      </Card>
    </>
  );
}
