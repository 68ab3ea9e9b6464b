import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import type { ActionResult } from "@/server/shared/result";

// A saved view of the ledger as the page and the actions return it.

export type LedgerViewRow = { id: string; name: string; query: string; version: number; updatedAt: Date };

export const LEDGER_VIEW_SELECT = { id: true, name: true, query: true, version: true, updatedAt: true } as const;

export const viewNameTaken = (): ActionResult<never> => ({
  ok: false,
  code: "invalid",
  message: msg("common.correctHighlightedFields"),
  fieldErrors: { name: [msg("ledger.viewNameTaken")] },
});
