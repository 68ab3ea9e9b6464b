import "server-only";
import { msg, type Message } from "@/lib/i18n/server-messages/message";
import { readDelegatesCsv, type DelegateCsvRow } from "@/lib/invitations/read-delegates-csv";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { emailSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import { claimCheckedUpload, storeCheckedUpload } from "../agreements/checked-csv-uploads.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult } from "../shared/result.ts";
import { isUniqueViolation } from "../db/database-errors.ts";
import { eventMailContext } from "../invitations/delegate-invitations.ts";
import { insertImportedDelegates } from "./insert-imported-delegates.ts";

// Delegates from a CSV into one delegation, in two steps as the agreements import: "dry-run"
// checks every row and lists each bad one with its line and reason, keeping a clean file under
// a single-use token (checked-csv-uploads.ts); "confirm" claims that token, checks the same
// bytes again and, only if every row is still good, adds each row as a member and invites it,
// in one transaction (all or nothing), written in batches (insert-imported-delegates.ts).

export type DelegatesImportReport<R = Message> = {
  mode: "dry-run" | "confirm";
  totalRows: number;
  toInvite: { line: number; name: string; email: string }[];
  errors: { line: number; reason: R }[];
  created: number;
  uploadToken?: string;
  delegationId: string;
};

type Input = { eventId?: unknown; delegationId?: unknown; file?: Uint8Array; uploadToken?: string; mode?: string };
type Valid = {
  line: number;
  name: string;
  email: string;
  locale: string;
  organization?: string;
  position?: string;
  interpretation: string[];
  venueId?: string;
};

const EXPIRED = msg("csv.checkHasExpiredWasAlready");

export async function importDelegatesCsv(actor: CurrentUser | null, input: Input): Promise<ActionResult<DelegatesImportReport>> {
  const event = await findManagedEvent(actor, "programme.manage", typeof input?.eventId === "string" ? input.eventId : "");
  if (isDenied(event)) return event;
  const user = actor as CurrentUser;
  const delegationId = typeof input.delegationId === "string" ? input.delegationId : "";
  const delegation = delegationId
    ? await db().delegation.findFirst({ where: { id: delegationId, eventId: event.id }, select: { id: true, name: true } })
    : null;
  if (!delegation) return notFound("Delegation");
  const mode = input.mode === "confirm" ? "confirm" : "dry-run";
  let file = input.file ?? new Uint8Array();
  if (mode === "confirm") {
    const claimed = await claimCheckedUpload(user.id, event.id, input.uploadToken ?? "");
    if (!claimed) return { ok: false, code: "invalid", message: EXPIRED, fieldErrors: { file: [EXPIRED] } };
    file = claimed;
  }
  const read = readDelegatesCsv(file);
  if (!read.ok) return { ok: false, code: "invalid", message: read.reason, fieldErrors: { file: [read.reason] } };
  const { valid, errors } = await checkRows(event.id, delegation.id, read.rows);
  const report: DelegatesImportReport = {
    mode,
    totalRows: read.rows.length,
    toInvite: valid.map((v) => ({ line: v.line, name: v.name, email: v.email })),
    errors,
    created: 0,
    delegationId: delegation.id,
  };
  if (mode === "dry-run") {
    if (errors.length === 0 && valid.length > 0) report.uploadToken = await storeCheckedUpload(user.id, event.id, file);
    return { ok: true, data: report };
  }
  // Every row's address taken and nothing else wrong: the same check was confirmed meanwhile
  // (another tab), before this confirm read the delegation.
  if (allRowsTaken(valid.length, errors)) return { ok: false, code: "conflict", message: msg("csv.importAlreadyConfirmed") };
  if (errors.length > 0) return nothingImported(errors);
  const written = await db()
    .$transaction(
      async (tx) => {
        const ctx = await eventMailContext(tx, event.id, user);
        const { taken } = await insertImportedDelegates(tx, { event, delegation, inviter: user }, valid, ctx);
        if (taken.length > 0) return false;
        await recordAudit(tx, {
          actorId: user.id,
          organizationId: event.organizationId,
          eventId: event.id,
          entity: "Delegation",
          entityId: delegation.id,
          action: "import",
          after: { rows: valid.length },
        });
        return true;
      },
      { timeout: 120_000 },
    )
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return false; // a member with one of these addresses was added meanwhile
      throw error;
    });
  if (!written) {
    // Someone invited or added one of these addresses since the check: nothing was written;
    // the same check now names those rows.
    const again = await checkRows(event.id, delegation.id, read.rows);
    // Every row now taken and nothing else wrong: the same file was confirmed meanwhile (another tab).
    if (allRowsTaken(again.valid.length, again.errors) && again.errors.length === valid.length)
      return { ok: false, code: "conflict", message: msg("csv.importAlreadyConfirmed") };
    if (again.errors.length > 0) return nothingImported(again.errors);
    return { ok: false, code: "invalid", message: EXPIRED, fieldErrors: { file: [EXPIRED] } };
  }
  report.created = valid.length;
  return { ok: true, data: report };
}

/** No row left to write, and every row refused only because its address is a member now. */
function allRowsTaken(validCount: number, errors: { reason: Message }[]): boolean {
  return validCount === 0 && errors.length > 0 && errors.every((e) => e.reason.code === "delegation.emailTaken");
}

function nothingImported(errors: { line: number; reason: Message }[]): ActionResult<DelegatesImportReport> {
  return {
    ok: false,
    code: "invalid",
    message: msg("csv.nothingWasImportedRowS", { count: errors.length }),
    fieldErrors: { file: errors.map((e) => msg("csv.lineProblem", { line: e.line, reason: e.reason })) },
  };
}

async function checkRows(
  eventId: string,
  delegationId: string,
  rows: DelegateCsvRow[],
): Promise<{ valid: Valid[]; errors: { line: number; reason: Message }[] }> {
  // The venue column names a venue (any language), or its city when one venue is there, or "online".
  const venues = await db().venue.findMany({ where: { eventId }, select: { id: true, kind: true, name: true, city: true } });
  const byName = new Map<string, string>();
  for (const v of venues) {
    for (const n of Object.values(asLocalizedText(v.name))) byName.set(n!.toLowerCase(), v.id);
    if (v.kind === "ONLINE") byName.set("online", v.id);
  }
  for (const v of venues) {
    const sameCity = (c: string) => venues.filter((o) => Object.values(asLocalizedText(o.city)).includes(c)).length === 1;
    for (const c of Object.values(asLocalizedText(v.city)))
      if (!byName.has(c!.toLowerCase()) && sameCity(c!)) byName.set(c!.toLowerCase(), v.id);
  }
  const emails = rows.map((r) => r.cells.email.trim().toLowerCase());
  const taken = new Set([
    ...(await db().delegationMember.findMany({ where: { delegationId, email: { in: emails } }, select: { email: true } })).map(
      (m) => m.email!,
    ),
    ...(
      await db().invitation.findMany({
        where: { eventId, status: "INVITED", expiresAt: { gt: new Date() }, email: { in: emails } },
        select: { email: true },
      })
    ).map((i) => i.email),
  ]);
  const seen = new Set<string>();
  const valid: Valid[] = [];
  const errors: { line: number; reason: Message }[] = [];
  for (const { line, cells } of rows) {
    const email = emailSchema.safeParse(cells.email);
    const interpretation = cells.interpretation.split(/[\s;]+/).filter(Boolean);
    const venueId = cells.venue ? byName.get(cells.venue.toLowerCase()) : undefined;
    const reason = !cells.name
      ? msg("delegation.nameEmpty")
      : cells.name.length > 200
        ? msg("delegation.nameTooLong")
        : !email.success
          ? msg("delegation.emailInvalid", { value: cells.email })
          : !isLocale(cells.language)
            ? msg("delegation.languageInvalid", { value: cells.language })
            : interpretation.some((l) => !isLocale(l))
              ? msg("delegation.interpretationInvalid")
              : cells.venue && !venueId
                ? msg("delegation.venueUnknown", { value: cells.venue })
                : seen.has(email.data)
                  ? msg("delegation.emailTwice", { email: email.data })
                  : taken.has(email.data)
                    ? msg("delegation.emailTaken", { email: email.data })
                    : null;
    if (email.success) seen.add(email.data);
    if (reason) errors.push({ line, reason });
    else
      valid.push({
        line,
        name: cells.name,
        email: email.data!,
        locale: cells.language,
        organization: cells.organization || undefined,
        position: cells.position || undefined,
        interpretation,
        venueId,
      });
  }
  return { valid, errors };
}
