import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { publicHref } from "@/components/i18n/public-href";

/** The public event's own pages: agenda, live tally, registration. */
export async function EventLinks({ slug }: { slug: string }) {
  const t = await getTranslations("event");
  const base = await publicHref(`/events/${slug}`);
  return (
    <nav aria-label={t("actionsLabel")} className="flex flex-wrap gap-3">
      <ButtonLink href={`${base}/agenda`}>{t("agendaLink")}</ButtonLink>
      <ButtonLink href={`${base}/tally`} variant="secondary">
        {t("tallyLink")}
      </ButtonLink>
      <ButtonLink href={`${base}/register`} variant="secondary">
        {t("registerLink")}
      </ButtonLink>
    </nav>
  );
}
