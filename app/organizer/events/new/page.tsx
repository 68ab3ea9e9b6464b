import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/organizer/event-form";
import { textPicker } from "@/components/organizer/pick";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { listMyOrganizations } from "@/server/organizer/events/list-my-organizations";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createEventAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer.event"))("newTitle") };
}

export default async function NewEventPage() {
  const actor = await pageActor("/organizer/events/new");
  const orgs = pageData(await listMyOrganizations(actor), "/organizer/events/new");
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale);
  return (
    <>
      <PageHeader eyebrow={t("workspace")} title={t("event.newTitle")} />
      <EventForm
        action={createEventAction}
        organizations={orgs.map((o) => ({ id: o.id, name: text(o.name) }))}
        initial={{
          organizationId: orgs[0]?.id ?? "",
          "languages[]": ["en", "zh", "ja"],
          primaryTimeZone: "Asia/Shanghai",
          publicSignUp: "on",
        }}
      />
    </>
  );
}
