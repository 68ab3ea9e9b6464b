import { EventNav } from "@/components/organizer/event-nav";

export type OutcomesSection = "agreements" | "outcomes" | "report";

/** The register, outcomes and report pages use the event's one workspace navigation. */
export async function OutcomesNav({ eventId, slug, current }: { eventId: string; slug: string; current: OutcomesSection }) {
  return <EventNav eventId={eventId} slug={slug} current={current} />;
}
