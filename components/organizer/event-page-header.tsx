import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { EventNav, type EventSection } from "./event-nav";

/**
 * The top of an event's workspace page: the event's navigation (with its public links when the
 * slug is given), then the page's heading with the event's title above it, a lead and actions.
 */
export function EventPageHeader({
  eventId,
  section,
  slug,
  eventTitle,
  title,
  lead,
  actions,
}: {
  eventId: string;
  section: EventSection;
  slug?: string;
  eventTitle: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <>
      <EventNav eventId={eventId} current={section} slug={slug} />
      <PageHeader eyebrow={eventTitle} title={title} lead={lead} actions={actions} />
    </>
  );
}
