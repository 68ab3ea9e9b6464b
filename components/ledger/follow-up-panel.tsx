import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { minorToDecimal } from "@/lib/agreements/money";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { AgreementFollowUpView } from "@/server/ledger/get-agreement-follow-up";
import type { FormAction } from "@/components/organizer/use-organizer-form";
import { FundsForm } from "./funds-form";
import { MilestoneForm } from "./milestone-form";
import { EvidenceFile } from "./evidence-file";
import { OwnerForm } from "./owner-form";
import { DecideUpdateForm } from "./decide-update-form";
import { RevokeLinkForm } from "./revoke-link-form";
import { UpdateLinkForm } from "./update-link-form";

type Actions = {
  milestone: FormAction;
  funds: FormAction;
  owner: FormAction;
  createLink: FormAction;
  revokeLink: FormAction;
  decide: FormAction;
};

/** An instant with its zone printed: links expire at a moment, shown in UTC. */
const utc = (d: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "zh" ? "zh-Hans" : locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(d);

/** The agreement's follow-up on its workspace page: owner, milestones, funds per currency. */
export async function FollowUpPanel({
  agreementId,
  view,
  locale,
  actions,
}: {
  agreementId: string;
  view: AgreementFollowUpView;
  locale: Locale;
  actions: Actions;
}) {
  const t = await getTranslations("ledger");
  const tl = await getTranslations("ledger.links");
  const typeLabel = new Map(view.types.map((ty) => [ty.key, pickText(ty.name, locale).text]));
  const types = view.types.map((ty) => ({ key: ty.key, label: typeLabel.get(ty.key) ?? ty.key }));
  const ownerName = view.organizers.find((o) => o.id === view.owner.id)?.name;
  const blank = { agreementId, id: "", version: "0", typeKey: types[0]?.key ?? "", dueOn: "", doneOn: "", note: "", evidenceUrl: "" };
  return (
    <Card className="space-y-6" aria-labelledby="follow-up-title">
      <div>
        <h2 id="follow-up-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-stone-600">{t("lead")}</p>
      </div>
      <section className="space-y-2">
        <h3 className="font-semibold">{t("owner.title")}</h3>
        {view.canWrite ? (
          <OwnerForm
            action={actions.owner}
            agreementId={agreementId}
            ownerId={view.owner.id ?? ""}
            version={view.owner.version}
            organizers={view.organizers}
          />
        ) : (
          <p>{ownerName ?? t("owner.none")}</p>
        )}
      </section>
      <section className="space-y-3">
        <h3 className="font-semibold">{t("milestone.title")}</h3>
        {view.milestones.length === 0 && <p className="text-sm text-stone-600">{t("milestone.empty")}</p>}
        {view.milestones.map((m) => {
          const label = typeLabel.get(m.typeKey) ?? m.typeKey;
          return view.canWrite ? (
            <div key={m.id} className="rounded-xl border border-stone-200 p-4" data-milestone={m.typeKey}>
              <MilestoneForm
                action={actions.milestone}
                label={label}
                types={types}
                initial={{
                  agreementId,
                  id: m.id,
                  version: String(m.version),
                  typeKey: m.typeKey,
                  dueOn: m.dueOn ?? "",
                  doneOn: m.doneOn ?? "",
                  note: m.note ?? "",
                  evidenceUrl: m.evidenceUrl ?? "",
                }}
              />
              <EvidenceFile
                milestoneId={m.id}
                version={m.version}
                fileName={m.evidenceFileName}
                canWrite
                maxMb={view.maxEvidenceMb}
                label={label}
              />
            </div>
          ) : (
            <div key={m.id} data-milestone={m.typeKey}>
              <strong>{label}</strong> · {t("milestone.dueOn")}: {m.dueOn ?? "—"} · {t("milestone.doneOn")}: {m.doneOn ?? "—"}
              {m.note && <> · {m.note}</>}
              {m.evidenceFileName && (
                <EvidenceFile
                  milestoneId={m.id}
                  version={m.version}
                  fileName={m.evidenceFileName}
                  canWrite={false}
                  maxMb={view.maxEvidenceMb}
                  label={label}
                />
              )}
            </div>
          );
        })}
        {view.canWrite && (
          <div className="rounded-xl border border-dashed border-stone-300 p-4">
            <MilestoneForm action={actions.milestone} label={t("milestone.add")} types={types} initial={blank} />
          </div>
        )}
      </section>
      <section className="space-y-3">
        <h3 className="font-semibold">{t("funds.title")}</h3>
        <p className="text-sm text-stone-600">{t("funds.lead")}</p>
        {view.funds.map((f) =>
          view.canWrite ? (
            <FundsForm
              key={f.currency}
              action={actions.funds}
              label={`${t("funds.title")} ${f.currency}`}
              initial={{
                agreementId,
                version: String(f.version),
                currency: f.currency,
                committed: minorToDecimal(f.committedMinor, f.currency),
                received: minorToDecimal(f.receivedMinor, f.currency),
              }}
            />
          ) : (
            <p key={f.currency}>
              {f.currency}: {minorToDecimal(f.receivedMinor, f.currency)} / {minorToDecimal(f.committedMinor, f.currency)}
            </p>
          ),
        )}
        {view.canWrite && (
          <FundsForm
            action={actions.funds}
            label={t("funds.add")}
            initial={{ agreementId, version: "0", currency: "", committed: "", received: "" }}
          />
        )}
      </section>
      <section className="space-y-3" aria-labelledby="pending-updates">
        <h3 id="pending-updates" className="font-semibold">
          {tl("pendingTitle")}
        </h3>
        {view.pending.length === 0 && <p className="text-sm text-stone-600">{tl("pendingNone")}</p>}
        <ul className="space-y-2">
          {view.pending.map((u) => {
            const label = `${typeLabel.get(u.typeKey) ?? u.typeKey} ${u.doneOn}`;
            return (
              <li key={u.id} className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm" data-pending-update={u.id}>
                <p>
                  <strong>{label}</strong> · {tl("reportedBy", { name: u.contactName })} · {utc(u.createdAt, locale)}
                </p>
                {u.note && <p>{u.note}</p>}
                {u.evidenceUrl && (
                  <p>
                    <a href={u.evidenceUrl} rel="noopener noreferrer nofollow" className="underline">
                      {u.evidenceUrl}
                    </a>
                  </p>
                )}
                {view.canWrite && <DecideUpdateForm action={actions.decide} id={u.id} version={u.version} label={label} />}
              </li>
            );
          })}
        </ul>
      </section>
      <section className="space-y-3" aria-labelledby="update-links">
        <h3 id="update-links" className="font-semibold">
          {tl("title")}
        </h3>
        <p className="text-sm text-stone-600">{tl("lead")}</p>
        <ul className="space-y-1 text-sm">
          {view.links.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center gap-2">
              <span>
                {l.contactName} ({l.locale}) · {l.revokedAt ? tl("revoked") : tl("expires", { at: utc(l.expiresAt, locale) })}
              </span>
              {view.canWrite && !l.revokedAt && (
                <RevokeLinkForm
                  action={actions.revokeLink}
                  agreementId={agreementId}
                  id={l.id}
                  label={`${tl("revoke")} ${l.contactName}`}
                />
              )}
            </li>
          ))}
        </ul>
        {view.canWrite && <UpdateLinkForm action={actions.createLink} agreementId={agreementId} />}
      </section>
    </Card>
  );
}
