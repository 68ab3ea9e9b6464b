import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { AddMemberForm, CreateDelegationForm, DelegatesImportForm, InviteDelegationForm } from "@/components/people/delegation-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { listDelegations } from "@/server/delegations/list-delegations";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { listRegistrants } from "@/server/registrants/list-registrants";
import { addDelegationMemberAction, createDelegationAction, importDelegatesAction, inviteDelegationAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("delegations.title") };
}

const langNames = (codes: string[]) => codes.map((c) => (isLocale(c) ? LOCALE_NAMES[c] : c));

/** Each side's delegations with head and members, their answers at a glance, and the ways to invite them. */
export default async function DelegationsPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${encodeURIComponent(eventId)}/delegations`;
  const actor = await pageActor(here);
  const data = pageData(await listDelegations(actor, { eventId }), here);
  const answers = await listRegistrants(actor, { eventId });
  const t = await getTranslations("people");
  const locale = (await getLocale()) as Locale;
  // "Languages: 中文, English" in English, "言語：中文、English" in Chinese and Japanese.
  const labelled = (label: string, value: string | number) => t("labelled", { label, value: String(value) });
  const list = (items: (string | null | undefined)[]) => items.filter(Boolean).join(t("listSeparator"));
  const text = (v: unknown) => pickText(v, locale, data.languages).text;
  const venues = data.venues.map((v) => ({ id: v.id, label: text(v.name) }));
  const venueName = new Map(venues.map((v) => [v.id, v.label]));
  const statusOf = new Map(answers.ok ? answers.data.rows.map((r) => [r.email, r.status]) : []);
  const counts = answers.ok ? answers.data.counts.delegation : {};
  const sides = [
    { id: "A", label: text(data.sideAName) },
    { id: "B", label: text(data.sideBName) },
  ];
  return (
    <>
      <EventNav eventId={eventId} current="delegations" />
      <PageHeader eyebrow={text(data.title)} title={t("delegations.title")} lead={t("delegations.lead")} />
      {data.delegations.length === 0 && <p className="text-stone-600">{t("delegations.empty")}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        {sides.map((side) => (
          <section key={side.id} aria-label={side.label} className="space-y-4">
            <h2 className="text-lg font-semibold">{side.label}</h2>
            {data.delegations
              .filter((d) => d.side === side.id)
              .map((d) => {
                const c = counts[d.id];
                return (
                  <Card key={d.id} as="article" aria-labelledby={`d-${d.id}`} className="space-y-3">
                    <h3 id={`d-${d.id}`} className="text-base font-semibold">
                      {text(d.name)}
                    </h3>
                    <p className="flex flex-wrap gap-2 text-sm" data-testid={`answers-${d.id}`}>
                      <Badge tone="brand">{labelled(t("status.confirmed"), c?.confirmed ?? 0)}</Badge>
                      <Badge tone="accent">{labelled(t("status.invited"), c?.invited ?? 0)}</Badge>
                      <Badge tone="muted">{labelled(t("status.declined"), c?.declined ?? 0)}</Badge>
                      <Badge tone="muted">{labelled(t("status.waitlisted"), c?.waitlisted ?? 0)}</Badge>
                      <Badge tone="muted">{labelled(t("status.noAnswer"), c?.noAnswer ?? 0)}</Badge>
                    </p>
                    {d.members.length === 0 ? (
                      <p className="text-sm text-stone-600">{t("delegations.noMembers")}</p>
                    ) : (
                      <ul className="divide-y divide-stone-200 text-sm">
                        {d.members.map((m) => (
                          <li key={m.id} className="py-2">
                            <p className="font-medium">
                              {m.name} {m.isHead && <Badge tone="brand">{t("delegations.head")}</Badge>}{" "}
                              {m.email && statusOf.get(m.email) && <Badge tone="neutral">{t(`status.${statusOf.get(m.email)!}`)}</Badge>}
                            </p>
                            <p className="text-stone-700">{list([m.position, m.organization])}</p>
                            <p className="text-stone-600">
                              {[
                                m.languages.length > 0 && labelled(t("delegations.languages"), list(langNames(m.languages))),
                                m.interpretation.length > 0 && labelled(t("delegations.interpretation"), list(langNames(m.interpretation))),
                                m.venueId && venueName.get(m.venueId),
                              ]
                                .filter(Boolean)
                                .join(" · ")}
                            </p>
                          </li>
                        ))}
                      </ul>
                    )}
                    {data.canWrite && (
                      <>
                        <InviteDelegationForm action={inviteDelegationAction} eventId={eventId} delegationId={d.id} />
                        <details>
                          <summary className="cursor-pointer text-sm text-brand-700 underline">{t("delegations.addMember")}</summary>
                          <div className="mt-3">
                            <AddMemberForm action={addDelegationMemberAction} eventId={eventId} delegationId={d.id} venues={venues} />
                          </div>
                        </details>
                      </>
                    )}
                  </Card>
                );
              })}
          </section>
        ))}
      </div>
      {data.canWrite && (
        <>
          {data.delegations.length > 0 && (
            <Card className="space-y-4">
              <h2 className="text-lg font-semibold">{t("import.title")}</h2>
              <DelegatesImportForm
                action={importDelegatesAction}
                eventId={eventId}
                delegations={data.delegations.map((d) => ({ id: d.id, label: text(d.name) }))}
              />
            </Card>
          )}
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">{t("delegations.createTitle")}</h2>
            <CreateDelegationForm action={createDelegationAction} eventId={eventId} sides={sides} />
          </Card>
        </>
      )}
    </>
  );
}
