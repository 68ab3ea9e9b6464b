import { createMatrixWorld, type MatrixWorld } from "@/server/authorization-matrix/world";
import { db } from "@/server/db/client";

export type StewardWorld = { w: MatrixWorld; ev: Awaited<ReturnType<MatrixWorld["event"]>> };

/** The matrix's callers and one event whose Tokyo venue the world's steward holds (check-in tests). */
export async function createStewardWorld(): Promise<StewardWorld> {
  const w = await createMatrixWorld();
  const ev = await w.event();
  await db().stewardGrant.create({ data: { eventId: ev.event.id, venueId: ev.tokyo.id, userId: w.users.steward.id } });
  return { w, ev };
}
