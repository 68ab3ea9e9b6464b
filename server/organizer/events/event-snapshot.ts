import "server-only";

// The fields an event's audit rows record before and after a change.
export const eventAuditSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  description: true,
  sideAName: true,
  sideBName: true,
  status: true,
  languages: true,
  primaryTimeZone: true,
  startDate: true,
  endDate: true,
  streamLinksPublic: true,
  videosPublic: true,
  publicSignUp: true,
  version: true,
} as const;

/** "2020-07-30" ↔ the Date Prisma uses for a @db.Date column (midnight UTC). */
export const toDbDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
export const fromDbDate = (date: Date) => date.toISOString().slice(0, 10);
