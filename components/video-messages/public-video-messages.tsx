import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { PublicVideoMessage } from "@/server/video-messages/list-public-video-messages";
import { clockDuration } from "./format-duration";
import { personLabel, textLabel } from "./labels";

/**
 * The event page's video-message section. Renders nothing when there is nothing public
 * (the server function already returns [] unless the organizer made videos public).
 * Videos never autoplay; captions are offered as tracks, the reader's language first.
 */
export function PublicVideoMessages({ messages, languages }: { messages: PublicVideoMessage[]; languages: string[] }) {
  const t = useTranslations("videos.public");
  const locale = useLocale() as Locale;
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="video-messages-heading" className="space-y-4">
      <h2 id="video-messages-heading" className="text-2xl font-bold text-stone-900">
        {t("title")}
      </h2>
      <p className="text-stone-600">{t("lead")}</p>
      <ul className="grid gap-6 md:grid-cols-2">
        {messages.map((m) => {
          const title = pickText(m.title, locale, languages);
          const tracks = [...m.captions].sort((a, b) => Number(b.language === locale) - Number(a.language === locale));
          return (
            <li key={m.id}>
              <Card className="space-y-3">
                <h3 className="text-lg font-semibold" lang={title.lang}>
                  {title.text}
                </h3>
                <p className="text-sm text-stone-700">
                  {personLabel(m.person, locale, languages)}
                  {textLabel(m.person.title, locale, languages) && ` · ${textLabel(m.person.title, locale, languages)}`} ·{" "}
                  {clockDuration(m.durationSec)}
                </p>
                {m.src?.kind === "file" ? (
                  <video className="aspect-video w-full rounded-lg bg-black" src={m.src.url} controls preload="metadata" playsInline>
                    {tracks.map((c, i) => (
                      <track
                        key={c.url}
                        kind="captions"
                        srcLang={c.language}
                        label={isLocale(c.language) ? LOCALE_NAMES[c.language] : c.language}
                        src={c.url}
                        default={i === 0}
                      />
                    ))}
                  </video>
                ) : m.src?.kind === "link" ? (
                  <a
                    className="inline-flex min-h-11 items-center text-brand-700 underline"
                    href={m.src.url}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {t("watch")}
                  </a>
                ) : null}
                {m.src?.kind !== "file" && m.captions.length > 0 && (
                  <p className="text-sm">
                    {t("captions")}:{" "}
                    {m.captions.map((c) => (
                      <a
                        key={c.url}
                        className="mr-3 inline-flex min-h-6 items-center text-brand-700 underline"
                        href={c.url}
                        lang={isLocale(c.language) ? htmlLang(c.language) : undefined}
                      >
                        {isLocale(c.language) ? LOCALE_NAMES[c.language] : c.language}
                      </a>
                    ))}
                  </p>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
