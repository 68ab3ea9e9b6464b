import { formatPersonName } from "@/lib/i18n/person-name";
import type { EditableEvent } from "@/server/organizer/events/get-event-for-editing";
import type { PersonRow } from "@/server/organizer/people/list-people";
import type { PersonOption, TrackOption, VenueOption } from "./session-form";

/** The venue, people and track lists the session form offers, in the reader's language. */
export function sessionOptions(event: EditableEvent, people: PersonRow[], text: (v: unknown) => string) {
  const venues: VenueOption[] = event.venues.map((v) => ({ id: v.id, name: text(v.name), timeZone: v.timeZone }));
  const persons: PersonOption[] = people.map((p) => ({ id: p.id, name: formatPersonName(text(p.name), text(p.honorific)) }));
  const tracks: TrackOption[] = event.tracks.map((tr) => ({ id: tr.id, name: text(tr.name) }));
  return { venues, people: persons, tracks };
}
