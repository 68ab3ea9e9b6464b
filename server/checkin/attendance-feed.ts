import "server-only";
import { debouncedFeed } from "../live/debounced-feed.ts";
import { deliverTallyChange, subscribeTallyChanges } from "../tally/tally-events.ts";
import { ensureTallyListener } from "../tally/tally-notify.ts";
import { countAttendance, type Attendance } from "./get-attendance.ts";

// Pushes check-in counts to the organizers' boards (issue 20). Check-ins and undos publish
// an "attendance" change on the tally's bus (tally-events.ts), which also carries other
// processes' changes through PostgreSQL NOTIFY; each change costs ONE count per event after a
// short debounce, shared by every board of the event in this process.

export type AttendanceCounts = {
  venues: { venueId: string; checkedIn: number; registered: number }[];
  sessions: Attendance["sessions"];
};

export const ATTENDANCE_DEBOUNCE_MS = 200;

const feed = debouncedFeed<AttendanceCounts>("accordAttendanceFeed", { debounceMs: ATTENDANCE_DEBOUNCE_MS, compute: currentAttendance });
const g = globalThis as unknown as { accordAttendanceBus?: () => void };

/** The numbers (venue names are on the page already; session titles come along, since door counts appear as they happen). */
export function attendanceCounts({ venues, sessions }: Attendance): AttendanceCounts {
  return { venues: venues.map(({ venueId, checkedIn, registered }) => ({ venueId, checkedIn, registered })), sessions };
}

export async function currentAttendance(eventId: string): Promise<AttendanceCounts> {
  return attendanceCounts(await countAttendance(eventId));
}

function ensureBus(): void {
  g.accordAttendanceBus ??= subscribeTallyChanges(({ eventId, topic }) => {
    if (topic === "attendance") feed.changed(eventId);
  });
  // The process's one LISTEN connection, shared with the tally; after a reconnect every
  // watched event is counted again (notifications sent meanwhile are lost).
  ensureTallyListener(deliverTallyChange, recountAll);
}

function recountAll(): void {
  for (const eventId of feed.watchedEvents()) feed.changed(eventId);
}

/** Calls `watcher` with the event's counts after each check-in change; returns the unsubscribe function. */
export function watchAttendance(eventId: string, watcher: (counts: AttendanceCounts) => void): () => void {
  ensureBus();
  return feed.watch(eventId, watcher);
}
