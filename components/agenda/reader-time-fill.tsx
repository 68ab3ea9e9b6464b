import { getLocale, getTranslations } from "next-intl/server";
import { READER_TIME_MODEL } from "./reader-time";
import { ReaderTimeFillEffect } from "./reader-time-fill-effect";

// Fills in "Your time" beside every session in the browser, from the browser's own time
// zone, when the reader has not chosen one (?tz=). The server renders an empty, hidden slot
// per session (components/agenda/session-times.tsx) holding only the session's instants, and
// once per page the model below: the translated labels and the line's markup, which the
// browser copies into each slot it fills (a 300-session agenda does not repeat them 300
// times in its HTML and payload). Nothing is re-rendered or re-fetched. Without JavaScript
// the slots stay hidden and the reader can type a zone in the filter form. Switching the
// language in place re-renders the model's labels, so the fill runs again for every language
// (the locale is the island's only prop).

export async function ReaderTimeFill() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("agenda.times")]);
  return (
    <>
      <div
        hidden
        id={READER_TIME_MODEL}
        data-label={t("yourTime", { zone: "{zone}" })}
        data-next={t("nextDay")}
        data-previous={t("previousDay")}
        className="mt-1 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-brand-900"
      >
        <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-700">
          <span data-part="time" className="tabular-nums" />
          <span data-part="shift" className="text-xs font-medium text-amber-800" />
          <span data-part="label" className="text-stone-600" />
        </div>
      </div>
      <ReaderTimeFillEffect locale={locale} />
    </>
  );
}
