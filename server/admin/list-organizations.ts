import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";
import { adminGate } from "./admin-gate.ts";

export type AdminOrganization = {
  id: string;
  slug: string;
  name: unknown;
  country: string;
  active: boolean;
  version: number;
  members: number;
  events: number;
};

/** Every organization, for the admin's organizations page. */
export async function listOrganizations(actor: CurrentUser | null): Promise<ActionResult<AdminOrganization[]>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const rows = await db().organization.findMany({
    orderBy: { slug: "asc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      active: true,
      version: true,
      _count: { select: { memberships: true, events: true } },
    },
  });
  return { ok: true, data: rows.map(({ _count, ...o }) => ({ ...o, members: _count.memberships, events: _count.events })) };
}
