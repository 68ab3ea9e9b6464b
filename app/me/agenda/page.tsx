import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { CheckInCode } from "@/components/agenda/check-in-code";
import { CopyField } from "@/components/agenda/copy-field";
import { MyBookmarks } from "@/components/agenda/my-bookmarks";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { localizedPath } from "@/lib/i18n/public-paths";
import { getCurrentUser } from "@/server/auth/current-user";
import { getMyAgenda } from "@/server/registrations/get-my-agenda";
import { resetCalendarLinkAction } from "./actions";

type Props = { searchParams: Promise<{ result?: string | string[] }> };
const RESULTS = { "calendar-reset": "calendarReset", error: "calendarResetFailed" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda.me"))("title") };
}

/** The origin the reader used, for the absolute subscription URL calendar apps need. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.0.0.1") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function MyAgendaPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/me/agenda")}`);
  const registrations = (await getMyAgenda(user)) ?? [];
  const t = await getTranslations("agenda.me");
  const tr = await getTranslations("agenda.register");
  const locale = (await getLocale()) as Locale;
  const origin = await requestOrigin();
  const result = (await searchParams).result;
  const resultKey = typeof result === "string" && result in RESULTS ? RESULTS[result as keyof typeof RESULTS] : null;

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <PageHeader title={t("title")} lead={t("intro")} />
      {resultKey && (
        <p
          role="status"
          className={`rounded-lg border p-4 ${resultKey === "calendarReset" ? "border-brand-200 bg-brand-50 text-brand-900" : "border-red-200 bg-red-50 text-red-800"}`}
        >
          {t(resultKey)}
        </p>
      )}
      {registrations.length === 0 ? (
        <div className="space-y-4">
          <p className="text-stone-700">{t("empty")}</p>
          <ButtonLink href="/">{t("browse")}</ButtonLink>
        </div>
      ) : (
        registrations.map((r) => {
          const title = pickText(r.event.title, locale, r.event.languages);
          const venue = r.venue
            ? pickText(r.venue.city, locale, r.event.languages).text || pickText(r.venue.name, locale, r.event.languages).text
            : null;
          return (
            <section key={r.id} aria-labelledby={`reg-${r.id}`} className="space-y-5 rounded-2xl border border-stone-200 bg-white p-6">
              <div className="space-y-2">
                <h2 id={`reg-${r.id}`} className="text-xl font-semibold text-stone-900" lang={title.lang}>
                  {title.text}
                </h2>
                <div className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                  <Badge tone={r.status === "CONFIRMED" ? "brand" : r.status === "WAITLISTED" ? "accent" : "muted"}>
                    {t("status", { status: tr(`status${r.status}`) })}
                  </Badge>
                  {venue && r.venue && <span>{t("venue", { venue: `${venue} (${r.venue.timeZone})` })}</span>}
                </div>
                <Link
                  href={localizedPath(locale, `/events/${encodeURIComponent(r.event.slug)}/agenda`)}
                  className="text-sm font-medium text-brand-700 underline"
                >
                  {t("openAgenda")}
                </Link>
              </div>
              {r.status === "CONFIRMED" && <CheckInCode id={r.id} token={r.checkInToken} venue={venue} name={user.name} />}
              <MyBookmarks registration={r} locale={locale} />
              {r.status !== "CANCELLED" && (
                <div className="space-y-2">
                  <h3 className="font-semibold text-stone-900">{t("calendar")}</h3>
                  <p className="text-sm text-stone-700">{t("calendarHint")}</p>
                  <CopyField
                    id={`cal-${r.id}`}
                    label={t("calendarUrl")}
                    value={`${origin}/api/calendar/personal/${r.calendarToken}`}
                    copyLabel={t("copy")}
                    copiedLabel={t("copied")}
                    failedLabel={t("copyFailed")}
                  />
                  <form action={resetCalendarLinkAction} className="flex flex-wrap items-center gap-3 pt-1">
                    <input type="hidden" name="registrationId" value={r.id} />
                    <ConfirmSubmit confirmText={t("resetCalendarConfirm")} className={buttonClasses("secondary")}>
                      {t("resetCalendar")}
                    </ConfirmSubmit>
                    <span className="text-sm text-stone-600">{t("resetCalendarHint")}</span>
                  </form>
                </div>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}
