import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";
import { gateFor } from "@/server/access/authorize";
import { reachableOrganizationIds } from "@/server/access/policy";

export type MyOrganization = { id: string; name: unknown };

/** Organizations the actor may create events and people in (all of them for admins). */
export async function listMyOrganizations(actor: CurrentUser | null): Promise<ActionResult<MyOrganization[]>> {
  const gate = gateFor(actor, "workspace.enter");
  if ("denied" in gate) return gate.denied;
  const ids = reachableOrganizationIds(gate.actor);
  const where = ids ? { id: { in: ids } } : {};
  const rows = await db().organization.findMany({ where, orderBy: { slug: "asc" }, take: 200, select: { id: true, name: true } });
  return { ok: true, data: rows };
}
