import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import type { CurrentUser } from "@/server/auth/current-user";
import type { ActionResult } from "@/server/shared/result";
import { createVideoMessage } from "./create-video-message.ts";
import { updateVideoMessage } from "./update-video-message.ts";

/** The video-message form saves both ways: with a videoMessageId it updates, without it creates. */
export async function saveVideoMessage(actor: CurrentUser | null, input: Record<string, unknown>): Promise<ActionResult<{ id: string }>> {
  // A message's public fields show on the event page (server/public-cache/).
  return invalidateOnSuccess(null, await (input.videoMessageId ? updateVideoMessage(actor, input) : createVideoMessage(actor, input)));
}
