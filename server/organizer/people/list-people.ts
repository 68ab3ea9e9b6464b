import "server-only";
import { listPeopleSchema } from "@/lib/validation/person-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { reachableOrganizationIds } from "@/server/access/policy";
import { personSelect } from "./person-data.ts";

export type PersonRow = {
  id: string;
  organizationId: string;
  name: unknown;
  honorific: unknown;
  title: unknown;
  affiliation: unknown;
  country: string | null;
  side: "A" | "B" | null;
  precedence: number;
  isVip: boolean;
  version: number;
};

/**
 * People of one organization (when `organizationId` is given) or of all the actor's
 * organizations, in protocol order (lowest precedence number first).
 */
export async function listPeople(actor: CurrentUser | null, input: unknown = {}): Promise<ActionResult<PersonRow[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = listPeopleSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId } = parsed.data;
  const denied = organizationId ? authorize(gate.actor, "internal.read", { organizationId }, "Organization") : null;
  if (denied) return denied;
  const ids = organizationId ? [organizationId] : reachableOrganizationIds(gate.actor);
  const where = ids ? { organizationId: { in: ids } } : {};
  const people = await db().person.findMany({
    where,
    orderBy: [{ precedence: "asc" }, { createdAt: "asc" }],
    take: 1000,
    select: personSelect,
  });
  return { ok: true, data: people };
}
