import "server-only";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { milestoneTypeOptions, type MilestoneTypeOption } from "@/lib/ledger/milestone-types";
import { db } from "@/server/db/client";
import type { CurrentUser } from "@/server/auth/current-user";
import { can } from "@/server/access/policy";

/** The organization's milestone kinds: the built-in ones, then its own. Callers authorize first. */
export async function milestoneTypesOf(organizationId: string): Promise<MilestoneTypeOption[]> {
  const rows = await db().milestoneType.findMany({
    where: { organizationId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { key: true, name: true },
  });
  return milestoneTypeOptions(rows.map((r) => ({ key: r.key, name: asLocalizedText(r.name) })));
}

export async function milestoneKeysOf(organizationId: string): Promise<Set<string>> {
  return new Set((await milestoneTypesOf(organizationId)).map((t) => t.key));
}

/** The kinds for a page of the organization's workspace (staff only; another organization: none). */
export async function listMilestoneTypes(actor: CurrentUser | null, organizationId: string): Promise<MilestoneTypeOption[]> {
  return can(actor, "internal.read", { organizationId }) ? milestoneTypesOf(organizationId) : [];
}
