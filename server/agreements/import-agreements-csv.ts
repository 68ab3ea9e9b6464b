import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";
import { readAgreementsCsv, type AgreementCsvRow } from "@/lib/agreements/read-agreements-csv.ts";
import { createAgreementSchema, type CreateAgreementInput } from "@/lib/validation/agreement-schema.ts";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { publishTallyChange } from "../tally/tally-events.ts";
import { isDenied } from "@/server/access/authorize";
import { findManagedEvent, type ManagedEvent } from "@/server/access/find-managed-event";
import { resolveAgreementRefs } from "./resolve-agreement-refs.ts";
import { csvRowToInput } from "./csv-row-to-input.ts";
import { insertAgreement } from "./create-agreement.ts";
import { claimCheckedUpload, storeCheckedUpload } from "./checked-csv-uploads.ts";
import { fieldProblem, listOf, msg, type Message } from "@/lib/i18n/server-messages/message";
import { issueMessage } from "@/lib/i18n/server-messages/issue-message";

// CSV import in two steps. "dry-run" checks every row and reports each bad one with its
// line and reason, writing nothing but the checked file (kept under a single-use token, see
// checked-csv-uploads.ts, when every row is good). "confirm" takes that token, re-checks the
// same bytes and imports them, or nothing if any row is bad now. Rows already in the register
// (same id or same idempotency key) are reported as duplicates and skipped, so re-importing an
// export is a no-op: export → import dry-run shows 0 to create and N duplicates.
//
// The rows go in as batches of BATCH_ROWS, one short transaction each, so a 5,000-row import
// never holds a connection and its locks for minutes: other requests are served between
// batches. Every row carries its idempotency key, so if a batch fails after others committed,
// checking the file again reports those as duplicates and imports only the rest.

export const BATCH_ROWS = 200;

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
type Checked = { report: ImportReport; valid: { line: number; data: CreateAgreementInput }[] };

const EXPIRED = msg("csv.checkHasExpiredWasAlready");

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

  const { report, valid } = await checkRows(access, read.rows, mode);
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
  const newParties = new Map<string, string>(); // one new party per distinct name in the file
  let created = 0;
  try {
    for (let start = 0; start < valid.length; start += BATCH_ROWS) {
      await db().$transaction(
        async (tx) => {
          for (const { line, data } of valid.slice(start, start + BATCH_ROWS)) {
            for (const key of ["partiesA", "partiesB"] as const) {
              for (const [i, ref] of data[key].entries()) {
                if (!("name" in ref)) continue;
                const name = Object.values(ref.name)[0] ?? "";
                let partyId = newParties.get(name.toLocaleLowerCase());
                if (!partyId) {
                  partyId = (
                    await tx.party.create({ data: { organizationId: access.organizationId, name: ref.name }, select: { id: true } })
                  ).id;
                  newParties.set(name.toLocaleLowerCase(), partyId);
                }
                data[key][i] = { partyId };
              }
            }
            const result = await insertAgreement(tx, user, access, data);
            if (!result.ok) throw new Error(`Line ${line}: ${result.message.code}`); // rolls this batch back
          }
        },
        { maxWait: 15_000, timeout: 60_000 },
      );
      created = Math.min(valid.length, start + BATCH_ROWS);
    }
  } finally {
    if (created > 0) publishTallyChange({ eventId: access.id });
  }
  return { ok: true, data: { ...report, created } };
}

async function checkRows(event: ManagedEvent, rows: AgreementCsvRow[], mode: ImportReport["mode"]): Promise<Checked> {
  const report: ImportReport = { mode, totalRows: rows.length, toCreate: [], duplicates: [], errors: [], created: 0 };
  const valid: Checked["valid"] = [];
  const parties = await db().party.findMany({ where: { organizationId: event.organizationId }, select: { id: true, name: true } });
  const byName = new Map<string, string>();
  for (const p of parties) for (const n of Object.values(asLocalizedText(p.name))) if (n) byName.set(n.toLocaleLowerCase(), p.id);
  const existing = await db().agreement.findMany({ where: { eventId: event.id }, select: { id: true, idempotencyKey: true } });
  const existingIds = new Set(existing.map((a) => a.id));
  const existingKeys = new Set(existing.map((a) => a.idempotencyKey).filter(Boolean));
  const seenKeys = new Map<string, number>();
  const contentLang = event.languages[0] ?? "en";

  for (const row of rows) {
    if (row.cells.id && existingIds.has(row.cells.id)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.alreadyRegisterIdSkipped", { id: row.cells.id }) });
      continue;
    }
    const parsed = createAgreementSchema.safeParse(csvRowToInput(row, event.id, (n) => byName.get(n.toLocaleLowerCase()), contentLang));
    if (!parsed.success) {
      report.errors.push({
        line: row.line,
        reason: listOf(parsed.error.issues.map((i) => fieldProblem(i.path.join(".") || "row", issueMessage(i)))),
      });
      continue;
    }
    const key = parsed.data.idempotencyKey;
    if (existingKeys.has(key)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.alreadyImportedSameIdempotencyKey") });
      continue;
    }
    if (seenKeys.has(key)) {
      report.duplicates.push({ line: row.line, reason: msg("csv.sameRowAsLineSkipped", { line: seenKeys.get(key) ?? 0 }) });
      continue;
    }
    const refs = await resolveAgreementRefs(db(), event, parsed.data);
    if (!refs.ok) {
      report.errors.push({
        line: row.line,
        reason: listOf(Object.entries(refs.fieldErrors).flatMap(([f, list]) => list.map((m) => fieldProblem(f, m)))),
      });
      continue;
    }
    const other = await db().agreement.findUnique({ where: { idempotencyKey: key }, select: { eventId: true } });
    if (other) {
      report.errors.push({ line: row.line, reason: msg("csv.idempotencyKeyBelongsAnotherEvent") });
      continue;
    }
    seenKeys.set(key, row.line);
    valid.push({ line: row.line, data: parsed.data });
    report.toCreate.push({ line: row.line, title: parsed.data.title.en ?? parsed.data.title.zh ?? parsed.data.title.ja ?? "" });
  }
  return { report, valid };
}
