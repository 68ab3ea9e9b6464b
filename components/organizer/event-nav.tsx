import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { publicHref } from "@/components/i18n/public-href";

const SECTIONS = [
  "overview",
  "venues",
  "tracks",
  "sessions",
  "timetable",
  "participants",
  "delegations",
  "registrants",
  "checkIn",
  "videoMessages",
  "agreements",
  "outcomes",
  "report",
  "audit",
] as const;
const PATHS: Partial<Record<(typeof SECTIONS)[number], string>> = { videoMessages: "video-messages", checkIn: "check-in" };
export type EventSection = (typeof SECTIONS)[number];

/**
 * The one navigation of an event's workspace, on every page of it (setup, video messages,
 * run-of-show and playback, agreements, outcomes and report); the current section is marked
 * for screen readers. With the event's slug it also links to the public page and the board.
 */
export async function EventNav({ eventId, current, slug }: { eventId: string; current: EventSection; slug?: string }) {
  const t = await getTranslations("organizer.nav");
  const publicBase = slug ? await publicHref(`/events/${encodeURIComponent(slug)}`) : null;
  const href = (s: EventSection) => `/organizer/events/${eventId}${s === "overview" ? "" : `/${PATHS[s] ?? s}`}`;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1 border-b border-stone-200 pb-2 print:hidden">
      <Link href="/organizer" className={cx("mr-3 rounded px-2 py-1 text-sm text-stone-600 hover:text-stone-900", focusRing)}>
        ← {t("back")}
      </Link>
      {SECTIONS.map((s) => (
        <Link
          key={s}
          href={href(s)}
          aria-current={s === current ? "page" : undefined}
          className={cx(
            "rounded-lg px-3 py-1.5 text-sm font-medium",
            s === current ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-100",
            focusRing,
          )}
        >
          {t(s)}
        </Link>
      ))}
      <Link
        href="/organizer/people"
        className={cx("rounded-lg px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100", focusRing)}
      >
        {t("people")}
      </Link>
      {publicBase && (
        <span className="ml-auto flex flex-wrap gap-1">
          <Link href={publicBase} className={cx("rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-stone-100", focusRing)}>
            {t("publicPage")} <span aria-hidden>↗</span>
          </Link>
          <Link
            href={`${publicBase}/tally`}
            className={cx("rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-stone-100", focusRing)}
          >
            {t("board")} <span aria-hidden>↗</span>
          </Link>
        </span>
      )}
    </nav>
  );
}
