import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { PickedText } from "@/lib/i18n/localized-text";

export interface FallbackLabels {
  /** Short marker, e.g. "Shown in 中文"; receives the language's own name. */
  marker: (language: string) => string;
  /** Longer explanation for the tooltip. */
  title: (language: string) => string;
}

/**
 * Content text in whatever language pickText found, tagged with its lang so it is read
 * and drawn correctly, plus a visible marker when it is not in the reader's language.
 */
export function Localized({ picked, labels, markerClassName }: { picked: PickedText; labels: FallbackLabels; markerClassName?: string }) {
  const language = LOCALE_NAMES[picked.lang];
  return (
    <>
      <span lang={htmlLang(picked.lang)}>{picked.text}</span>
      {picked.isFallback && (
        <>
          {" "}
          {/* Badge's accent tone as one short class (globals.css): a long agenda has one per session. */}
          <span title={labels.title(language)} className={markerClassName ? `fallback-mark ${markerClassName}` : "fallback-mark"}>
            <LanguageNamed text={labels.marker(language)} name={language} lang={htmlLang(picked.lang)} />
          </span>
        </>
      )}
    </>
  );
}

/** `text` with the language's own name in it tagged with that language ("Shown in <span lang=zh-Hans>中文</span>"). */
function LanguageNamed({ text, name, lang }: { text: string; name: string; lang: string }) {
  const at = text.indexOf(name);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang={lang}>{name}</span>
      {text.slice(at + name.length)}
    </>
  );
}
