import "server-only";
import { updatePersonSchema } from "@/lib/validation/person-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { personData, personSelect } from "./person-data.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

export async function updatePerson(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updatePersonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { personId, version, ...fields } = parsed.data;
  const found = await db().person.findUnique({ where: { id: personId }, select: { organizationId: true } });
  const denied = authorize(gate.actor, "programme.manage", found, "Person");
  if (denied || !found) return denied ?? notFound("Person");

  return invalidateOnSuccess(
    null,
    await db().$transaction(async (tx) => {
      const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: personSelect });
      const { count } = await tx.person.updateMany({
        where: { id: personId, version },
        data: { ...personData(fields), version: { increment: 1 } },
      });
      if (count === 0) return conflict(before.version);
      const after = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: personSelect });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: found.organizationId,
        entity: "Person",
        entityId: personId,
        action: "update",
        before,
        after,
      });
      return { ok: true as const, data: { id: personId, version: after.version } };
    }),
  );
}
