import "server-only";
import { createPersonSchema } from "@/lib/validation/person-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { personData, personSelect } from "./person-data.ts";

/** Adds a person to an organization's people, for use in any of its events. */
export async function createPerson(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createPersonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, ...fields } = parsed.data;
  const denied = authorize(gate.actor, "programme.manage", { organizationId }, "Organization");
  if (denied) return denied;
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) return notFound("Organization");

  return db().$transaction(async (tx) => {
    const person = await tx.person.create({ data: { ...personData(fields), organizationId }, select: personSelect });
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId,
      entity: "Person",
      entityId: person.id,
      action: "create",
      after: person,
    });
    return { ok: true as const, data: { id: person.id } };
  });
}
