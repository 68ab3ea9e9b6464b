import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartyUpdateForm } from "@/components/ledger/party-update-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import { htmlLang } from "@/lib/i18n/html-lang";
import { pickText } from "@/lib/i18n/localized-text";
import { describeUpdateLink } from "@/server/ledger/describe-update-link";
import { submitPartyUpdateAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's URL: never send it on as a Referer, never index it.
  return { title: (await getTranslations("ledger.report"))("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

// A party contact reports a milestone in the link's language, without an account.
export default async function ReportProgressPage({ params }: Props) {
  const { token } = await params;
  const link = await describeUpdateLink(token);
  if (!link) notFound();
  const lang = link.locale;
  const t = await getTranslations({ locale: lang, namespace: "ledger.report" });
  const tm = await getTranslations({ locale: lang, namespace: "ledger.milestone" });
  return (
    <div lang={htmlLang(lang)} className="mx-auto max-w-xl px-4 py-10">
      <Card as="section" aria-labelledby="report-title" className="space-y-4">
        <p className="text-sm text-stone-600">{pickText(link.eventTitle, lang).text}</p>
        <h1 id="report-title" className="text-2xl font-semibold">
          {pickText(link.agreementTitle, lang).text}
        </h1>
        <p>{t("intro", { name: link.contactName })}</p>
        <IntlIsland namespaces={["organizer"]}>
          <PartyUpdateForm
            action={submitPartyUpdateAction}
            token={token}
            submissionKey={randomUUID()}
            types={link.types.map((ty) => ({ key: ty.key, label: pickText(ty.name, lang).text }))}
            labels={{
              milestone: tm("type"),
              doneOn: tm("doneOn"),
              note: tm("note"),
              evidenceUrl: tm("evidenceUrl"),
              submit: t("submit"),
              thanks: t("thanks"),
            }}
          />
        </IntlIsland>
      </Card>
    </div>
  );
}
