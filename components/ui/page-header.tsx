import type { ReactNode } from "react";
import { cx } from "./cx";

/** A page's heading block: optional eyebrow and badges, the h1, a lead paragraph, actions. */
export function PageHeader({
  eyebrow,
  title,
  titleLang,
  lead,
  meta,
  actions,
  className,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  titleLang?: string;
  lead?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <header className={cx("space-y-4", className)}>
      {eyebrow && <div className="flex flex-wrap items-center gap-2 text-sm font-semibold tracking-wide text-brand-700">{eyebrow}</div>}
      <h1
        lang={titleLang}
        className="max-w-4xl text-3xl leading-tight font-bold tracking-tight text-balance text-stone-900 sm:text-4xl lg:text-5xl lg:leading-tight"
      >
        {title}
      </h1>
      {lead && <div className="max-w-3xl text-lg leading-relaxed text-stone-600">{lead}</div>}
      {meta}
      {actions && <div className="flex flex-wrap gap-3 pt-2">{actions}</div>}
    </header>
  );
}
