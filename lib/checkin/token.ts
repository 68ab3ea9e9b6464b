// The check-in QR code's content, read by the steward's page and the server (no zod here:
// the scan page ships this file to the browser).

/** What the QR code carries: the registration's check-in token (32 hex characters). */
export const CHECKIN_TOKEN = /^[0-9a-f]{32}$/;

export const qrPayload = (token: string) => `accord-checkin:${token}`;

/** Reads a token from a scanned text: the bare token or an "accord-checkin:<token>" payload. */
export function tokenFromScan(text: string): string | null {
  const raw = text
    .trim()
    .toLowerCase()
    .replace(/^accord-checkin:/, "");
  return CHECKIN_TOKEN.test(raw) ? raw : null;
}
