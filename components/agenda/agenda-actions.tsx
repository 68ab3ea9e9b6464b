import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { publicHref } from "@/components/i18n/public-href";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { ReaderZoneNote } from "./reader-zone-note";

export async function AgendaActions({ slug, registered, readerZone }: { slug: string; registered: boolean; readerZone: string | null }) {
  const t = await getTranslations("agenda");
  const s = encodeURIComponent(slug);
  const registerHref = await publicHref(`/events/${s}/register`);
  const link = cx("rounded text-sm font-medium text-brand-700 underline", focusRing);
  return (
    <div className="agenda-no-print space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {registered ? (
          <ButtonLink href="/me/agenda" variant="secondary">
            {t("actions.myAgenda")}
          </ButtonLink>
        ) : (
          <ButtonLink href={registerHref}>{t("actions.register")}</ButtonLink>
        )}
        <a href={`/api/calendar/events/${s}`} className={link}>
          {t("actions.downloadIcs")}
        </a>
        <a href={`/embed/events/${s}/agenda`} className={link}>
          {t("actions.embed")}
        </a>
      </div>
      <ReaderZoneNote chosen={readerZone} />
      <p className="text-xs text-stone-600">{t("actions.print")}</p>
    </div>
  );
}
