import type { Locale } from "./locales";

// Chinese and Japanese text uses full-width punctuation: lists are joined with the
// enumeration comma "、" and a label ends in the full-width colon "：" ("实时转播至：东京、大阪").

const FULL_WIDTH: readonly Locale[] = ["zh", "ja"];

export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(FULL_WIDTH.includes(locale) ? "、" : ", ");
}

/** "Relayed live to: Tokyo, Osaka" / "实时转播至：东京、大阪". */
export function labelled(label: string, value: string, locale: Locale): string {
  return FULL_WIDTH.includes(locale) ? `${label}：${value}` : `${label}: ${value}`;
}

/** "Jinan (host venue)" / "济南（主会场）". */
export function parenthesized(text: string, locale: Locale): string {
  return FULL_WIDTH.includes(locale) ? `（${text}）` : ` (${text})`;
}
