import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { InlineForm } from "@/components/admin/inline-form";
import { inputClasses } from "@/components/auth/field-styles";
import { textPicker } from "@/components/organizer/pick";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { MEMBER_ROLES, USER_ROLES } from "@/lib/validation/admin-schemas";
import { listOrganizations } from "@/server/admin/list-organizations";
import { searchUsers } from "@/server/admin/search-users";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import {
  addMembershipAction,
  changeMembershipRoleAction,
  changeUserRoleAction,
  removeMembershipAction,
  setUserActiveAction,
} from "./actions";

const HERE = "/organizer/admin/users";
type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("metaTitle"), robots: { index: false } };
}

export default async function UsersPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await pageActor(HERE);
  const result = pageData(await searchUsers(actor, { q: one(params.q).slice(0, 254), page: one(params.page) || "1" }), HERE);
  const orgs = pageData(await listOrganizations(actor), HERE);
  const t = await getTranslations("admin");
  const text = textPicker((await getLocale()) as Locale);
  const pageLink = (page: number) => `${HERE}?${new URLSearchParams({ ...(result.q ? { q: result.q } : {}), page: String(page) })}`;
  const memberRoleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: t(`users.memberRoles.${r}`) }));
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("users.title")} lead={t("users.lead")} actions={<AdminNav current="users" />} />
      <form method="get" action={HERE} role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="user-search" className="block text-sm font-medium text-stone-800">
            {t("users.search")}
          </label>
          <input id="user-search" name="q" type="search" defaultValue={result.q} className={inputClasses(false)} />
        </div>
        <Button type="submit">{t("users.searchButton")}</Button>
      </form>
      <p role="status" className="text-sm text-stone-700">
        {t("users.results", { total: result.total })}{" "}
        {result.total > 0 && `· ${t("users.pageOf", { page: result.page, pages: result.pages })}`}
      </p>
      <ul className="space-y-3">
        {result.users.map((u) => {
          const joined = new Set(u.memberships.map((m) => m.organizationId));
          const addable = orgs.filter((o) => !joined.has(o.id));
          return (
            <li key={u.id}>
              <Card className="space-y-4 p-4 sm:p-5">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold text-stone-900">{u.name}</h2>
                  <span className="text-sm break-all text-stone-600">{u.email}</span>
                  <Badge tone="neutral">{t(`users.roles.${u.role}`)}</Badge>
                  <Badge tone={u.active ? "brand" : "muted"}>{u.active ? t("active") : t("inactive")}</Badge>
                  {!u.emailVerified && <Badge tone="accent">{t("users.unverified")}</Badge>}
                </div>
                <div className="flex flex-wrap items-end gap-6">
                  <InlineForm
                    action={changeUserRoleAction}
                    hidden={{ userId: u.id, version: String(u.version) }}
                    selects={[
                      {
                        name: "role",
                        label: t("users.role"),
                        value: u.role,
                        options: USER_ROLES.map((r) => ({ value: r, label: t(`users.roles.${r}`) })),
                      },
                    ]}
                    submit={t("users.changeRole")}
                  />
                  <InlineForm
                    action={setUserActiveAction}
                    hidden={{ userId: u.id, version: String(u.version), active: String(!u.active) }}
                    submit={u.active ? t("deactivate") : t("reactivate")}
                  />
                </div>
                <section aria-label={`${t("users.memberships")}: ${u.name}`} className="space-y-2">
                  <h3 className="text-sm font-semibold text-stone-800">{t("users.memberships")}</h3>
                  {u.memberships.length === 0 && <p className="text-sm text-stone-600">{t("users.noMemberships")}</p>}
                  <ul className="space-y-2">
                    {u.memberships.map((m) => (
                      <li key={m.id} className="flex flex-wrap items-end gap-3 rounded-lg bg-stone-50 p-3">
                        <InlineForm
                          action={changeMembershipRoleAction}
                          hidden={{ membershipId: m.id, version: String(m.version) }}
                          selects={[
                            {
                              name: "role",
                              label: t("users.memberRole", { organization: text(m.organizationName) }),
                              value: m.role,
                              options: memberRoleOptions,
                            },
                          ]}
                          submit={t("users.changeRole")}
                        />
                        <InlineForm
                          action={removeMembershipAction}
                          hidden={{ membershipId: m.id, version: String(m.version) }}
                          submit={t("users.remove")}
                          variant="ghost"
                        />
                      </li>
                    ))}
                  </ul>
                  {addable.length > 0 && (
                    <InlineForm
                      action={addMembershipAction}
                      hidden={{ email: u.email }}
                      selects={[
                        {
                          name: "organizationId",
                          label: t("users.organization"),
                          value: addable[0].id,
                          options: addable.map((o) => ({ value: o.id, label: text(o.name) })),
                        },
                        { name: "role", label: t("users.role"), value: "ORGANIZER", options: memberRoleOptions },
                      ]}
                      submit={t("users.addTo")}
                    />
                  )}
                </section>
              </Card>
            </li>
          );
        })}
      </ul>
      {result.pages > 1 && (
        <nav aria-label={t("users.pagination")} className="flex flex-wrap gap-3">
          {result.page > 1 && (
            <Link href={pageLink(result.page - 1)} className="font-semibold text-brand-700 underline">
              {t("users.previous")}
            </Link>
          )}
          {result.page < result.pages && (
            <Link href={pageLink(result.page + 1)} className="font-semibold text-brand-700 underline">
              {t("users.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
