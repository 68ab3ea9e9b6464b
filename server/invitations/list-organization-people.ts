import "server-only";
import { invitationState } from "@/lib/invitations/invitation-status";
import { allowed, gateFor, isDenied } from "../access/authorize.ts";
import { can, roleOf } from "../access/policy.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";

/** An organization's members and member invitations, for its people page (staff of the organization and admins). */
export async function listOrganizationPeople(actor: CurrentUser | null, input: { organizationId: string }, now = new Date()) {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied as ActionResult<never>;
  const id = typeof input?.organizationId === "string" ? input.organizationId.slice(0, 64) : "";
  const org = await db().organization.findUnique({ where: { id }, select: { id: true, name: true } });
  const target = allowed(actor, "internal.read", org ? { ...org, organizationId: org.id } : null, "Organization");
  if (isDenied(target)) return target as ActionResult<never>;
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: { organizationId: target.id },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
    }),
    db().invitation.findMany({
      where: { organizationId: target.id, kind: "MEMBER", status: { in: ["INVITED", "DECLINED"] } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        version: true,
        email: true,
        name: true,
        memberRole: true,
        status: true,
        expiresAt: true,
        declineReason: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    ok: true as const,
    data: {
      organization: target,
      members,
      invitations: invitations.map((i) => ({ ...i, state: invitationState(i.status, i.expiresAt, now) })),
      canInvite: can(actor, "people.invite", target),
      canInviteOwner: roleOf(actor) === "admin",
    },
  };
}
