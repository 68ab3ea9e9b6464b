import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { workspaceOptions } from "@/components/agreements/workspace-options";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createAgreementAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("agreements.form.newTitle");

export default async function NewAgreementPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/agreements/new`;
  const ws = pageData(await getAgreementWorkspace(await pageActor(here), { eventId }), here);
  if (!ws.canWrite) notFound();
  const t = await getTranslations("agreements");
  const o = workspaceOptions(ws, (await getLocale()) as Locale);
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="agreements" />
      <PageHeader eyebrow={o.title} title={t("form.newTitle")} />
      <Card>
        <AgreementForm
          action={createAgreementAction}
          // A fresh key per rendered form: resubmitting this form can only ever create one row.
          initial={{
            eventId,
            idempotencyKey: randomUUID(),
            sector: "medical-health",
            type: "MOU",
            status: "SIGNED",
            visibility: "PUBLIC",
            "partiesA[]": [],
            "partiesB[]": [],
          }}
          {...o}
        />
      </Card>
    </>
  );
}
