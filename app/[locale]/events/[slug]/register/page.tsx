import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/agenda/register-form";
import { contentContext } from "@/components/events/content-context";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates, localizedPath } from "@/lib/i18n/public-paths";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { getCurrentUser } from "@/server/auth/current-user";
import { getEventRegistration } from "@/server/registrations/get-event-registration";
import { cancelRegistrationAction, registerAction } from "./actions";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ result?: string | string[] }> };

const RESULTS = {
  confirmed: "confirmed",
  waitlisted: "waitlisted",
  already: "alreadyMessage",
  closed: "closed",
  error: "error",
  "choose-venue": "chooseVenue",
  cancelled: "cancelled",
  unverified: "unverified",
  "invitation-only": "invitationOnly",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agenda = await getPublicAgenda((await params).slug);
  if (!agenda) return {};
  const { locale, pick } = await contentContext(agenda.event.languages);
  const t = await getTranslations("agenda.register");
  return {
    title: t("metaTitle", { event: pick(agenda.event.title).text }),
    alternates: localeAlternates(locale as Locale, `/events/${encodeURIComponent(agenda.event.slug)}/register`),
  };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const agenda = await getPublicAgenda(slug);
  if (!agenda) notFound();
  const user = await getCurrentUser();
  const base = localizedPath(
    (await contentContext(agenda.event.languages)).locale as Locale,
    `/events/${encodeURIComponent(agenda.event.slug)}`,
  );
  const path = `${base}/register`;
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const t = await getTranslations("agenda.register");
  const ta = await getTranslations("agenda");
  const { locale, pick } = await contentContext(agenda.event.languages);
  const registration = await getEventRegistration(user, agenda.event.id);
  const resultKey = typeof query.result === "string" && query.result in RESULTS ? RESULTS[query.result as keyof typeof RESULTS] : null;
  const tone =
    resultKey === "error" ||
    resultKey === "chooseVenue" ||
    resultKey === "closed" ||
    resultKey === "unverified" ||
    resultKey === "invitationOnly"
      ? "border-red-300 bg-red-50 text-red-900"
      : "border-brand-100 bg-brand-50 text-brand-900";
  const active = registration && registration.status !== "CANCELLED" ? registration : null;

  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <p>
        <Link href={`${base}/agenda`} className="text-sm font-medium text-brand-700 underline">
          {ta("session.backToAgenda")}
        </Link>
      </p>
      <PageHeader title={t("title", { event: pick(agenda.event.title).text })} lead={t("intro")} />
      {resultKey && (
        <p role="status" className={`rounded-lg border p-4 ${tone}`}>
          {t(resultKey)}
        </p>
      )}
      {active ? (
        <div className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6">
          <p className="text-stone-800">{t("already", { status: t(`status${active.status}`) })}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/me/agenda" className="font-medium text-brand-700 underline">
              {t("goToMyAgenda")}
            </Link>
          </div>
          <form action={cancelRegistrationAction}>
            <input type="hidden" name="eventSlug" value={agenda.event.slug} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="registrationId" value={active.id} />
            <ConfirmSubmit confirmText={t("cancelConfirm")} className="text-sm font-medium text-red-800 underline">
              {t("cancel")}
            </ConfirmSubmit>
          </form>
        </div>
      ) : agenda.event.status === "CONCLUDED" ? (
        <p role="status" className="rounded-lg border border-stone-300 bg-stone-50 p-4 text-stone-800" data-testid="registration-closed">
          {t("closed")}
        </p>
      ) : (
        <RegisterForm agenda={agenda} locale={locale} action={registerAction} />
      )}
    </div>
  );
}
