import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";

const SECTIONS = ["agreements", "outcomes", "report"] as const;
export type OutcomesSection = (typeof SECTIONS)[number];

/** Tabs between the register, outcomes and report pages, plus the public board. */
export async function OutcomesNav({ eventId, slug, current }: { eventId: string; slug: string; current: OutcomesSection }) {
  const t = await getTranslations("agreements.nav");
  const link = "rounded-lg px-3 py-1.5 text-sm font-medium";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1 border-b border-stone-200 pb-2 print:hidden">
      <Link href={`/organizer/events/${eventId}`} className={cx("mr-3 rounded px-2 py-1 text-sm text-stone-600 hover:text-stone-900", focusRing)}>
        ← {t("event")}
      </Link>
      {SECTIONS.map((s) => (
        <Link
          key={s}
          href={`/organizer/events/${eventId}/${s}`}
          aria-current={s === current ? "page" : undefined}
          className={cx(link, s === current ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-100", focusRing)}
        >
          {t(s)}
        </Link>
      ))}
      <Link href={`/events/${slug}/tally`} className={cx(link, "text-stone-700 hover:bg-stone-100", focusRing)}>
        {t("board")} ↗
      </Link>
    </nav>
  );
}
