import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AcceptInvitationForm, DeclineInvitationForm } from "@/components/people/answer-invitation-forms";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { inspectInvitation } from "@/server/invitations/inspect-invitation";
import { acceptInvitationAction, declineInvitationAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people.answer");
  // The token is in this page's URL: never send it on as a Referer.
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

// Opening the link only reads the invitation (mail scanners open links too); the forms answer it.
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const look = await inspectInvitation(token);
  const t = await getTranslations("people.answer");
  const locale = (await getLocale()) as Locale;
  const inv = look.invitation;
  if (look.state !== "valid" || !inv) {
    return (
      <div className="flex min-h-[60vh] items-center justify-center px-4 py-12">
        <Card as="section" aria-labelledby="inv-title" className="w-full max-w-md sm:p-8">
          <h1 id="inv-title" className="text-2xl font-semibold tracking-tight">
            {t("badTitle")}
          </h1>
          <p className="mt-2 text-stone-700">{t(`bad.${look.state}`)}</p>
        </Card>
      </div>
    );
  }
  const langs = inv.event?.languages ?? [];
  const text = (v: unknown) => pickText(v, locale, langs).text;
  const dates = inv.event
    ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).formatRange(inv.event.startDate, inv.event.endDate)
    : "";
  const venues = inv.event?.venues.map((v) => ({
    id: v.id,
    label: `${text(v.name)}${v.kind === "ONLINE" ? "" : ` · ${text(v.city)}`} (${v.timeZone})`,
  }));
  const expires = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(inv.expiresAt);
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">
          {inv.kind === "MEMBER"
            ? t("memberTitle", { organization: text(inv.organization.name) })
            : t("delegateTitle", { event: text(inv.event?.title) })}
        </h1>
        <p className="text-stone-700">
          {inv.kind === "MEMBER"
            ? t("memberLead", { name: inv.name, role: t(`role.${inv.memberRole ?? "ORGANIZER"}`) })
            : t("delegateLead", { name: inv.name, dates, organization: text(inv.organization.name) })}
        </p>
        {inv.delegationMember && (
          <p className="text-stone-700">{t("delegation", { delegation: text(inv.delegationMember.delegation.name) })}</p>
        )}
        <p className="text-sm text-stone-600">{t("forEmail", { email: inv.email, expires })}</p>
      </header>
      <Card as="section" aria-labelledby="accept-title" className="space-y-4">
        <h2 id="accept-title" className="text-lg font-semibold">
          {t("acceptTitle")}
        </h2>
        <IntlIsland namespaces={["people", "organizer"]}>
          <AcceptInvitationForm
            action={acceptInvitationAction}
            token={token}
            needsPassword={!inv.accountExists}
            venues={venues}
            venueId={inv.venueId}
          />
        </IntlIsland>
      </Card>
      <Card as="section" aria-labelledby="decline-title" className="space-y-4">
        <h2 id="decline-title" className="text-lg font-semibold">
          {t("declineTitle")}
        </h2>
        <IntlIsland namespaces={["people", "organizer"]}>
          <DeclineInvitationForm action={declineInvitationAction} token={token} />
        </IntlIsland>
      </Card>
    </div>
  );
}
