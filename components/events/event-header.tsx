import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { htmlLang } from "@/lib/i18n/html-lang";
import { formatCalendarRange } from "@/lib/time/format";
import type { PublicEvent } from "@/server/events/get-public-event";
import { contentContext } from "./content-context";
import { Localized } from "./localized";
import { StatusBadge } from "./status-badge";

export async function EventHeader({ event }: { event: PublicEvent }) {
  const t = await getTranslations("event");
  const { locale, labels, pick } = await contentContext(event.languages);
  const title = pick(event.title);
  const subtitle = pick(event.subtitle);
  const sideA = pick(event.sideAName);
  const sideB = pick(event.sideBName);
  return (
    <div className="space-y-6">
      <Link
        href="/"
        className={cx(
          "inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline",
          focusRing,
        )}
      >
        <span aria-hidden>←</span> {t("backToEvents")}
      </Link>
      <PageHeader
        eyebrow={
          <>
            <StatusBadge status={event.status} />
            <time dateTime={event.startDate} className="text-stone-700">
              {formatCalendarRange(event.startDate, event.endDate, locale)}
            </time>
          </>
        }
        title={<Localized picked={title} labels={labels} markerClassName="text-sm" />}
        lead={subtitle.text ? <Localized picked={subtitle} labels={labels} /> : undefined}
        meta={
          sideA.text && sideB.text ? (
            <p className="flex flex-wrap items-center gap-3 pt-1" aria-label={t("sidesLabel")}>
              <span lang={htmlLang(sideA.lang)} className="rounded-full bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white">
                {sideA.text}
              </span>
              <span aria-hidden className="text-xl font-light text-stone-400">
                ×
              </span>
              <span lang={htmlLang(sideB.lang)} className="rounded-full bg-accent-500 px-4 py-1.5 text-sm font-semibold text-white">
                {sideB.text}
              </span>
            </p>
          ) : undefined
        }
      />
    </div>
  );
}
