import { getLocale, getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/people/invitation-forms";
import { InvitationControls } from "@/components/people/invitation-controls";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { listOrganizationPeople } from "@/server/invitations/list-organization-people";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { recordInvitationAnswerAction, resendInvitationAction, revokeInvitationAction } from "../../../invitations/actions";
import { inviteMemberAction } from "./actions";

type Props = { params: Promise<{ organizationId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("org.title") };
}

/** An organization's members and pending invitations; its OWNER (and admins) invite from here. */
export default async function OrganizationPeoplePage({ params }: Props) {
  const { organizationId } = await params;
  const here = `/organizer/organizations/${encodeURIComponent(organizationId)}/people`;
  const data = pageData(await listOrganizationPeople(await pageActor(here), { organizationId }), here);
  const t = await getTranslations("people");
  const locale = (await getLocale()) as Locale;
  const zone = "UTC";
  const when = (d: Date) =>
    new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
      timeZoneName: "short",
    }).format(d);
  const actions = { resend: resendInvitationAction, revoke: revokeInvitationAction, record: recordInvitationAnswerAction };
  return (
    <>
      <PageHeader eyebrow={pickText(data.organization.name, locale).text} title={t("org.title")} lead={t("org.lead")} />
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-lg font-semibold">
          {t("org.members", { count: data.members.length })}
        </h2>
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("col.name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("col.email")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("col.role")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.members.map((m) => (
                <tr key={m.user.id} className="border-b border-stone-200">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {m.user.name}
                  </th>
                  <td className="py-2 pr-3 break-all">{m.user.email}</td>
                  <td className="py-2 pr-3">
                    <Badge tone={m.role === "OWNER" ? "brand" : "neutral"}>{t(`roles.${m.role}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="pending" className="space-y-3">
        <h2 id="pending" className="text-lg font-semibold">
          {t("org.invitations", { count: data.invitations.length })}
        </h2>
        {data.invitations.length === 0 ? (
          <p className="text-stone-600">{t("org.noInvitations")}</p>
        ) : (
          <ul className="space-y-3">
            {data.invitations.map((i) => (
              <li key={i.id} className="rounded-lg border border-stone-200 p-3">
                <p className="font-medium">
                  {i.name} <span className="break-all font-normal text-stone-600">{i.email}</span>
                </p>
                <p className="text-sm text-stone-700">
                  {t(`roles.${i.memberRole ?? "ORGANIZER"}`)} ·{" "}
                  <Badge tone={i.state === "INVITED" ? "accent" : "muted"}>{t(`state.${i.state}`)}</Badge>{" "}
                  {i.state === "INVITED" && t("org.expires", { when: when(i.expiresAt) })}
                  {i.declineReason && <span className="block">{t("labelled", { label: t("col.reason"), value: i.declineReason })}</span>}
                </p>
                {data.canInvite && (i.state === "INVITED" || i.state === "EXPIRED") && (
                  <div className="mt-2">
                    <InvitationControls actions={actions} invitationId={i.id} version={i.version} name={i.name} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.canInvite && (
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">{t("invite.memberTitle")}</h2>
          <InviteMemberForm action={inviteMemberAction} organizationId={data.organization.id} canInviteOwner={data.canInviteOwner} />
        </Card>
      )}
    </>
  );
}
