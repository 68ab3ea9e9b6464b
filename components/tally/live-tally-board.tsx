import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { pickText } from "@/lib/i18n/pick-text";
import { clockTime } from "@/lib/time/local-clock";
import { LiveTallyView, type BoardTally, type TallyText } from "./live-tally-view";

export type { BoardTally } from "./live-tally-view";

/** The venue-screen board: translated here, on the server; the live view hydrates with the strings. */
export async function LiveTallyBoard({
  slug,
  initial,
  languages,
  sideA,
  sideB,
  final = false,
}: {
  slug: string;
  initial: BoardTally;
  languages: string[];
  sideA: LocalizedText;
  sideB: LocalizedText;
  /** The event is over: the totals are final (late corrections still arrive on the stream). */
  final?: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale() as Promise<Locale>, getTranslations("tally")]);
  const side = (v: LocalizedText) => pickText(v, locale, languages).text;
  const text: TallyText = {
    agreements: t("agreements"),
    outcomes: t("outcomes"),
    bySector: t("bySector"),
    byType: t("byType"),
    byVenue: t("byVenue"),
    bySession: t("bySession"),
    byCityA: t("byCityA", { side: side(sideA) }),
    byCityB: t("byCityB", { side: side(sideB) }),
    values: t("values"),
    live: t("live"),
    final: t("final"),
    reconnecting: t("reconnecting"),
    noData: t("noData"),
    valuesNote: t("valuesNote"),
    updated: t.raw("updated") as string,
  };
  return (
    <LiveTallyView
      slug={slug}
      initial={initial}
      initialTime={clockTime(initial.computedAt)}
      languages={languages}
      locale={locale}
      text={text}
      final={final}
    />
  );
}
