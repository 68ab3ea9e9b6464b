import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedValues, checked, str } from "@/components/organizer/initial-values";
import { PersonForm } from "@/components/organizer/person-form";
import { textPicker } from "@/components/organizer/pick";
import { formatPersonName } from "@/lib/i18n/person-name";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { listMyOrganizations } from "@/server/organizer/events/list-my-organizations";
import { listPeople } from "@/server/organizer/people/list-people";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createPersonAction, updatePersonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer.person"))("title") };
}

export default async function PeoplePage() {
  const actor = await pageActor("/organizer/people");
  const people = pageData(await listPeople(actor, {}), "/organizer/people");
  const orgs = pageData(await listMyOrganizations(actor), "/organizer/people");
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale);
  return (
    <>
      <PageHeader
        eyebrow={t("workspace")}
        title={t("person.title")}
        lead={t("person.lead")}
        actions={
          <ButtonLink href="/organizer" variant="secondary">
            {t("nav.back")}
          </ButtonLink>
        }
      />
      {people.length === 0 && <p className="text-stone-600">{t("person.empty")}</p>}
      <ul className="space-y-3">
        {people.map((p) => (
          <li key={p.id}>
            <Card className="p-4 sm:p-5">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">{formatPersonName(text(p.name), text(p.honorific))}</span>
                  {text(p.title) && <span className="text-stone-600"> · {text(p.title)}</span>}{" "}
                  {p.isVip && <Badge tone="accent">{t("person.isVip")}</Badge>}{" "}
                  <span className="text-xs text-stone-500">#{p.precedence}</span>
                </summary>
                <div className="mt-4">
                  <PersonForm
                    action={updatePersonAction}
                    initial={{
                      personId: p.id,
                      version: String(p.version),
                      ...localizedValues("name", p.name),
                      ...localizedValues("honorific", p.honorific),
                      ...localizedValues("title", p.title),
                      ...localizedValues("affiliation", p.affiliation),
                      country: str(p.country),
                      side: str(p.side),
                      precedence: str(p.precedence),
                      isVip: checked(p.isVip),
                    }}
                  />
                </div>
              </details>
            </Card>
          </li>
        ))}
      </ul>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("person.add")}</h2>
        <PersonForm
          action={createPersonAction}
          organizations={orgs.map((o) => ({ id: o.id, name: text(o.name) }))}
          initial={{ organizationId: orgs[0]?.id ?? "" }}
        />
      </Card>
    </>
  );
}
