import "server-only";
import { db } from "../db/client.ts";

/** Slug → id only; callers do their own authorization on the id. */
export async function findEventIdBySlug(slug: string): Promise<string | null> {
  const event = await db().event.findUnique({ where: { slug: slug.slice(0, 120) }, select: { id: true } });
  return event?.id ?? null;
}
