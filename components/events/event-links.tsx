import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** The public event's own pages: agenda, live tally, registration. */
export async function EventLinks({ slug }: { slug: string }) {
  const t = await getTranslations("event");
  return (
    <nav aria-label={t("actionsLabel")} className="flex flex-wrap gap-3">
      <ButtonLink href={`/events/${slug}/agenda`}>{t("agendaLink")}</ButtonLink>
      <ButtonLink href={`/events/${slug}/tally`} variant="secondary">
        {t("tallyLink")}
      </ButtonLink>
      <ButtonLink href={`/events/${slug}/register`} variant="secondary">
        {t("registerLink")}
      </ButtonLink>
    </nav>
  );
}
