import Link from "@/components/ui/link";
import { focusRing } from "./focus";

/** Previous / "page N of M" / next, as links (the page number lives in the URL); nothing for one page. */
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pages <= 1) return null;
  const link = `font-semibold text-brand-700 underline ${focusRing}`;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={link}>
          {labels.previous}
        </Link>
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={link}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
