import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

const PAGES = [
  { key: "organizations", href: "/organizer/admin/organizations" },
  { key: "users", href: "/organizer/admin/users" },
  { key: "outbox", href: "/organizer/admin/outbox" },
] as const;

/** Links between the administration pages; the current one is marked. */
export async function AdminNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  const t = await getTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2">
      {PAGES.map((p) => (
        <ButtonLink
          key={p.key}
          href={p.href}
          variant={p.key === current ? "primary" : "secondary"}
          aria-current={p.key === current ? "page" : undefined}
        >
          {t(p.key)}
        </ButtonLink>
      ))}
    </nav>
  );
}
