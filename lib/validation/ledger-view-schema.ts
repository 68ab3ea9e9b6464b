import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "../i18n/server-messages/message.ts";
import { optionalId } from "./localized-optional.ts";
import { ledgerFilterSchema, ledgerQuery } from "./ledger-schema.ts";

// Saved views of the project ledger (issue 19): a name for the current filters and sort.
// The filters travel as the ledger's query string and are stored normalized (no page, no
// organization: the view belongs to one).

const name = z
  .string({ error: code("ledger.enterViewName") })
  .trim()
  .min(1, { error: code("ledger.enterViewName") })
  .max(80);

/** "?sector=logistics&overdue=1" → the same filters, checked and in a stable order; null if they do not parse. */
export function normalizeLedgerQuery(query: string): string | null {
  const params = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
  const parsed = ledgerFilterSchema.safeParse(params);
  if (!parsed.success) return null;
  return ledgerQuery(parsed.data, { page: undefined, organizationId: undefined });
}

const query = z
  .string()
  .max(2000)
  .transform((q, ctx) => {
    const normalized = normalizeLedgerQuery(q);
    if (normalized === null) ctx.addIssue({ code: "custom", message: code("ledger.viewFiltersInvalid") });
    return normalized ?? "";
  });

/** A new view (no viewId, version 0) or an existing one renamed or given the current filters (viewId + version). */
export const saveLedgerViewSchema = z.object({
  organizationId: z.string().trim().min(1).max(64),
  viewId: optionalId,
  version: z.coerce.number().int().min(0).default(0),
  name,
  /** Left out when only renaming: the view keeps its filters. */
  query: query.optional(),
});

export const deleteLedgerViewSchema = z.object({
  viewId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(1),
});

export type SaveLedgerViewInput = z.output<typeof saveLedgerViewSchema>;
