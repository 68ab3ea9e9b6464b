"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import type { ActionResult } from "@/server/shared/result";
import { reorderRunOfShow, type Reordered } from "@/server/video-messages/reorder-run-of-show";
import { localizedForReader } from "@/server/i18n/localize-result";

/** Moves one message or sets the whole order; reorderRunOfShow checks the caller and the session. */
export async function reorderAction(input: { sessionId: string; eventId: string; move?: { videoMessageId: string; direction: "up" | "down" }; order?: string[] }): Promise<ActionResult<Reordered>> {
  const { eventId, ...rest } = input;
  const result = await unlessDatabaseDown(async () => reorderRunOfShow(await getCurrentUser(), rest));
  if (result.ok) revalidatePath(`/organizer/events/${encodeURIComponent(eventId)}`, "layout");
  return localizedForReader(result);
}
