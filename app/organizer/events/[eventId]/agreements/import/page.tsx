import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/agreements/import-form";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { importAgreementsAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("agreements.import.title");

export default async function ImportAgreementsPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/agreements/import`;
  const ws = pageData(await getAgreementWorkspace(await pageActor(here), { eventId }), here);
  if (!ws.canWrite) notFound();
  const t = await getTranslations("agreements.import");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="agreements" />
      <PageHeader eyebrow={pickText(ws.event.title, locale, ws.event.languages).text} title={t("title")} lead={t("lead")} />
      <Card>
        <ImportForm action={importAgreementsAction} eventId={eventId} />
      </Card>
    </>
  );
}
