// The event's web address suggested from its title as the organizer types. Latin titles give
// their words ("Dialogue with Shandong 2020" → "dialogue-with-shandong-2020"); a title with no
// Latin letters or digits (Chinese or Japanese only) is not transliterated — readings are
// ambiguous — so the English title is used when there is one, else "event-<first day>".
const MAX = 60;

export function slugFromText(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > MAX ? slug.slice(0, MAX).replace(/-[^-]*$/, "") || slug.slice(0, MAX) : slug;
}

export function suggestSlug(titles: { en?: string; zh?: string; ja?: string }, startDate?: string): string {
  for (const text of [titles.en, titles.zh, titles.ja]) {
    const slug = text ? slugFromText(text) : "";
    if (slug.length >= 3 && /[a-z]/.test(slug)) return slug;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(startDate ?? "") ? `event-${startDate}` : "event";
}
