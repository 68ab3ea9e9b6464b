import { getLocale } from "next-intl/server";
import { ReaderTimeFillEffect } from "./reader-time-fill-effect";

// Fills in "Your time" beside every session in the browser, from the browser's own time
// zone, when the reader has not chosen one (?tz=). The server renders an empty, hidden slot
// per session (components/agenda/session-times.tsx) with the session's instants and the
// translated labels; nothing is re-rendered or re-fetched. Without JavaScript the slots
// stay hidden and the reader can type a zone in the filter form. Switching the language in
// place re-renders the slots' labels (data-label) but not what was filled in, so the fill
// runs again for every language (the locale is the island's only prop).

export async function ReaderTimeFill() {
  return <ReaderTimeFillEffect locale={await getLocale()} />;
}
