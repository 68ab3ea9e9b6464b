import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { InlineForm } from "@/components/admin/inline-form";
import { OrganizationForm } from "@/components/admin/organization-form";
import { localizedValues } from "@/components/organizer/initial-values";
import { textPicker } from "@/components/organizer/pick";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { listOrganizations } from "@/server/admin/list-organizations";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createOrganizationAction, setOrganizationActiveAction, updateOrganizationAction } from "./actions";

const HERE = "/organizer/admin/organizations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.organizations"))("metaTitle"), robots: { index: false } };
}

export default async function OrganizationsPage() {
  const orgs = pageData(await listOrganizations(await pageActor(HERE)), HERE);
  const t = await getTranslations("admin");
  const text = textPicker((await getLocale()) as Locale);
  return (
    <>
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("organizations.title")}
        lead={t("organizations.lead")}
        actions={<AdminNav current="organizations" />}
      />
      {orgs.length === 0 && <p className="text-stone-600">{t("organizations.empty")}</p>}
      <ul className="space-y-3">
        {orgs.map((o) => (
          <li key={o.id}>
            <Card className="space-y-3 p-4 sm:p-5">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-semibold text-stone-900">{text(o.name)}</h2>
                <Badge tone={o.active ? "brand" : "muted"}>{o.active ? t("active") : t("inactive")}</Badge>
                <span className="text-sm text-stone-600">
                  <span className="font-mono">{o.slug}</span> · {o.country} ·{" "}
                  {t("organizations.counts", { members: o.members, events: o.events })}
                </span>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <Link
                  href={`/organizer/organizations/${o.id}/people`}
                  className="text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                >
                  {t("organizations.people")}
                </Link>
                <InlineForm
                  action={setOrganizationActiveAction}
                  hidden={{ organizationId: o.id, version: String(o.version), active: String(!o.active) }}
                  submit={o.active ? t("deactivate") : t("reactivate")}
                />
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-medium text-stone-800">{t("organizations.rename")}</summary>
                <div className="mt-3">
                  <OrganizationForm
                    action={updateOrganizationAction}
                    initial={{ organizationId: o.id, version: String(o.version), country: o.country, ...localizedValues("name", o.name) }}
                  />
                </div>
              </details>
            </Card>
          </li>
        ))}
      </ul>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("organizations.create")}</h2>
        <OrganizationForm action={createOrganizationAction} initial={{}} />
      </Card>
    </>
  );
}
