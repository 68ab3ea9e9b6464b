import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

// A plain form posting to a server action, so bookmarking works without JavaScript.
// It sends the wanted state, so a double submit cannot undo itself.
export async function BookmarkButton({
  sessionId,
  title,
  bookmarked,
  action,
  returnTo,
}: {
  sessionId: string;
  title: string;
  bookmarked: boolean;
  action: (formData: FormData) => Promise<void>;
  returnTo: string;
}) {
  const t = await getTranslations("agenda.bookmark");
  return (
    <form action={action} className="agenda-no-print">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="bookmarked" value={bookmarked ? "false" : "true"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {/* The name starts with the visible text (WCAG 2.5.3, label in name); the session's title follows for screen readers. */}
      <button
        type="submit"
        aria-pressed={bookmarked}
        className={buttonClasses(bookmarked ? "primary" : "secondary", "min-h-9 px-3 py-1 text-xs")}
      >
        <span aria-hidden>{bookmarked ? "★" : "☆"}</span>
        {bookmarked ? t("saved") : t("add")}
        <span className="sr-only">{t("sessionSuffix", { title })}</span>
      </button>
    </form>
  );
}
