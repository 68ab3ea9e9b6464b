import "server-only";
import { effectiveEventStatus } from "@/lib/events/lifecycle";
import { z } from "zod";
import { db } from "../db/client.ts";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { isPublicEventStatus } from "@/server/access/public-event";
import { currentTally } from "./tally-feed.ts";
import type { Tally } from "./compute-tally.ts";

const schema = z.object({ slug: z.string().trim().min(1).max(120) });

export type PublicTallyEvent = {
  id: string;
  slug: string;
  title: LocalizedText;
  languages: string[];
  sideAName: LocalizedText;
  sideBName: LocalizedText;
  /** The event is over: the board shows "Final" rather than "Live". */
  final: boolean;
};

/** Resolves a public slug to the event (published, live or concluded only). */
export async function findPublicTallyEvent(slug: string): Promise<PublicTallyEvent | null> {
  const event = await db().event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      languages: true,
      sideAName: true,
      sideBName: true,
      status: true,
      endDate: true,
      venues: { select: { timeZone: true } },
    },
  });
  if (!event || !isPublicEventStatus(event.status)) return null;
  return {
    id: event.id,
    slug: event.slug,
    title: asLocalizedText(event.title),
    languages: event.languages,
    sideAName: asLocalizedText(event.sideAName),
    sideBName: asLocalizedText(event.sideBName),
    final:
      effectiveEventStatus(
        event.status,
        event.endDate,
        event.venues.map((v) => v.timeZone),
      ) === "CONCLUDED",
  };
}

/** The public tally (no sign-in); served from the shared per-event cache. */
export async function getTally(input: unknown): Promise<ActionResult<{ event: PublicTallyEvent; tally: Tally }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const event = await findPublicTallyEvent(parsed.data.slug);
  if (!event) return notFound("Event");
  return { ok: true, data: { event, tally: await currentTally(event.id) } };
}
