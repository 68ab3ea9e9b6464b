import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listOutbox } from "@/server/mail/list-outbox";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";

const HERE = "/organizer/admin/outbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mail.outbox");
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function OutboxPage() {
  const rows = pageData(await listOutbox(await pageActor(HERE)), HERE);
  const t = await getTranslations("mail.outbox");
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-2xl border border-stone-200 bg-white p-4">
              <h2 className="font-semibold text-stone-900">{r.subject}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-stone-700">
                <dt className="font-medium">{t("to")}</dt>
                <dd>
                  {r.to} ({r.locale})
                </dd>
                <dt className="font-medium">{t("kind")}</dt>
                <dd>{r.kind}</dd>
                <dt className="font-medium">{t("status")}</dt>
                <dd>
                  {t(`status${r.status}`)} · {t("attempts")}: {r.attempts}
                </dd>
                <dt className="font-medium">{t("created")}</dt>
                <dd className="font-mono text-xs">{r.createdAt.slice(0, 19).replace("T", " ")} UTC</dd>
                {r.lastError && (
                  <>
                    <dt className="font-medium">{t("lastError")}</dt>
                    <dd className="text-red-800">{r.lastError}</dd>
                  </>
                )}
              </dl>
              {r.text ? (
                <pre className="mt-3 overflow-x-auto rounded-lg bg-stone-50 p-3 text-sm whitespace-pre-wrap text-stone-800">{r.text}</pre>
              ) : (
                <p className="mt-3 text-sm text-stone-600">{t("sentContentDropped")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
