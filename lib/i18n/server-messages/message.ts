import type catalogue from "../messages/server/en.json";

// A message the server sends to a reader (a form's error, a refusal, a CSV row's problem) is
// a stable code in the "server" next-intl namespace (lib/i18n/messages/server/<locale>.json)
// with its ICU values, never an English sentence. The action boundary translates it for the
// caller's locale (server/i18n/localize-result.ts). A value may itself be a message (a
// record or status word, a nested reason); it is translated first.

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every code the server may send: the keys of the English catalogue, so a typo fails typecheck. */
export type ServerMessageCode = Leaves<typeof catalogue>;
export type MessageValue = string | number | Message;
export type Message = { code: ServerMessageCode; values?: Record<string, MessageValue> };

export function msg(code: ServerMessageCode, values?: Record<string, MessageValue>): Message {
  return values ? { code, values } : { code };
}

/**
 * A code as a zod message (zod messages are strings): `z.string().min(1, code("field.enterDate"))`.
 * invalid() (server/shared/result.ts) turns it back into a Message with the values.
 */
export const code = (c: ServerMessageCode): string => c;

/** "Session" | "Video message" … → the record word used in "{what} not found." */
const RECORDS = {
  Record: "record.record",
  Event: "record.event",
  Organization: "record.organization",
  User: "record.user",
  Membership: "record.membership",
  Agreement: "record.agreement",
  Milestone: "record.milestone",
  "Saved view": "record.savedView",
  Update: "record.update",
  Outcome: "record.outcome",
  Participant: "record.participant",
  Delegation: "record.delegation",
  Invitation: "record.invitation",
  Person: "record.person",
  Registration: "record.registration",
  Session: "record.session",
  Venue: "record.venue",
  Track: "record.track",
  "Check-in": "record.checkIn",
  Steward: "record.steward",
  "Video message": "record.videoMessage",
  "Video-message session": "record.videoMessageSession",
} as const satisfies Record<string, ServerMessageCode>;
export type RecordName = keyof typeof RECORDS;
export const recordWord = (name: RecordName): Message => msg(RECORDS[name]);

/** A status code (SIGNED, IN_PROGRESS, draft) → its word in the reader's language. */
export function statusWord(status: string): Message {
  const key = status.toLowerCase().replace(/_(.)/g, (_, c: string) => c.toUpperCase());
  return msg(`status.${key}` as ServerMessageCode);
}

/** Several messages shown as one ("title: Required; value: …"), in the reader's punctuation. */
export function listOf(messages: Message[]): Message {
  return messages.reduceRight((rest, first) => msg("common.list", { first, rest }));
}

/** A problem of one named field ("value: Value cannot be negative"). */
export const fieldProblem = (field: string, problem: Message): Message => msg("common.fieldProblem", { field, problem });

/** A wall-clock time skipped by a daylight-saving gap (lib/time NonexistentLocalTimeError). */
export const gapMessage = (gap: { localIso: string; zone: string }): Message =>
  msg("field.timeInDaylightSavingGap", { time: gap.localIso, zone: gap.zone });
