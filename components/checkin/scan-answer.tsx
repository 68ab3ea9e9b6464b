"use client";

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
  { kind: "answer"; answer: CheckInAnswer } | { kind: "error"; message: string } | { kind: "note"; message: string };

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
  if (!shown) return <div role="status" aria-live="polite" />;
  const tone = (ok: boolean) => (ok ? "border-green-700 bg-green-50 text-green-950" : "border-amber-600 bg-amber-50 text-amber-950");
  if (shown.kind !== "answer")
    return (
      <div role="status" aria-live="polite" data-testid="scan-answer" className={`rounded-lg border-2 p-4 ${tone(shown.kind === "note")}`}>
        {shown.message}
      </div>
    );
  const a = shown.answer;
  const venueText = (v: Parameters<typeof pickText>[0]) => pickText(v, locale, languages).text;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="scan-answer"
      className={`space-y-3 rounded-lg border-2 p-4 ${tone(a.status === "checked_in")}`}
    >
      <p className="font-semibold" data-status={a.status}>
        {a.status === "checked_in" && t("checkedIn", { name: a.person.name })}
        {a.status === "already" && t("already", { venue: venueText(a.venue), time: formatInZone(a.at, a.timeZone, locale, "dateTime") })}
        {a.status === "other_venue" &&
          t("otherVenue", {
            name: a.person.name,
            venue: a.person.registeredVenue ? venueText(a.person.registeredVenue) : t("noVenueChosen"),
          })}
      </p>
      <Person person={a.person} languages={languages} />
      {a.status === "checked_in" && (
        <Button variant="secondary" onClick={() => onUndo(a.checkInId)}>
          {t("undo")}
        </Button>
      )}
      {a.status === "other_venue" && <Button onClick={onConfirmOtherVenue}>{t("confirmOther")}</Button>}
    </div>
  );
}
