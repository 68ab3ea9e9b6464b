"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import type { ActionResult } from "@/server/shared/result";
import { markPlayed, type Played } from "@/server/video-messages/mark-played";
import { localizedForReader } from "@/server/i18n/localize-result";

/** Called by the player when a message ends or the operator presses "Mark played". */
export async function markPlayedAction(input: { eventId: string; videoMessageId: string }): Promise<ActionResult<Played>> {
  const result = await unlessDatabaseDown(async () => markPlayed(await getCurrentUser(), { videoMessageId: input.videoMessageId }));
  if (result.ok) revalidatePath(`/organizer/events/${encodeURIComponent(input.eventId)}/video-messages`);
  return localizedForReader(result);
}
