import "server-only";
import { languageOptions, personLabel, textLabel } from "@/components/video-messages/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { VideoMessageFormData } from "@/server/video-messages/get-video-message-form";

/** The select options and languages the form shows, as plain strings in the reader's language. */
export function formOptions(data: VideoMessageFormData, locale: Locale) {
  const langs = data.event.languages;
  return {
    languages: languageOptions(langs),
    people: data.people.map((p) => ({ value: p.id, label: `${personLabel(p, locale, langs)}${p.isVip ? " ★" : ""}` })),
    sessions: data.sessions.map((s) => ({ value: s.id, label: textLabel(s.title, locale, langs) })),
  };
}
