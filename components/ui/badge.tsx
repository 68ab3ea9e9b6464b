import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "brand" | "live" | "accent" | "muted";

// Colour pairs chosen for at least 4.5:1 contrast of text on background.
const TONES: Record<BadgeTone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-200",
  brand: "bg-brand-50 text-brand-700 ring-brand-100",
  live: "bg-red-50 text-red-700 ring-red-200",
  accent: "bg-amber-50 text-amber-800 ring-amber-200",
  muted: "bg-white text-stone-600 ring-stone-200",
};

export function Badge({
  tone = "neutral",
  children,
  className,
  title,
  lang,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
  title?: string;
  lang?: string;
}) {
  return (
    <span
      title={title}
      lang={lang}
      className={cx(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
        className,
      )}
    >
      {tone === "live" && <span aria-hidden className="size-1.5 rounded-full bg-red-600" />}
      {children}
    </span>
  );
}
