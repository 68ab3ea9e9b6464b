import { Localized, type FallbackLabels } from "@/components/events/localized";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";

export interface ContentMode {
  locale: Locale;
  /** Two languages side by side (e.g. 中文 | 日本語) instead of the UI locale. */
  bilingual: [Locale, Locale] | null;
  /** The event's content languages in order; the first is the visible fallback. */
  languages: readonly string[];
  labels: FallbackLabels;
}

/** A content field in the reader's language, or in two languages side by side. */
export function ContentText({ value, mode, block }: { value: unknown; mode: ContentMode; block?: boolean }) {
  if (!mode.bilingual) return <Localized picked={pickText(value, mode.locale, mode.languages)} labels={mode.labels} />;
  const [a, b] = mode.bilingual.map((lang) => pickText(value, lang, mode.languages));
  const Tag = block ? "div" : "span";
  // The same text twice (both fell back to one language) is shown once.
  if (a.text === b.text) return <Localized picked={a} labels={mode.labels} />;
  return (
    <Tag className={block ? "grid gap-3 sm:grid-cols-2" : "inline-flex flex-wrap gap-x-2"}>
      <Tag lang={htmlLang(a.lang)}>
        <Localized picked={a} labels={mode.labels} />
      </Tag>
      {!block && (
        <span aria-hidden className="text-stone-400">
          |
        </span>
      )}
      <Tag lang={htmlLang(b.lang)} className={block ? "border-stone-200 sm:border-l sm:pl-3" : undefined}>
        <Localized picked={b} labels={mode.labels} />
      </Tag>
    </Tag>
  );
}
