import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";
import { readAgreementsCsv, type AgreementCsvRow } from "@/lib/agreements/read-agreements-csv.ts";
import { createAgreementSchema } from "@/lib/validation/agreement-schema.ts";
import { publishTallyChange } from "../tally/tally-events.ts";
import { isDenied } from "@/server/access/authorize";
import { findManagedEvent, type ManagedEvent } from "@/server/access/find-managed-event";
import { checkAgreementRefs, type ResolvedRefs } from "./resolve-agreement-refs.ts";
import { csvRowToInput } from "./csv-row-to-input.ts";
import { anyRowImportedMeanwhile, insertImportedAgreements, type CheckedRow } from "./insert-imported-agreements.ts";
import { isUniqueViolation } from "../db/database-errors.ts";
import { keysOfOtherEvents, loadImportLookups, type ImportLookups } from "./import-lookups.ts";
import type { FieldErrors } from "../shared/result.ts";
import { claimCheckedUpload, storeCheckedUpload } from "./checked-csv-uploads.ts";
import { yieldEvery } from "../shared/yield-to-other-requests.ts";
import { fieldProblem, listOf, msg, type Message } from "@/lib/i18n/server-messages/message";
import { issueMessage } from "@/lib/i18n/server-messages/issue-message";

// CSV import in two steps. "dry-run" checks every row and reports each bad one with its
// line and reason, writing nothing but the checked file (kept under a single-use token, see
// checked-csv-uploads.ts, when every row is good). "confirm" takes that token, re-checks the
// same bytes and imports them, or nothing if any row is bad now. Rows already in the register
// (same id or same idempotency key) are reported as duplicates and skipped, so re-importing an
// export is a no-op: export → import dry-run shows 0 to create and N duplicates.
//
// A 5,000-row import must not hold up other requests (issue 17): the rows are checked against
// lookups read once (import-lookups.ts), not with queries per row; the check hands the event
// loop back to other requests every 15 ms of work (yieldEvery); and the confirm writes every row in ONE
// transaction (all or nothing) of set-based statements, BATCH_ROWS rows each
// (insert-imported-agreements.ts), so it lasts seconds and takes no lock a page read waits for.
// Two confirms of the same rows at once (two tabs) are taken one after the other (a lock per
// event's imports); the second finds the rows imported and answers "already confirmed".

export { BATCH_ROWS } from "./insert-imported-agreements.ts";

/** M = Message on the server; string once the action boundary has translated it. */
export type ImportReport<M = Message> = {
  mode: "dry-run" | "confirm";
  totalRows: number;
  toCreate: { line: number; title: string }[];
  duplicates: { line: number; reason: M }[];
  errors: { line: number; reason: M }[];
  created: number;
  /** After a clean check: the token the confirm step sends back instead of the file. */
  uploadToken?: string;
};

type Input = { eventId: string; file?: Uint8Array; uploadToken?: string; mode: "dry-run" | "confirm" };
type Checked = { report: ImportReport; valid: CheckedRow[]; lookups: ImportLookups };

const EXPIRED = msg("csv.checkHasExpiredWasAlready");
const ALREADY_CONFIRMED = msg("csv.importAlreadyConfirmed");

export async function importAgreementsCsv(actor: CurrentUser | null, input: Input): Promise<ActionResult<ImportReport>> {
  const access = await findManagedEvent(actor, "record.write", typeof input?.eventId === "string" ? input.eventId : "");
  if (isDenied(access)) return access;
  const user = actor as CurrentUser; // findManagedEvent refuses anonymous callers
  const mode = input.mode === "confirm" ? "confirm" : "dry-run";
  let file = input.file ?? new Uint8Array();
  if (mode === "confirm" && input.uploadToken !== undefined) {
    const claimed = await claimCheckedUpload(user.id, access.id, input.uploadToken);
    if (!claimed) return { ok: false, code: "invalid", message: EXPIRED, fieldErrors: { file: [EXPIRED] } };
    file = claimed;
  }
  const read = readAgreementsCsv(file);
  if (!read.ok) return { ok: false, code: "invalid", message: read.reason, fieldErrors: { file: [read.reason] } };

  const { report, valid, lookups } = await checkRows(access, read.rows, mode);
  if (mode === "dry-run") {
    if (report.errors.length === 0 && report.toCreate.length > 0) report.uploadToken = await storeCheckedUpload(user.id, access.id, file);
    return { ok: true, data: report };
  }
  if (report.errors.length > 0) {
    return {
      ok: false,
      code: "invalid",
      message: msg("csv.nothingWasImportedRowS", { count: report.errors.length }),
      fieldErrors: { file: report.errors.map((e) => msg("csv.lineProblem", { line: e.line, reason: e.reason })) },
    };
  }
  if (valid.length === 0) {
    // A checked upload had rows to import (it has no token otherwise). If every one is in the
    // register now, another confirm of the same check (another tab) got there first: say so,
    // rather than "done, nothing created". A file posted without a check is only re-checked.
    if (input.uploadToken !== undefined) return { ok: false, code: "conflict", message: ALREADY_CONFIRMED };
    return { ok: true, data: report };
  }
  const created = await db()
    .$transaction(
      async (tx) =>
        (await anyRowImportedMeanwhile(tx, access.id, valid)) ? null : insertImportedAgreements(tx, user, access, valid, lookups),
      { maxWait: 15_000, timeout: 120_000 },
    )
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return null; // a key taken by a write outside imports (e.g. the form) since the check
      throw error;
    });
  if (created === null) return { ok: false, code: "conflict", message: ALREADY_CONFIRMED };
  publishTallyChange({ eventId: access.id });
  return { ok: true, data: { ...report, created } };
}

async function checkRows(event: ManagedEvent, rows: AgreementCsvRow[], mode: ImportReport["mode"]): Promise<Checked> {
  const report: ImportReport = { mode, totalRows: rows.length, toCreate: [], duplicates: [], errors: [], created: 0 };
  const lookups = await loadImportLookups(event);
  const seenKeys = new Map<string, number>();
  const contentLang = event.languages[0] ?? "en";
  const candidates: CheckedRow[] = [];

  const pause = yieldEvery();
  for (const row of rows) {
    await pause();
    if (row.cells.id && lookups.existingIds.has(row.cells.id)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.alreadyRegisterIdSkipped", { id: row.cells.id }) });
      continue;
    }
    const parsed = createAgreementSchema.safeParse(csvRowToInput(row, event.id, lookups.partyByName, contentLang));
    if (!parsed.success) {
      report.errors.push({
        line: row.line,
        reason: listOf(parsed.error.issues.map((i) => fieldProblem(i.path.join(".") || "row", issueMessage(i)))),
      });
      continue;
    }
    const key = parsed.data.idempotencyKey;
    if (lookups.existingKeys.has(key)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.alreadyImportedSameIdempotencyKey") });
      continue;
    }
    if (seenKeys.has(key)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.sameRowAsLineSkipped", { line: seenKeys.get(key) ?? 0 }) });
      continue;
    }
    const refs = checkAgreementRefs(event, parsed.data, lookups);
    const fieldErrors = refs.ok ? sameNewPartyTwice(refs.value) : refs.fieldErrors;
    if (!refs.ok || fieldErrors) {
      report.errors.push({
        line: row.line,
        reason: listOf(Object.entries(fieldErrors ?? {}).flatMap(([f, list]) => list.map((m) => fieldProblem(f, m)))),
      });
      continue;
    }
    seenKeys.set(key, row.line);
    candidates.push({ line: row.line, data: parsed.data, refs: refs.value });
  }

  const taken = await keysOfOtherEvents(
    event.id,
    candidates.map((c) => c.data.idempotencyKey),
  );
  const valid = candidates.filter((c) => !taken.has(c.data.idempotencyKey));
  for (const c of candidates)
    if (taken.has(c.data.idempotencyKey)) report.errors.push({ line: c.line, reason: msg("csv.idempotencyKeyBelongsAnotherEvent") });
  report.errors.sort((a, b) => a.line - b.line);
  report.toCreate = valid.map(({ line, data }) => ({ line, title: data.title.en ?? data.title.zh ?? data.title.ja ?? "" }));
  return { report, valid, lookups };
}

/** A row naming the same new party twice would link one party twice. */
function sameNewPartyTwice(refs: ResolvedRefs): FieldErrors | null {
  const names = refs.parties.flatMap(({ ref }) => ("name" in ref ? [(Object.values(ref.name)[0] ?? "").toLocaleLowerCase()] : []));
  return new Set(names).size === names.length ? null : { partiesA: [msg("agreement.samePartyListedTwice")] };
}
