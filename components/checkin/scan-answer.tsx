"use client";

import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { formatInZone } from "@/lib/time/format";
import type { CheckInAnswer } from "@/server/checkin/check-in";
import type { RegistrantCard } from "@/server/checkin/registrant-card";

/** What the steward sees after a scan: who it is, or why not; announced to screen readers. */
export type ShownAnswer =
  | { kind: "answer"; answer: CheckInAnswer }
  | { kind: "error"; message: string }
  /** Kept on this device to be sent later. */
  | { kind: "offline"; message: string }
  | { kind: "note"; message: string };

function Person({ person, languages }: { person: RegistrantCard; languages: string[] }) {
  const t = useTranslations("checkin.scan");
  const locale = useLocale() as Locale;
  const delegation = person.delegation ? pickText(person.delegation, locale, languages) : null;
  return (
    <div className="space-y-1">
      <p className="text-2xl font-semibold" lang={person.lang} data-testid="person-name">
        {person.name}
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {delegation && <span lang={delegation.lang}>{delegation.text}</span>}
        {person.side && <Badge tone="muted">{t("side", { side: person.side })}</Badge>}
        {person.head && <Badge tone="brand">{t("head")}</Badge>}
        {person.vip && <Badge tone="accent">{t("vip")}</Badge>}
      </p>
    </div>
  );
}

const TONES = {
  good: "border-green-700 bg-green-50 text-green-950",
  warn: "border-amber-600 bg-amber-50 text-amber-950",
  bad: "border-red-700 bg-red-50 text-red-950",
  info: "border-stone-400 bg-white text-stone-900",
} as const;
const MARKS = { good: "✓", warn: "!", bad: "✕", info: "" } as const;

export function ScanAnswer({
  shown,
  languages,
  onUndo,
  onConfirmOtherVenue,
}: {
  shown: ShownAnswer | null;
  languages: string[];
  onUndo: (checkInId: string) => void;
  onConfirmOtherVenue: () => void;
}) {
  const t = useTranslations("checkin.scan");
  const locale = useLocale() as Locale;
  const box = useRef<HTMLDivElement>(null);
  // A new answer comes into view (after a name search further down the page, on a phone).
  useEffect(() => {
    if (shown) box.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [shown]);
  if (!shown) return <div role="status" aria-live="polite" />;
  const frame = (tone: keyof typeof TONES) => `space-y-3 rounded-lg border-2 p-4 ${TONES[tone]}`;
  const headline = (tone: keyof typeof TONES, text: string) => (
    <p className="flex items-start gap-2 text-lg leading-snug font-semibold">
      {MARKS[tone] && (
        <span aria-hidden="true" className="text-2xl leading-none">
          {MARKS[tone]}
        </span>
      )}
      <span>{text}</span>
    </p>
  );
  if (shown.kind !== "answer") {
    const tone = shown.kind === "error" ? "bad" : shown.kind === "offline" ? "warn" : "info";
    return (
      <div ref={box} role="status" aria-live="polite" data-testid="scan-answer" data-answer={shown.kind} className={frame(tone)}>
        {headline(tone, shown.message)}
      </div>
    );
  }
  const a = shown.answer;
  const tone = a.status === "checked_in" ? "good" : "warn";
  const venueText = (v: Parameters<typeof pickText>[0]) => pickText(v, locale, languages).text;
  const time = a.status === "already" ? formatInZone(a.at, a.timeZone, locale, "dateTime") : "";
  return (
    <div ref={box} role="status" aria-live="polite" data-testid="scan-answer" data-answer={a.status} className={frame(tone)}>
      {headline(
        tone,
        a.status === "checked_in"
          ? t("checkedIn")
          : a.status === "already"
            ? a.session
              ? t("alreadySession", { session: venueText(a.session), time })
              : t("already", { venue: venueText(a.venue), time })
            : t("otherVenue", { venue: a.person.registeredVenue ? venueText(a.person.registeredVenue) : t("noVenueChosen") }),
      )}
      <Person person={a.person} languages={languages} />
      {a.status === "checked_in" && (
        <Button variant="secondary" onClick={() => onUndo(a.checkInId)}>
          {t("undo")}
        </Button>
      )}
      {a.status === "other_venue" && (
        <Button onClick={onConfirmOtherVenue} className="min-h-12 w-full sm:w-auto">
          {t("confirmOther")}
        </Button>
      )}
    </div>
  );
}
