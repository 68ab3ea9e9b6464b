import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { OutcomeForm } from "@/components/agreements/outcome-form";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { workspaceOptions } from "@/components/agreements/workspace-options";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { listOutcomes } from "@/server/outcomes/list-outcomes";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createOutcomeAction, updateOutcomeAction } from "./actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };
const lang3 = (prefix: string, v: Partial<Record<string, string>> | null) =>
  Object.fromEntries(["en", "zh", "ja"].map((l) => [`${prefix}.${l}`, v?.[l] ?? ""]));

export const generateMetadata = eventPageMetadata("organizer.nav.outcomes");

export default async function OutcomesPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/outcomes`;
  const actor = await pageActor(here);
  const ws = pageData(await getAgreementWorkspace(actor, { eventId }), here);
  const { items } = pageData(await listOutcomes(actor, { eventId }), here);
  const t = await getTranslations("agreements");
  const locale = (await getLocale()) as Locale;
  const o = workspaceOptions(ws, locale);
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="outcomes" />
      <PageHeader eyebrow={o.title} title={t("outcomes.title")} lead={t("outcomes.lead")} />
      {items.length === 0 && <p className="text-stone-600">{t("outcomes.empty")}</p>}
      <ul className="space-y-4">
        {items.map((item) => {
          const title = pickText(item.title, locale, ws.event.languages);
          return (
            <li key={item.id}>
              <Card className="space-y-3">
                <details>
                  <summary className="cursor-pointer text-lg font-semibold">
                    <span lang={title.lang}>{title.text}</span> <Badge tone="brand">{t(`outcomes.${item.kind}`)}</Badge>{" "}
                    {item.visibility === "INTERNAL" && <Badge>{t("visibility.INTERNAL")}</Badge>}
                  </summary>
                  {ws.canWrite && (
                    <div className="mt-4">
                      <OutcomeForm
                        action={updateOutcomeAction}
                        sectors={o.sectors}
                        initial={{
                          eventId,
                          id: item.id,
                          version: String(item.version),
                          kind: item.kind,
                          sector: item.sector ?? "",
                          visibility: item.visibility,
                          ...lang3("title", item.title),
                          ...lang3("description", item.description),
                        }}
                      />
                    </div>
                  )}
                </details>
              </Card>
            </li>
          );
        })}
      </ul>
      {ws.canWrite && (
        <Card className="space-y-4">
          <h2 className="text-xl font-semibold">{t("outcomes.new")}</h2>
          <OutcomeForm
            action={createOutcomeAction}
            sectors={o.sectors}
            initial={{ eventId, idempotencyKey: randomUUID(), kind: "PROGRAMME", visibility: "PUBLIC" }}
          />
        </Card>
      )}
    </>
  );
}
