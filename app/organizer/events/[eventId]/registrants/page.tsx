import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { VipForm } from "@/components/checkin/vip-form";
import { EventPageHeader } from "@/components/organizer/event-page-header";
import { AnnouncementForm } from "@/components/people/announcement-form";
import { InvitationControls } from "@/components/people/invitation-controls";
import { InviteDelegateForm } from "@/components/people/invitation-forms";
import { RegistrantFilters } from "@/components/people/registrant-filters";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { REGISTRANT_STATUSES } from "@/lib/invitations/registrant-status";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { can } from "@/server/access/policy";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { listRegistrants } from "@/server/registrants/list-registrants";
import { recordInvitationAnswerAction, resendInvitationAction, revokeInvitationAction } from "../../../invitations/actions";
import { inviteDelegateAction, sendAnnouncementAction, setRegistrantVipAction } from "./actions";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("registrants.title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Every invitee and registrant of the event, counts per venue and delegation, filters, export, invite and announce. */
export default async function RegistrantsPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const sp = await searchParams;
  const filters = { status: one(sp.status), venueId: one(sp.venue), delegationId: one(sp.delegation), q: one(sp.q) };
  const here = `/organizer/events/${encodeURIComponent(eventId)}/registrants`;
  const actor = await pageActor(here);
  const data = pageData(await listRegistrants(actor, { eventId, filters }), here);
  const t = await getTranslations("people");
  const tc = await getTranslations("checkin.vip");
  const locale = (await getLocale()) as Locale;
  const { event, counts, rows } = data;
  const text = (v: unknown) => pickText(v, locale, event.languages).text;
  const venues = event.venues.map((v) => ({ id: v.id, label: text(v.name) }));
  const venueName = new Map(venues.map((v) => [v.id, v.label]));
  const delegationName = new Map(event.delegations.map((d) => [d.id, text(d.name)]));
  const canWrite = can(actor, "programme.manage", event);
  const actions = { resend: resendInvitationAction, revoke: revokeInvitationAction, record: recordInvitationAnswerAction };
  const statusCells = (c: Record<string, number> | undefined) =>
    REGISTRANT_STATUSES.map((s) => (
      <td key={s} className="py-2 pr-3 tabular-nums">
        {c?.[s] ?? 0}
      </td>
    ));
  const zoneNote = t("registrants.utc");
  return (
    <>
      <EventPageHeader
        eventId={eventId}
        section="registrants"
        slug={event.slug}
        eventTitle={text(event.title)}
        title={t("registrants.title")}
        lead={t("registrants.lead")}
        actions={
          <a href={`/api/organizer/events/${encodeURIComponent(eventId)}/registrants.csv`} className={buttonClasses("secondary")} download>
            {t("registrants.export")}
          </a>
        }
      />
      <section aria-labelledby="counts" className="space-y-2">
        <h2 id="counts" className="text-lg font-semibold">
          {t("registrants.counts", { total: counts.total })}
        </h2>
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="registrant-counts">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="min-w-32 py-2 pr-3">
                  {t("registrants.group")}
                </th>
                {REGISTRANT_STATUSES.map((s) => (
                  // No wrapping: in Chinese and Japanese a narrow column broke the word one character per line; the table scrolls instead.
                  <th key={s} scope="col" className="py-2 pr-3 whitespace-nowrap">
                    {t(`status.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-stone-200 font-semibold" data-row="all">
                <th scope="row" className="py-2 pr-3">
                  {t("registrants.all")}
                </th>
                {statusCells(counts.status)}
              </tr>
              {venues.map((v) => (
                <tr key={v.id} className="border-b border-stone-200" data-row={`venue:${v.id}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {v.label}
                  </th>
                  {statusCells(counts.venue[v.id])}
                </tr>
              ))}
              {event.delegations.map((d) => (
                <tr key={d.id} className="border-b border-stone-200" data-row={`delegation:${d.id}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {text(d.name)} <span className="text-stone-500">({text(d.side === "A" ? event.sideAName : event.sideBName)})</span>
                  </th>
                  {statusCells(counts.delegation[d.id])}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="text-lg font-semibold">
          {t("registrants.list", { count: rows.length })}
        </h2>
        <RegistrantFilters
          action={here}
          values={filters}
          venues={venues}
          delegations={event.delegations.map((d) => ({ id: d.id, label: text(d.name) }))}
        />
        {rows.length === 0 ? (
          <p className="text-stone-600">{t("registrants.empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {rows.map((r) => (
              <li key={r.key} className="py-3" data-email={r.email}>
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{r.name}</span> <span className="break-all text-stone-600">{r.email}</span>
                  <Badge tone={r.status === "confirmed" ? "brand" : r.status === "invited" ? "accent" : "muted"}>
                    {t(`status.${r.status}`)}
                  </Badge>
                  {r.vip && <Badge tone="accent">{tc("flag")}</Badge>}
                </p>
                <p className="text-sm text-stone-700">
                  {r.venueId ? venueName.get(r.venueId) : t("registrants.noVenue")}
                  {r.delegationId && ` · ${delegationName.get(r.delegationId)}`}
                  {r.invitation?.answeredVia === "organizer" && ` · ${t("registrants.byOrganizer")}`}
                  {r.invitation?.declineReason && (
                    <span className="block">{t("labelled", { label: t("col.reason"), value: r.invitation.declineReason })}</span>
                  )}
                  {r.registeredAt && (
                    <span className="block text-stone-500">
                      {t("registrants.registeredAt", {
                        when: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(
                          r.registeredAt,
                        ),
                      })}{" "}
                      {zoneNote}
                    </span>
                  )}
                </p>
                {canWrite && r.registrationId && r.registrationVersion !== null && r.status !== "cancelled" && (
                  <div className="mt-2">
                    <VipForm
                      action={setRegistrantVipAction}
                      eventId={eventId}
                      registrationId={r.registrationId}
                      version={r.registrationVersion}
                      vip={r.vip}
                      name={r.name}
                    />
                  </div>
                )}
                {canWrite && r.invitation && (r.status === "invited" || r.status === "noAnswer") && (
                  <div className="mt-2">
                    <InvitationControls
                      actions={actions}
                      invitationId={r.invitation.id}
                      version={r.invitation.version}
                      name={r.name}
                      venues={venues}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canWrite && (
        <>
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">{t("invite.delegateTitle")}</h2>
            <InviteDelegateForm action={inviteDelegateAction} eventId={eventId} venues={venues} />
            <Link href={`/organizer/events/${encodeURIComponent(eventId)}/delegations`} className="text-sm text-brand-700 underline">
              {t("registrants.toDelegations")}
            </Link>
          </Card>
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">{t("announce.title")}</h2>
            <AnnouncementForm
              action={sendAnnouncementAction}
              eventId={eventId}
              registrants={rows
                .filter((r) => r.registrationId && r.status !== "cancelled")
                .map((r) => ({ value: r.registrationId!, label: `${r.name} <${r.email}>` }))}
            />
          </Card>
        </>
      )}
    </>
  );
}
