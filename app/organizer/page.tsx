import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { textPicker } from "@/components/organizer/pick";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarRange } from "@/lib/time/format";
import { can } from "@/server/access/policy";
import { listMyEvents } from "@/server/organizer/events/list-my-events";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer.myEvents"))("title") };
}

export default async function MyEventsPage() {
  const actor = await pageActor("/organizer");
  const events = pageData(await listMyEvents(actor), "/organizer");
  const t = await getTranslations("organizer");
  const tl = await getTranslations("ledger.page");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader
        eyebrow={t("workspace")}
        title={t("myEvents.title")}
        lead={t("myEvents.lead")}
        actions={
          <>
            <ButtonLink href="/organizer/events/new">{t("myEvents.newEvent")}</ButtonLink>
            <ButtonLink href="/organizer/people" variant="secondary">
              {t("myEvents.people")}
            </ButtonLink>
            <ButtonLink href="/organizer/ledger" variant="secondary">
              {tl("title")}
            </ButtonLink>
            {can(actor, "admin.manage") && (
              <ButtonLink href="/organizer/admin/organizations" variant="secondary">
                {t("myEvents.administration")}
              </ButtonLink>
            )}
          </>
        }
      />
      {events.length === 0 ? (
        <p className="text-stone-600">{t("myEvents.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {events.map((e) => {
            const text = textPicker(locale, e.languages);
            return (
              <li key={e.id}>
                <Card interactive className="space-y-2">
                  <div className="flex items-center gap-2">
                    <Badge tone={e.status === "PUBLISHED" || e.status === "LIVE" ? "brand" : "neutral"}>{t(`status.${e.status}`)}</Badge>
                    <span className="text-sm text-stone-500">{text(e.organization.name)}</span>
                  </div>
                  <h2 className="text-xl font-semibold">
                    <Link href={`/organizer/events/${e.id}`} className="hover:underline">
                      {text(e.title)}
                    </Link>
                  </h2>
                  <p className="text-sm text-stone-600">
                    {formatCalendarRange(e.startDate, e.endDate, locale)} · {t("myEvents.venues", { count: e.venueCount })} ·{" "}
                    {t("myEvents.sessions", { count: e.sessionCount })}
                  </p>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
