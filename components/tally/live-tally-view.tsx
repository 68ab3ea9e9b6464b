"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { clockTime } from "@/lib/time/local-clock";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { pickText } from "@/lib/i18n/pick-text";
import type { Locale } from "@/lib/i18n/locales";
import { sectorLabel } from "@/lib/agreements/sectors";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeCode } from "@/lib/agreements/agreement-enums";
import { formatMoney } from "@/lib/agreements/money";
import { BarList } from "./bar-list";

// The venue-screen board's island. It renders the tally the page was served with, then
// follows the server's event stream; EventSource reconnects by itself after a dropped
// connection. Its text comes translated from live-tally-board.tsx (no translation provider).

export type BoardTally = {
  totals: { agreements: number; outcomes: number };
  bySector: { key: string; count: number }[];
  byType: { key: string; count: number }[];
  byCityA: { key: string; count: number; label: LocalizedText }[];
  byCityB: { key: string; count: number; label: LocalizedText }[];
  byVenue: { key: string; count: number; label: LocalizedText }[];
  bySession: { key: string; count: number; label: LocalizedText }[];
  valueTotals: { currency: string; totalMinor: string; count: number }[];
  computedAt: string;
};

export type TallyText = Record<
  | "agreements"
  | "outcomes"
  | "bySector"
  | "byCityA"
  | "byCityB"
  | "byVenue"
  | "bySession"
  | "byType"
  | "values"
  | "live"
  | "final"
  | "reconnecting"
  | "noData"
  | "valuesNote",
  string
> & {
  /** Holds "{time}". */
  updated: string;
};

const noSubscription = () => () => {};

export function LiveTallyView({
  slug,
  initial,
  initialTime,
  languages,
  locale,
  text: t,
  final = false,
}: {
  slug: string;
  initial: BoardTally;
  /** When `initial` was computed, as the server's clock says it (clockTime), for the first render. */
  initialTime: string;
  languages: string[];
  locale: Locale;
  text: TallyText;
  /** The event is over: the totals are final (late corrections still arrive on the stream). */
  final?: boolean;
}) {
  const [tally, setTally] = useState(initial);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/events/${encodeURIComponent(slug)}/tally/stream`);
    source.addEventListener("tally", (e) => setTally(JSON.parse((e as MessageEvent<string>).data) as BoardTally));
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [slug]);

  const text = (v: LocalizedText) => pickText(v, locale, languages);
  const labelled = (rows: BoardTally["byCityA"]) =>
    rows.map((r) => ({ key: r.key, label: text(r.label).text, lang: text(r.label).lang, value: r.count }));
  // The server's clock for the first render (initialTime, so hydration matches), then the
  // reader's own: "14:03:09 UTC+8", read without Intl (lib/time/local-clock.ts).
  const time = useSyncExternalStore(
    noSubscription,
    () => clockTime(tally.computedAt),
    () => initialTime,
  );

  return (
    <div className="space-y-8">
      <div
        className="flex items-center justify-end gap-3 text-lg text-slate-300"
        role="status"
        data-testid="tally-connection"
        data-connected={connected}
        data-final={final}
      >
        <span className={`size-3 rounded-full ${connected ? "bg-emerald-400" : "bg-amber-400"}`} aria-hidden />
        {final ? t.final : connected ? t.live : t.reconnecting} · {t.updated.replace("{time}", time)}
      </div>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2" aria-live="polite">
        <Total label={t.agreements} value={tally.totals.agreements} testId="tally-agreements" />
        <Total label={t.outcomes} value={tally.totals.outcomes} testId="tally-outcomes" />
      </div>
      {/* grid-cols-1 (minmax(0, 1fr)), not the implicit auto column, so a long word cannot widen a phone's page. */}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <BarList
          title={t.bySector}
          empty={t.noData}
          bars={tally.bySector.map((r) => ({ key: r.key, label: sectorLabel(r.key, locale), value: r.count }))}
        />
        <BarList
          title={t.byType}
          empty={t.noData}
          bars={tally.byType.map((r) => ({
            key: r.key,
            label: AGREEMENT_TYPE_LABELS[r.key as AgreementTypeCode]?.[locale] ?? r.key,
            value: r.count,
          }))}
        />
        <BarList title={t.byCityA} empty={t.noData} bars={labelled(tally.byCityA)} />
        <BarList title={t.byCityB} empty={t.noData} bars={labelled(tally.byCityB)} />
        <BarList title={t.byVenue} empty={t.noData} bars={labelled(tally.byVenue)} />
        <BarList title={t.bySession} empty={t.noData} bars={labelled(tally.bySession)} />
        <section className="min-w-0 rounded-2xl bg-slate-900/80 p-6 ring-1 ring-white/10">
          <h2 className="mb-4 text-2xl font-semibold tracking-wide text-sky-200 lg:text-3xl">{t.values}</h2>
          {tally.valueTotals.length === 0 ? (
            <p className="text-xl text-slate-400">{t.noData}</p>
          ) : (
            <ul className="space-y-3">
              {tally.valueTotals.map((v) => (
                <li key={v.currency} className="text-3xl font-bold break-words tabular-nums text-white lg:text-4xl">
                  {formatMoney(v.totalMinor, v.currency, locale)}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-4 text-base text-slate-400">{t.valuesNote}</p>
        </section>
      </div>
    </div>
  );
}

function Total({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="min-w-0 rounded-3xl bg-gradient-to-br from-sky-900 to-slate-900 p-6 text-center ring-1 ring-sky-400/30 sm:p-8">
      <p className="text-2xl font-medium text-sky-100 lg:text-3xl">{label}</p>
      <p data-testid={testId} className="mt-2 text-8xl font-black tabular-nums text-white lg:text-[10rem] lg:leading-none">
        {value}
      </p>
    </div>
  );
}
