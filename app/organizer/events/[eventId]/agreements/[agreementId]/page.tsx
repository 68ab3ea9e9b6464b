import { getLocale, getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { StatusForm } from "@/components/agreements/status-form";
import { workspaceOptions } from "@/components/agreements/workspace-options";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { allowedNextStatuses, type AgreementStatusCode } from "@/lib/agreements/agreement-enums";
import { minorToDecimal } from "@/lib/agreements/money";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { utcToLocal } from "@/lib/time";
import { getAgreement } from "@/server/agreements/get-agreement";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { notFound } from "next/navigation";
import { changeAgreementStatusAction, updateAgreementAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";
import { FollowUpPanel } from "@/components/ledger/follow-up-panel";
import { getAgreementFollowUp } from "@/server/ledger/get-agreement-follow-up";
import {
  createUpdateLinkAction,
  decidePartyUpdateAction,
  revokeUpdateLinkAction,
  saveFundsAction,
  saveMilestoneAction,
  setFollowUpOwnerAction,
} from "./actions";

type Props = { params: Promise<{ eventId: string; agreementId: string }> };

const lang3 = (prefix: string, v: Partial<Record<string, string>> | null) =>
  Object.fromEntries(["en", "zh", "ja"].map((l) => [`${prefix}.${l}`, v?.[l] ?? ""]));

export const generateMetadata = eventPageMetadata("agreements.form.editTitle");

export default async function EditAgreementPage({ params }: Props) {
  const { eventId, agreementId } = await params;
  const here = `/organizer/events/${eventId}/agreements/${agreementId}`;
  const actor = await pageActor(here);
  const ws = pageData(await getAgreementWorkspace(actor, { eventId }), here);
  const a = pageData(await getAgreement(actor, { id: agreementId }), here);
  if (a.eventId !== eventId) notFound();
  const followUp = pageData(await getAgreementFollowUp(actor, { agreementId }), here);
  const t = await getTranslations("agreements");
  const locale = (await getLocale()) as Locale;
  const o = workspaceOptions(ws, locale);
  const zone = a.venue?.timeZone ?? ws.event.primaryTimeZone;
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="agreements" />
      <PageHeader
        eyebrow={o.title}
        title={pickText(a.title, locale, ws.event.languages).text}
        meta={
          <div className="flex gap-2">
            <Badge tone={a.status === "CANCELLED" ? "muted" : "brand"}>{t(`status.${a.status}`)}</Badge>
            <Badge>{t(`visibility.${a.visibility}`)}</Badge>
          </div>
        }
      />
      {ws.canWrite ? (
        <>
          <Card className="space-y-3">
            <h2 className="text-lg font-semibold">{t("statusChange.title")}</h2>
            <StatusForm
              action={changeAgreementStatusAction}
              id={a.id}
              version={a.version}
              next={allowedNextStatuses(a.status as AgreementStatusCode)}
            />
          </Card>
          <Card>
            <AgreementForm
              action={updateAgreementAction}
              initial={{
                eventId,
                id: a.id,
                version: String(a.version),
                sector: a.sector,
                type: a.type,
                visibility: a.visibility,
                ...lang3("title", a.title),
                ...lang3("cityA", a.cityA),
                ...lang3("cityB", a.cityB),
                value: a.valueMinor && a.currency ? minorToDecimal(a.valueMinor, a.currency) : "",
                currency: a.currency ?? "",
                venueId: a.venueId ?? "",
                sessionId: a.sessionId ?? "",
                signedAtLocal: a.signedAt ? utcToLocal(a.signedAt, zone) : "",
                "partiesA[]": a.parties.filter((p) => p.side === "A").map((p) => p.id),
                "partiesB[]": a.parties.filter((p) => p.side === "B").map((p) => p.id),
              }}
              {...o}
            />
          </Card>
        </>
      ) : (
        <p className="text-stone-600">{t("list.readOnly")}</p>
      )}
      <FollowUpPanel
        agreementId={a.id}
        view={followUp}
        locale={locale}
        actions={{
          milestone: saveMilestoneAction,
          funds: saveFundsAction,
          owner: setFollowUpOwnerAction,
          createLink: createUpdateLinkAction,
          revokeLink: revokeUpdateLinkAction,
          decide: decidePartyUpdateAction,
        }}
      />
    </>
  );
}
