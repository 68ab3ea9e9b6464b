import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { inviteMemberSchema } from "@/lib/validation/invitation-schema";
import { allowed, forbidden, gateFor, isDenied } from "../access/authorize.ts";
import { roleOf } from "../access/policy.ts";
import { appBaseUrl } from "../auth/app-base-url.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { ALREADY_INVITED, insertInvitation } from "./insert-invitation.ts";

const ALREADY_MEMBER = msg("invitation.alreadyMember");

/** An OWNER (or an admin) invites someone into the organization; only an admin may invite an OWNER. */
export async function inviteMember(
  actor: CurrentUser | null,
  input: unknown,
  opts: { baseUrl?: string } = {},
): Promise<ActionResult<{ invitationId: string }>> {
  const gate = gateFor(actor, "people.invite");
  if ("denied" in gate) return gate.denied;
  const parsed = inviteMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, email, name, locale, role } = parsed.data;
  const org = allowed(
    actor,
    "people.invite",
    await db()
      .organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true } })
      .then((o) => (o ? { ...o, organizationId: o.id } : null)),
    "Organization",
  );
  if (isDenied(org)) return org;
  if (role === "OWNER" && roleOf(actor) !== "admin") return forbidden(actor, "people.invite");
  const member = await db().membership.count({ where: { organizationId, user: { email } } });
  if (member > 0) return { ok: false, code: "invalid", message: ALREADY_MEMBER, fieldErrors: { email: [ALREADY_MEMBER] } };
  const result = await db().$transaction((tx) =>
    insertInvitation(
      tx,
      { kind: "MEMBER", organizationId, memberRole: role, email, name, locale, invitedById: gate.actor.id },
      { baseUrl: opts.baseUrl ?? appBaseUrl(), inviterName: gate.actor.name, organizationName: org.name },
    ),
  );
  if ("duplicate" in result) return { ok: false, code: "invalid", message: ALREADY_INVITED, fieldErrors: { email: [ALREADY_INVITED] } };
  return { ok: true, data: { invitationId: result.id } };
}
