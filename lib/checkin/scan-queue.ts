// Scans a steward's device could not send (venue Wi-Fi down), kept in localStorage per event
// until the connection returns. Each keeps its clientScanId and original scan time, so sending
// one twice (a reply lost on the way back) still counts once on the server.

export type QueuedScan = {
  clientScanId: string;
  scannedAt: string;
  venueId: string;
  /** Counted at this session's door; absent: the venue's entrance. */
  sessionId?: string;
  token?: string;
  registrationId?: string;
  confirmOtherVenue?: boolean;
};

const key = (eventId: string) => `accord-checkin-queue:${eventId}`;

export function readQueue(storage: Storage, eventId: string): QueuedScan[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key(eventId)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((s): s is QueuedScan => typeof s?.clientScanId === "string") : [];
  } catch {
    return [];
  }
}

export function writeQueue(storage: Storage, eventId: string, scans: QueuedScan[]): void {
  if (scans.length === 0) storage.removeItem(key(eventId));
  else storage.setItem(key(eventId), JSON.stringify(scans));
}

/** Adds a scan unless one with its clientScanId is already waiting. */
export function enqueue(storage: Storage, eventId: string, scan: QueuedScan): QueuedScan[] {
  const scans = readQueue(storage, eventId);
  if (!scans.some((s) => s.clientScanId === scan.clientScanId)) scans.push(scan);
  writeQueue(storage, eventId, scans);
  return scans;
}

/** Removes the scans the server has answered. */
export function dequeue(storage: Storage, eventId: string, answered: Set<string>): QueuedScan[] {
  const left = readQueue(storage, eventId).filter((s) => !answered.has(s.clientScanId));
  writeQueue(storage, eventId, left);
  return left;
}
