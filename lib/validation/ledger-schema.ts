import { z } from "zod";
import "@/lib/validation/zod-messages";
import { AGREEMENT_STATUSES } from "../agreements/agreement-enums.ts";
import { SECTOR_CODES } from "../agreements/sectors.ts";

// Filters of the organization's project ledger (every agreement of every event), shared by
// the page, the CSV export and the server. Empty strings from a GET form mean "any".

const blank = (v: unknown) => (v === "" || v === undefined || v === null ? undefined : v);
const text = (max: number) => z.preprocess(blank, z.string().trim().max(max).optional());

export const LEDGER_SORTS = ["signedAt_desc", "signedAt_asc", "sector_asc", "event_desc"] as const;
export const LEDGER_PAGE_SIZE = 50;

export const ledgerFilterSchema = z.object({
  organizationId: text(64),
  eventId: text(64),
  year: z.preprocess(blank, z.coerce.number().int().min(1900).max(2200).optional()),
  sector: z.preprocess(blank, z.enum(SECTOR_CODES).optional()),
  city: text(100),
  side: z.preprocess(blank, z.enum(["A", "B"]).optional()),
  party: text(200),
  status: z.preprocess(blank, z.enum(AGREEMENT_STATUSES).optional()),
  /** A user id, or "none" for agreements with no follow-up owner. */
  owner: text(64),
  /** Only agreements counted by a follow-up rate (a built-in milestone done; "completed" also counts status COMPLETED). */
  done: z.preprocess(blank, z.enum(["completed", "construction_started", "funds_in_place"]).optional()),
  overdue: z.preprocess((v) => v === "1" || v === "on" || v === true, z.boolean()),
  sort: z.preprocess(blank, z.enum(LEDGER_SORTS).default("signedAt_desc")),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type LedgerFilter = z.output<typeof ledgerFilterSchema>;

/** The filter as URL search parameters (for links to other pages and the CSV export). */
export function ledgerQuery(
  f: Partial<LedgerFilter>,
  overrides: Partial<Record<keyof LedgerFilter, string | number | boolean | undefined>> = {},
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...overrides })) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (k === "page" && v === 1) continue;
    if (k === "sort" && v === "signedAt_desc") continue;
    params.set(k, v === true ? "1" : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
